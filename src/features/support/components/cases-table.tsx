import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SupportCaseView } from '@/api/schemas/support';
import { formatDate } from '@/i18n/i18n';
import { CaseStatusChip } from './case-status-chip';

/** My cases and Organization cases: number (link), title, product, priority, status, (requestor), dates. */
export function CasesTable({
  cases,
  label,
  showRequestor = false,
}: {
  cases: SupportCaseView[];
  label: string;
  showRequestor?: boolean;
}) {
  const { t } = useTranslation('support');
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('cases.caseNumber')}</TableCell>
            <TableCell>{t('cases.caseTitle')}</TableCell>
            <TableCell>{t('cases.product')}</TableCell>
            <TableCell>{t('cases.priority')}</TableCell>
            <TableCell>{t('cases.status')}</TableCell>
            {showRequestor && <TableCell>{t('cases.requestor')}</TableCell>}
            <TableCell>{t('cases.created')}</TableCell>
            <TableCell>{t('cases.updated')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {cases.map((c) => (
            <TableRow key={c.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={`/support/cases/${c.id}`}>
                  {c.id}
                </Link>
              </TableCell>
              {/* On a phone the table scrolls sideways rather than squeezing the title a letter per line. */}
              <TableCell sx={{ minWidth: 160, maxWidth: 360, overflowWrap: 'break-word' }}>
                {c.title}
              </TableCell>
              <TableCell>{c.productName}</TableCell>
              <TableCell>{t(`form.priorities.${c.priority}`)}</TableCell>
              <TableCell sx={{ maxWidth: 160 }}>
                <CaseStatusChip status={c.status} />
              </TableCell>
              {showRequestor && <TableCell sx={{ minWidth: 100 }}>{c.ownerName}</TableCell>}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(c.createdAt)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(c.updatedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
