import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useStepHeading } from '../use-step-heading';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `Join team`: the invitee with a profile confirms joining the inviting org. */
export function JoinTeam({
  org,
  pending,
  message,
  onJoin,
}: {
  org: string;
  pending: boolean;
  message: string | null;
  onJoin: () => void;
}) {
  const { t } = useTranslation('invitations');
  useDocumentTitle(t('join.title', { org }));
  const heading = useStepHeading<HTMLHeadingElement>('join');
  return (
    <Box>
      <Typography ref={heading} tabIndex={-1} variant="h1" sx={{ fontSize: '2rem', outline: 'none', mb: 1 }}>
        {t('join.title', { org })}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('join.intro', { org })}</Typography>
      {message && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {message}
        </Alert>
      )}
      <Button variant="contained" size="large" loading={pending} onClick={onJoin}>
        {t('join.button')}
      </Button>
    </Box>
  );
}
