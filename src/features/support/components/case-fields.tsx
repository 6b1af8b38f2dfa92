import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref } from '@/api/schemas/common';
import type { SupportCaseView } from '@/api/schemas/support';
import { formatDateTime } from '@/i18n/i18n';
import { CaseStatusChip } from './case-status-chip';

/** Every field of a case as a description list (user text rendered as text, line breaks kept). */
export function CaseFields({
  supportCase: c,
  instanceName,
}: {
  supportCase: SupportCaseView;
  instanceName?: string;
}) {
  const { t } = useTranslation('support');
  const rows: [string, ReactNode][] = [
    [t('detail.caseNumber'), c.id],
    [t('detail.status'), <CaseStatusChip key="s" status={c.status} />],
    [t('detail.product'), c.productName],
    ...Object.entries(c.productFields).map(([k, v]): [string, string] => [
      t(`form.${k}`),
      k === 'instanceId' ? (instanceName ?? v) : v,
    ]),
    [t('detail.priority'), t(`form.priorities.${c.priority}`)],
    [t('detail.timeZone'), t(`form.timeZones.${c.timeZone}`)],
    [t('detail.openedBy'), c.ownerName],
    ...(c.contactPhone
      ? [
          [
            t('form.phoneNumber'),
            <Link key="p" href={telHref(c.contactPhone)}>
              {c.contactPhone}
            </Link>,
          ] as [string, ReactNode],
        ]
      : []),
    ...(c.agentName ? [[t('detail.agent'), c.agentName] as [string, string]] : []),
    [t('detail.created'), formatDateTime(c.createdAt)],
    [t('detail.updated'), formatDateTime(c.updatedAt)],
    ...(c.closedAt ? [[t('detail.closed'), formatDateTime(c.closedAt)] as [string, string]] : []),
    [t('detail.businessImpact'), c.businessImpact],
    [t('detail.description'), c.description],
  ];
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: '200px 1fr' }, gap: 1, m: 0 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
