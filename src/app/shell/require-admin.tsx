import { lazy, useDeferredValue } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useSession } from '@/session/session-api';

/** Rarely shown (a signed-in user without admin roles): its own chunk, like the rest of what is not the first screen. */
const NoAccess = lazy(() => import('./no-access').then((m) => ({ default: m.NoAccess })));

/** Admin Console screens: signed-in admins only; others are told why and what to do. */
export function RequireAdmin() {
  const location = useLocation();
  const session = useSession();
  // The screen below mounts in a transition (rendered in slices), not in the synchronous render that the
  // session's arrival causes: until then the loading state stays.
  const data = useDeferredValue(session.data);
  // A failed re-read of the session keeps the screen (and a dialog open on it): its own reads say what failed.
  if (session.isError && session.data === undefined) {
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (data === undefined) return <LoadingState />;
  if (!data) {
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  }
  if (data.roles.length === 0) {
    return <NoAccess pending={Boolean(data.hasPendingInvitation)} org={data.org.name} />;
  }
  return <Outlet />;
}
