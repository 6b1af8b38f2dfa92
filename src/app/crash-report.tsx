import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';

/** A page stopped working: Reload, and Report (copies the details for a bug report). */
export function CrashReport({ error }: { error: unknown }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.pageCrashed'));
  const location = useLocation();
  const [copied, setCopied] = useState(false);
  const details = JSON.stringify(
    {
      url: location.pathname + location.search,
      at: new Date().toISOString(),
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
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
