import Download from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notifier';
import { downloadCsv } from '@/lib/csv';
import { describeError } from '@/lib/errors';
import { getAllOrgCases } from '../api/get-org-cases';
import type { OrgCaseListParams } from '@/api/query-keys';
import { buildCasesCsv, casesCsvFileName } from '../cases-csv';

/** `Download cases`: every case matching the current filters, as a CSV. */
export function DownloadCasesButton({
  filters,
  disabled,
}: {
  filters: Omit<OrgCaseListParams, 'page' | 'pageSize'>;
  disabled: boolean;
}) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const cases = await getAllOrgCases(filters);
      const csv = buildCasesCsv(cases, {
        headers: [
          t('cases.caseNumber'),
          t('cases.caseTitle'),
          t('cases.product'),
          t('cases.priority'),
          t('cases.status'),
          t('cases.requestor'),
          t('cases.created'),
          t('cases.updated'),
          t('detail.closed'),
        ],
        priority: (p) => t(`form.priorities.${p}`),
        status: (s) => t(`status.${s}`),
      });
      downloadCsv(csv, casesCsvFileName(new Date()));
      notify(t('orgCases.downloaded', { count: cases.length }));
    } catch (e) {
      notify(`${t('orgCases.downloadFailed')} ${describeError(e, t)}`, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      startIcon={<Download aria-hidden />}
      loading={busy}
      disabled={disabled}
      onClick={() => void run()}
    >
      {t('orgCases.download')}
    </Button>
  );
}
