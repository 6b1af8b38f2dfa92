import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { InvitationView } from '@/api/schemas/invitations';
import type { Session } from '@/api/schemas/session';
import { formatDate } from '@/i18n/i18n';
import { useStepHeading } from '../use-step-heading';
import { RightsList } from './rights-list';
import { useDocumentTitle } from '@/lib/use-document-title';

/** What the invitation gives, and `Get started` (or `Switch account` when signed in as someone else). */
export function InvitationOverview({
  invitation,
  session,
  onGetStarted,
  onSwitchAccount,
}: {
  invitation: InvitationView;
  session: Session | null;
  onGetStarted: () => void;
  onSwitchAccount: () => void;
}) {
  const { t } = useTranslation('invitations');
  const org = invitation.orgName;
  useDocumentTitle(t('title', { org }));
  const heading = useStepHeading<HTMLHeadingElement>('overview');
  const wrongAccount =
    session !== null && session.user.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <Box>
      <Typography ref={heading} tabIndex={-1} variant="h1" sx={{ fontSize: '2rem', outline: 'none', mb: 1 }}>
        {t('title', { org })}
      </Typography>
      <Typography>{t('intro', { org, email: invitation.email })}</Typography>
      <RightsList rights={invitation.rights} />
      <Typography sx={{ color: 'text.secondary', mb: 2 }}>
        {t('expires', { date: formatDate(invitation.expiresAt) })}
      </Typography>
      {wrongAccount ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" onClick={onSwitchAccount}>
              {t('switchAccount')}
            </Button>
          }
        >
          <AlertTitle component="h2" sx={{ fontSize: '1.125rem' }}>
            {t('wrongAccountTitle')}
          </AlertTitle>
          {t('wrongAccount', { current: session.user.email, email: invitation.email })}
        </Alert>
      ) : (
        <>
          <Button variant="contained" size="large" onClick={onGetStarted}>
            {t('getStarted')}
          </Button>
          {!session && (
            <Typography sx={{ mt: 1, color: 'text.secondary' }}>
              {t('signInFirst', { email: invitation.email })}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
