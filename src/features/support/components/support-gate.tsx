import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useFocusHeading } from '../hooks/use-focus-heading';
import { addAdminUrl } from '@/lib/add-admin-link';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * What anyone without the Support administrator role sees on every /support URL: never a form. A System
 * administrator may assign the role, but nobody changes their own rights (the backend refuses it: 403 `self-edit`),
 * so he is told that another System administrator can assign it to him, that he can assign it to a colleague, and
 * given `Add admin`. Everyone else is told to ask a System administrator.
 */
export function NoSupportAccess({ org, isSystemAdmin }: { org: string; isSystemAdmin: boolean }) {
  const { t } = useTranslation('support');
  useDocumentTitle(t('gate.title'));
  const ref = useFocusHeading();
  return (
    <Box sx={{ p: 4, maxWidth: 760 }}>
      <Typography ref={ref} variant="h1" tabIndex={-1} sx={{ fontSize: '1.75rem', mb: 2, outline: 'none' }}>
        {t('gate.title')}
      </Typography>
      <Alert severity="info" role="note">
        <Typography sx={{ mb: 1 }}>{t('gate.body', { org })}</Typography>
        {isSystemAdmin ? (
          <>
            <Typography sx={{ mb: 1 }}>{t('gate.systemAdmin')}</Typography>
            <Button
              component={RouterLink}
              to={addAdminUrl({ kind: 'basic' })}
              variant="contained"
              size="small"
            >
              {t('gate.addAdmin')}
            </Button>
          </>
        ) : (
          <Typography>{t('gate.howTo')}</Typography>
        )}
      </Alert>
    </Box>
  );
}
