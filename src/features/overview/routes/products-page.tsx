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
import { useMarketoInstances, useProducts, useProfiles } from '@/api/catalog-queries';
import type { MarketoInstance } from '@/api/schemas/catalog';
import { PageHeading } from '@/components/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { currentLanguage } from '@/i18n/i18n';

/** The Marketo Engage instances (one per subscription) with the Munchkin ID that identifies each. */
function MarketoInstancesTable({ instances }: { instances: MarketoInstance[] }) {
  const { t } = useTranslation('users');
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('marketoInstances.heading')}
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('marketoInstances.caption')}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('marketoInstances.name')}</TableCell>
              <TableCell scope="col">{t('marketoInstances.munchkinId')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {instances.map((i) => (
              <TableRow key={i.id}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
                  {i.name}
                </TableCell>
                <TableCell>{i.munchkinId}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}

/** Products: every product of the organisation with its number of product profiles, and the Marketo Engage instances. */
export function ProductsPage() {
  const { t } = useTranslation('users');
  const products = useProducts();
  const profiles = useProfiles();
  const instances = useMarketoInstances();
  const number = new Intl.NumberFormat(currentLanguage() === 'fr' ? 'fr-FR' : 'en-US');

  let body;
  const failed = [products, profiles, instances].find((q) => q.isError);
  if (failed) {
    body = (
      <ErrorState
        error={failed.error}
        what={t('products.listName')}
        onRetry={() =>
          [products, profiles, instances].filter((q) => q.isError).forEach((q) => void q.refetch())
        }
      />
    );
  } else if (!products.data || !profiles.data || !instances.data) {
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
  const marketo =
    !failed && products.data?.length && instances.data?.length ? (
      <MarketoInstancesTable instances={instances.data} />
    ) : null;

  return (
    <Box sx={{ p: 3, maxWidth: 1100 }}>
      <PageHeading>{t('products.title')}</PageHeading>
      {body}
      {marketo}
    </Box>
  );
}
