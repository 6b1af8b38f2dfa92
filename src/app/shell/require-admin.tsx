import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Link as RouterLink, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useSession } from '@/session/session-api';

/** Admin Console screens: signed-in admins only; others are told why and what to do. */
export function RequireAdmin() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  }
  if (session.data.roles.length === 0) {
    const pending = session.data.hasPendingInvitation;
    return (
      <Box sx={{ p: 4, maxWidth: 720 }}>
        <Alert severity={pending ? 'info' : 'warning'}>
          <AlertTitle component="h1" sx={{ fontSize: '1.25rem' }}>
            {t(pending ? 'noAccess.pendingTitle' : 'noAccess.title')}
          </AlertTitle>
          {pending ? t('noAccess.pendingBody') : t('noAccess.body', { org: session.data.org.name })}
          {pending && (
            <Box sx={{ mt: 1 }}>
              <Link component={RouterLink} to="/mailbox">
                {t('noAccess.openMailbox')}
              </Link>
            </Box>
          )}
        </Alert>
      </Box>
    );
  }
  return <Outlet />;
}
