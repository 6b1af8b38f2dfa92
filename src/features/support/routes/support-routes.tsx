import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useSession } from '@/session/session-api';
import { permissionsOf } from '@/session/permissions';
import { NoSupportAccess } from '../components/support-gate';
import { SupportLayout } from '../components/support-layout';
import { CaseDetailPage } from './case-detail-page';
import { MyCasesPage } from './my-cases-page';
import { NewCasePage } from './new-case-page';
import { OrgCasesPage } from './org-cases-page';
import { SupportHomePage } from './support-home-page';

/**
 * `/support/*`: signed-out people go to sign-in; anyone without the Support administrator role is told to
 * ask a System administrator (no form, no "open ticket" anywhere); Support administrators get the portal.
 */
export function SupportRoutes() {
  const { t } = useTranslation('support');
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  // Only a session never read is an error here; a failed re-read keeps the portal (its own reads say what failed).
  if (session.data === undefined)
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  }
  const perms = permissionsOf(session.data);
  if (!perms.isSupportAdmin) {
    return <NoSupportAccess org={session.data.org.name} isSystemAdmin={perms.isSystemAdmin} />;
  }
  return (
    <SupportLayout>
      <Routes>
        <Route index element={<SupportHomePage />} />
        <Route path="cases" element={<MyCasesPage />} />
        <Route path="cases/new" element={<NewCasePage ownerId={session.data.user.id} />} />
        <Route path="cases/:caseId" element={<CaseDetailPage />} />
        <Route path="org-cases" element={<OrgCasesPage />} />
        <Route
          path="*"
          element={
            <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
              {t('notFound')}
            </Typography>
          }
        />
      </Routes>
    </SupportLayout>
  );
}
