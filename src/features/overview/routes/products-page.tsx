import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useProducts, useProfiles } from '@/api/catalog-queries';
import { PageHeading } from '@/components/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { currentLanguage } from '@/i18n/i18n';

/** Products: every product of the organisation with its number of product profiles. */
export function ProductsPage() {
  const { t } = useTranslation('users');
  const products = useProducts();
  const profiles = useProfiles();
  const number = new Intl.NumberFormat(currentLanguage() === 'fr' ? 'fr-FR' : 'en-US');

  let body;
  const failed = products.isError ? products : profiles.isError ? profiles : null;
  if (failed) {
    body = (
      <ErrorState
        error={failed.error}
        what={t('products.listName')}
        onRetry={() => [products, profiles].filter((q) => q.isError).forEach((q) => void q.refetch())}
      />
    );
  } else if (!products.data || !profiles.data) {
    body = <LoadingState />;
  } else if (products.data.length === 0) {
    body = (
      <EmptyState title={t('products.empty')}>
        <Typography>{t('products.emptyHelp')}</Typography>
      </EmptyState>
    );
  } else {
    const counts = new Map<string, number>();
    for (const p of profiles.data) counts.set(p.productId, (counts.get(p.productId) ?? 0) + 1);
    body = (
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('products.table.caption')}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('products.table.name')}</TableCell>
              <TableCell scope="col" align="right">
                {t('products.table.profiles')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {products.data.map((p) => (
              <TableRow key={p.id}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
                  {p.name}
                </TableCell>
                <TableCell align="right">{number.format(counts.get(p.id) ?? 0)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <Box sx={{ p: 3, maxWidth: 1100 }}>
      <PageHeading>{t('products.title')}</PageHeading>
      {body}
    </Box>
  );
}
