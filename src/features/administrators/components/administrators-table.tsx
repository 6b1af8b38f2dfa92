import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Tag } from '@/components/tag';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Administrator } from '@/api/schemas/administrators';
import { shortLabelsOf } from '@/api/schemas/roles';

interface Props {
  rows: Administrator[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
}

/** One row per administrator: select, Name (link), Email, ID type, Admin roles (short labels), Status. */
export const AdministratorsTable = memo(function AdministratorsTable({ rows, selected, onSelect }: Props) {
  const { t } = useTranslation('administrators');
  const ids = rows.map((r) => r.userId);
  const count = ids.filter((id) => selected.has(id)).length;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('table.caption')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={count > 0 && count === ids.length}
                indeterminate={count > 0 && count < ids.length}
                onChange={(_, on) => onSelect(ids, on)}
                slotProps={{ input: { 'aria-label': t('table.selectAll') } }}
              />
            </TableCell>
            <TableCell>{t('table.name')}</TableCell>
            <TableCell>{t('table.email')}</TableCell>
            <TableCell>{t('table.idType')}</TableCell>
            <TableCell>{t('table.roles')}</TableCell>
            <TableCell>{t('table.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.userId} hover selected={selected.has(a.userId)}>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={selected.has(a.userId)}
                  onChange={(_, on) => onSelect([a.userId], on)}
                  slotProps={{ input: { 'aria-label': t('table.selectRow', { name: a.name }) } }}
                />
              </TableCell>
              <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                <Link component={RouterLink} to={`/users/administrators/${encodeURIComponent(a.userId)}`}>
                  {a.name}
                </Link>
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{a.email}</TableCell>
              <TableCell>{t(`common:idType.${a.idType}`)}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {shortLabelsOf(a.roles).map((l) => (
                    <Tag key={l}>{t(`common:roles.short.${l}`)}</Tag>
                  ))}
                </Stack>
              </TableCell>
              <TableCell>
                <Tag variant="outlined" color={a.status === 'active' ? 'success' : 'default'}>
                  {t(`common:status.${a.status}`)}
                </Tag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
});
