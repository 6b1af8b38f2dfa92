import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/api/schemas/audit';
import { formatDateTime } from '@/i18n/i18n';
import { EmailText } from '@/components/email-text';
import { useCatalogueNames } from '../api/use-catalogue-names';
import { describeDetail, describeObject } from '../audit-text';

function Person({ who }: { who: AuditEntry['admin'] }) {
  if (!who) return null;
  return (
    <>
      <Typography component="span" variant="body2" sx={{ display: 'block', overflowWrap: 'break-word' }}>
        {who.name}
      </Typography>
      <Typography
        component="span"
        variant="body2"
        sx={{ display: 'block', color: 'text.secondary', overflowWrap: 'break-word' }}
      >
        <EmailText email={who.email} />
      </Typography>
    </>
  );
}

/**
 * Date, Event, Detail, Object, Affected user, Admin, all in the table's one font size (body2). Detail and Object are
 * written from the entry's data in the reader's language. Every value renders as text.
 */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('auditLog');
  const names = useCatalogueNames();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('columns.date')}</TableCell>
            <TableCell>{t('columns.event')}</TableCell>
            <TableCell>{t('columns.detail')}</TableCell>
            <TableCell>{t('columns.object')}</TableCell>
            <TableCell>{t('columns.affectedUser')}</TableCell>
            <TableCell>{t('columns.admin')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </TableCell>
              <TableCell>{t(`events.${e.event}`)}</TableCell>
              <TableCell sx={{ overflowWrap: 'break-word' }}>{describeDetail(e.detail, names, t)}</TableCell>
              <TableCell>{describeObject(e.object, names, t)}</TableCell>
              <TableCell>
                <Person who={e.affectedUser} />
              </TableCell>
              <TableCell>{e.admin ? <Person who={e.admin} /> : t('system')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
