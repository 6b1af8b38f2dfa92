import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The crash report (Alert, Reload, Report): its own chunk, fetched only when a page breaks. */
const CrashReport = lazy(() =>
  import('./crash-report').then(
    (m) => ({ default: m.CrashReport }),
    () => ({ default: PlainCrash }),
  ),
);

/** If even the crash report cannot load (offline): the words and Reload. */
function PlainCrash() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.pageCrashed'));
  return (
    <Box role="alert" sx={{ p: 4 }}>
      <h1>{t('errors.pageCrashed')}</h1>
      <p>{t('errors.pageCrashedHelp')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('reload')}
      </button>
    </Box>
  );
}

/** Error boundary of every route: says the page stopped working, offers Reload and Report. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Suspense fallback={null}>
      <CrashReport error={error} />
    </Suspense>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.routeNotFound'));
  return (
    <Box sx={{ p: 4 }}>
      <h1>{t('errors.routeNotFound')}</h1>
      <p>{t('errors.routeNotFoundHelp')}</p>
      <Link component={RouterLink} to="/users/administrators">
        {t('errors.goHome')}
      </Link>
    </Box>
  );
}
