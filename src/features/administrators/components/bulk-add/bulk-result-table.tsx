import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkRowResult } from '@/api/schemas/bulk-grant';
import { TablePager } from '@/components/table-pager';
import type { CsvRecord } from '../../model/bulk-csv';

const PAGE_SIZE = 25;

/** Each row of the file with its verdict (`Result`): a page at a time, so 5,000 rows stay quick to show. */
export function BulkResultTable({
  records,
  results,
  describe,
}: {
  records: readonly CsvRecord[];
  results: readonly BulkRowResult[];
  describe: (r: BulkRowResult) => string;
}) {
  const { t } = useTranslation('bulkAdd');
  const [page, setPage] = useState(1);
  const shown = results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <>
      <Table size="small" aria-label={t('table.caption')}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('table.row')}</TableCell>
            <TableCell scope="col">{t('table.email')}</TableCell>
            <TableCell scope="col">{t('table.roles')}</TableCell>
            <TableCell scope="col">{t('table.result')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((r) => (
            <TableRow key={r.row}>
              <TableCell>{r.row + 1}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{records[r.row]?.Email}</TableCell>
              <TableCell>{records[r.row]?.['Admin roles']}</TableCell>
              <TableCell sx={{ color: r.status === 'failed' ? 'error.main' : 'success.main' }}>
                {describe(r)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {results.length > PAGE_SIZE ? (
        <TablePager count={results.length} page={page} pageSize={PAGE_SIZE} onPageChange={setPage} />
      ) : null}
    </>
  );
}
