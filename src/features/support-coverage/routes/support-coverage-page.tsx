import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { permissionsOf } from '@/session/permissions';
import { useSession } from '@/session/session-api';
import { useSupportCoverage } from '../api/get-support-coverage';
import { CoverageTable } from '../components/coverage-table';

/** Support coverage: for each product and Marketo Engage instance, who can open support cases (System admins). */
export function SupportCoveragePage() {
  const { t } = useTranslation('supportCoverage');
  const { data: session } = useSession();
  const allowed = permissionsOf(session).isSystemAdmin;
  const coverage = useSupportCoverage(allowed);
  let body;
  if (!allowed) {
    body = (
      <Alert severity="warning" role="note">
        {t('systemOnly')}
      </Alert>
    );
  } else if (coverage.isError) {
    body = <ErrorState error={coverage.error} what={t('what')} onRetry={() => void coverage.refetch()} />;
  } else if (!coverage.data) {
    body = <LoadingState />;
  } else if (coverage.data.items.length === 0) {
    body = <EmptyState title={t('empty')} />;
  } else {
    const gaps = coverage.data.items.filter((e) => !e.covered).length;
    body = (
      <>
        <Typography sx={{ mb: 2 }} role="status">
          {gaps ? t('gaps', { count: gaps }) : t('allCovered')}
        </Typography>
        <CoverageTable items={coverage.data.items} />
      </>
    );
  }
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeading>{t('title')}</PageHeading>
      <Typography sx={{ mb: 2 }}>{t('intro')}</Typography>
      {body}
    </Box>
  );
}
