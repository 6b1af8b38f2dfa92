import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link as RouterLink, useLocation, useRouteError } from 'react-router';

/** Error boundary of every route: says the page stopped working, offers Reload and Report. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const location = useLocation();
  const [copied, setCopied] = useState(false);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const details = JSON.stringify(
    {
      url: location.pathname + location.search,
      at: new Date().toISOString(),
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
      userAgent: navigator.userAgent,
    },
    null,
    2,
  );
  return (
    <Box sx={{ p: 4, maxWidth: 760 }}>
      <Alert severity="error">
        <AlertTitle component="h1" sx={{ fontSize: '1.25rem' }}>
          {t('errors.pageCrashed')}
        </AlertTitle>
        {t('errors.pageCrashedHelp')}
        <Box sx={{ mt: 2, display: 'flex', gap: 1 }}>
          <Button variant="contained" onClick={() => window.location.reload()}>
            {t('reload')}
          </Button>
          <Button
            variant="outlined"
            onClick={() => {
              void navigator.clipboard?.writeText(details).then(() => setCopied(true));
            }}
          >
            {t('report')}
          </Button>
        </Box>
        {copied && (
          <Box role="status" sx={{ mt: 1 }}>
            {t('errors.reportCopied')}
          </Box>
        )}
      </Alert>
    </Box>
  );
}

export function NotFound() {
  const { t } = useTranslation();
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
