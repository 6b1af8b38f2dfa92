import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import type { CaseUpdateEmail, EmailMessage, InvitationEmail } from '@/api/schemas/invitations';
import { shortLabelsOf, type ShortRoleLabel } from '@/api/schemas/roles';
import { EmailArticle, Para, useEmailT } from './email-parts';
import { RightsEndedEmailBody } from './rights-ended-email-body';

type Right = InvitationEmail['rights'][number];

/** Role name keys (common:roles.*) of one right: a support right may be Basic, Product or both. */
function labelsOf(right: Right): ShortRoleLabel[] {
  return shortLabelsOf([right.role]);
}

function RightItem({ right, t }: { right: Right; t: TFunction }) {
  const labels = labelsOf(right);
  const isSupport = right.role.role === 'support';
  return (
    <>
      {labels.map((l) => {
        const scoped = right.scopeNames.length > 0 && (!isSupport || l === 'productSupport');
        return (
          <li key={l}>
            <strong>{t(`common:roles.${l}`)}</strong>
            {scoped && (
              <>
                {' — '}
                {isSupport ? t('email.instances') : t('email.scope')}
                <ul>
                  {right.scopeNames.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </>
  );
}

/** A watcher's email about a change to a support case, in the email's language. */
function CaseEmailBody({ email }: { email: CaseUpdateEmail }) {
  const t = useEmailT(email);
  return (
    <EmailArticle email={email} t={t}>
      <Para>{t('caseEmail.greeting')}</Para>
      <Para>{t('caseEmail.intro', { id: email.caseId, title: email.caseTitle, org: email.orgName })}</Para>
      <Para>{t(`caseEmail.what.${email.change}`, { name: email.actorName })}</Para>
      <Para>{t('caseEmail.status', { status: t(`caseEmail.statuses.${email.status}`) })}</Para>
      <Box sx={{ my: 2 }}>
        <Button
          component={RouterLink}
          to={`/support/cases/${encodeURIComponent(email.caseId)}`}
          variant="contained"
        >
          {t('caseEmail.view')}
        </Button>
      </Box>
      <Para>{t('caseEmail.why')}</Para>
      <Para>{t('caseEmail.signOff')}</Para>
    </EmailArticle>
  );
}

/** An email rendered from its structured content, in the language it was sent in (the recipient's). */
export function EmailBody({ email }: { email: EmailMessage }) {
  if (email.kind === 'rights-ended') return <RightsEndedEmailBody email={email} />;
  return email.kind === 'case-update' ? (
    <CaseEmailBody email={email} />
  ) : (
    <InvitationEmailBody email={email} />
  );
}

/** The invitation email, rendered from its structured content in the email's language. */
function InvitationEmailBody({ email }: { email: InvitationEmail }) {
  const t = useEmailT(email);
  const org = email.orgName;
  const labels = email.rights.flatMap(labelsOf);
  const support = labels.includes('basicSupport') || labels.includes('productSupport');
  return (
    <EmailArticle email={email} t={t}>
      <Para>{t('email.greeting', { name: email.toName })}</Para>
      <Para>{t(email.resend ? 'email.introResend' : 'email.intro', { org })}</Para>
      <ul>
        {email.rights.map((r) => (
          <RightItem key={r.role.role} right={r} t={t} />
        ))}
      </ul>
      <Typography variant="h3" sx={{ fontSize: '1.125rem', mt: 2 }}>
        {t('email.canTitle')}
      </Typography>
      <ul>
        {labels.map((l) => (
          <li key={l}>{t(`email.can.${l}`, { org })}</li>
        ))}
      </ul>
      <Typography variant="h3" sx={{ fontSize: '1.125rem', mt: 2 }}>
        {t('email.profileTitle')}
      </Typography>
      <Para>{t('email.profile', { org })}</Para>
      {support && (
        <Para>
          {t('email.supportReminder')}{' '}
          <Link component={RouterLink} to="/profile">
            {t('email.supportReminderLink')}
          </Link>
        </Para>
      )}
      <Box sx={{ my: 2 }}>
        <Button
          component={RouterLink}
          to={`/invitations/${encodeURIComponent(email.invitationToken)}`}
          variant="contained"
        >
          {t('email.getStarted')}
        </Button>
      </Box>
      <Para>{t('email.validity')}</Para>
      <Para>{t('email.signOff')}</Para>
    </EmailArticle>
  );
}
