import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../hooks/use-focus-heading';

/** What anyone without the Support administrator role sees on every /support URL: never a form. */
export function NoSupportAccess({ org }: { org: string }) {
  const { t } = useTranslation('support');
  const ref = useFocusHeading();
  return (
    <Box sx={{ p: 4, maxWidth: 760 }}>
      <Typography ref={ref} variant="h1" tabIndex={-1} sx={{ fontSize: '1.75rem', mb: 2, outline: 'none' }}>
        {t('gate.title')}
      </Typography>
      <Alert severity="info" role="note">
        <Typography sx={{ mb: 1 }}>{t('gate.body', { org })}</Typography>
        <Typography>{t('gate.howTo')}</Typography>
      </Alert>
    </Box>
  );
}
