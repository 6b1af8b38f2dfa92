import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useProducts } from '@/api/catalog-queries';
import { PageHeading } from '@/components/page-heading';
import { ErrorState, LoadingState } from '@/components/query-states';
import { currentLanguage } from '@/i18n/i18n';
import { useAdminCount } from '../api/count-admins';
import { useUserCount } from '../api/count-users';
import { useOrg } from '../api/get-org';
import { SummaryList } from '../components/summary-list';

/** Overview: a short summary of the organisation, from the same APIs as the other screens. */
export function OverviewPage() {
  const { t } = useTranslation('users');
  const org = useOrg();
  const users = useUserCount();
  const admins = useAdminCount('all');
  const pending = useAdminCount('pending');
  const products = useProducts();
  const all = [org, users, admins, pending, products];
  const failed = all.find((q) => q.isError);
  const number = new Intl.NumberFormat(currentLanguage() === 'fr' ? 'fr-FR' : 'en-US');

  let body;
  if (failed) {
    body = (
      <ErrorState
        error={failed.error}
        what={t('overview.listName')}
        onRetry={() => all.filter((q) => q.isError).forEach((q) => void q.refetch())}
      />
    );
  } else if (
    !org.data ||
    users.data === undefined ||
    admins.data === undefined ||
    pending.data === undefined ||
    !products.data
  ) {
    body = <LoadingState />;
  } else {
    body = (
      <>
        <Typography sx={{ mb: 2 }}>{t('overview.intro', { org: org.data.name })}</Typography>
        <SummaryList
          items={[
            { key: 'org', label: t('overview.orgName'), value: org.data.name },
            { key: 'domains', label: t('overview.domains'), value: org.data.claimedDomains.join(', ') },
            { key: 'users', label: t('overview.usersCount'), value: number.format(users.data) },
            { key: 'admins', label: t('overview.adminsCount'), value: number.format(admins.data) },
            { key: 'pending', label: t('overview.pendingCount'), value: number.format(pending.data) },
            {
              key: 'products',
              label: t('overview.productsCount'),
              value: number.format(products.data.length),
            },
          ]}
        />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 3 }}>
          <Button component={RouterLink} to="/users" variant="outlined">
            {t('overview.manageUsers')}
          </Button>
          <Button component={RouterLink} to="/users/administrators" variant="outlined">
            {t('overview.manageAdmins')}
          </Button>
          <Button component={RouterLink} to="/products" variant="outlined">
            {t('overview.viewProducts')}
          </Button>
        </Box>
      </>
    );
  }

  return (
    <Box sx={{ p: 3, maxWidth: 1100 }}>
      <PageHeading>{t('overview.title')}</PageHeading>
      {body}
    </Box>
  );
}
