import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';

/** A signed-in user without admin roles: why they cannot see the Admin Console, and what to do. */
export function NoAccess({ pending, org }: { pending: boolean; org: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t(pending ? 'noAccess.pendingTitle' : 'noAccess.title'));
  return (
    <Box sx={{ p: 4, maxWidth: 720 }}>
      <Alert severity={pending ? 'info' : 'warning'}>
        <AlertTitle component="h1" sx={{ fontSize: '1.25rem' }}>
          {t(pending ? 'noAccess.pendingTitle' : 'noAccess.title')}
        </AlertTitle>
        {pending ? t('noAccess.pendingBody') : t('noAccess.body', { org })}
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
