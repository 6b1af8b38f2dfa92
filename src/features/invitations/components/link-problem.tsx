import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { InvitationView } from '@/api/schemas/invitations';
import { formatDate } from '@/i18n/i18n';
import { useStepHeading } from '../use-step-heading';
import { useDocumentTitle } from '@/lib/use-document-title';

export type LinkProblem = 'notFound' | 'accepted' | 'voided' | 'expired';

/** A link that cannot be used: what happened and what to do. */
export function LinkProblemPage({
  problem,
  invitation,
}: {
  problem: LinkProblem;
  invitation?: InvitationView;
}) {
  const { t } = useTranslation('invitations');
  useDocumentTitle(t(`status.${problem}Title`));
  const heading = useStepHeading<HTMLHeadingElement>(problem);
  const date = problem === 'accepted' ? invitation?.acceptedAt : invitation?.expiresAt;
  return (
    <Box sx={{ p: 3, maxWidth: 720, mx: 'auto' }}>
      <Alert severity={problem === 'accepted' ? 'info' : 'warning'}>
        <AlertTitle ref={heading} tabIndex={-1} component="h1" sx={{ fontSize: '1.5rem', outline: 'none' }}>
          {t(`status.${problem}Title`)}
        </AlertTitle>
        {t(`status.${problem}`, { date: date ? formatDate(date) : '', email: invitation?.email ?? '' })}
        <Box sx={{ mt: 2, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {problem === 'accepted' ? (
            <Button component={RouterLink} to="/users/administrators" variant="outlined">
              {t('status.openConsole')}
            </Button>
          ) : (
            <Button component={RouterLink} to="/mailbox" variant="outlined">
              {t('status.openMailbox')}
            </Button>
          )}
        </Box>
      </Alert>
    </Box>
  );
}
