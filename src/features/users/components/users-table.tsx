import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Page } from '@/api/schemas/common';
import type { User } from '@/api/schemas/users';
import { TablePager } from '@/components/table-pager';
import { PAGE_SIZES } from './list-params';
import { EmailText } from '@/components/email-text';

interface UsersTableProps {
  data: Page<User>;
  busy: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

export const userPath = (userId: string) => `/users/all/${encodeURIComponent(userId)}`;

/**
 * One page of the directory, with server-side paging. Names are rendered as text, never as HTML. A row opens the
 * person: its name is the link (keyboard, screen readers, a new tab); a click elsewhere on the row follows it too,
 * unless it ends a text selection.
 */
export function UsersTable({ data, busy, onPageChange, onPageSizeChange }: UsersTableProps) {
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  const openRow = (e: MouseEvent<HTMLTableRowElement>, userId: string) => {
    if ((e.target as Element).closest('a') || window.getSelection()?.toString()) return;
    void navigate(userPath(userId));
  };
  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={t('users.table.caption')} aria-busy={busy || undefined}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('users.table.name')}</TableCell>
              <TableCell scope="col">{t('users.table.email')}</TableCell>
              <TableCell scope="col">{t('users.table.idType')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.items.map((u) => (
              <TableRow key={u.id} hover onClick={(e) => openRow(e, u.id)} sx={{ cursor: 'pointer' }}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 400, overflowWrap: 'anywhere' }}>
                  <Link component={RouterLink} to={userPath(u.id)}>
                    {u.name}
                  </Link>
                </TableCell>
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  <EmailText email={u.email} />
                </TableCell>
                <TableCell>{t(`common:idType.${u.idType}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePager
        count={data.total}
        page={data.page}
        pageSize={data.pageSize}
        pageSizes={PAGE_SIZES}
        onPageChange={onPageChange}
        onPageSizeChange={onPageSizeChange}
      />
    </Paper>
  );
}
