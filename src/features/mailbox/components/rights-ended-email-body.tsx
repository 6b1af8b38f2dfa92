import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RightsEndedEmail } from '@/api/schemas/invitations';
import { shortLabelsOf } from '@/api/schemas/roles';
import { formatDateTime, formatDay } from '@/i18n/i18n';

/** Time-bound grants: the email saying which rights reached their end day, in the reader's language. */
export function RightsEndedEmailBody({ email }: { email: RightsEndedEmail }) {
  const { t } = useTranslation('mailbox');
  const headingId = `email-${email.id}-subject`;
  return (
    <Box component="article" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.375rem', mb: 1 }}>
        {t('rightsEndedEmail.subject')}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, m: 0, mb: 2 }}
      >
        <dt>{t('from')}</dt>
        <dd style={{ margin: 0 }}>{email.from}</dd>
        <dt>{t('to')}</dt>
        <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{`${email.toName} <${email.to}>`}</dd>
        <dt>{t('date')}</dt>
        <dd style={{ margin: 0 }}>{formatDateTime(email.sentAt)}</dd>
      </Box>
      <Typography sx={{ my: 1.5 }}>{t('rightsEndedEmail.greeting', { name: email.toName })}</Typography>
      <Typography sx={{ my: 1.5 }}>
        {t('rightsEndedEmail.intro', { org: email.orgName, date: formatDay(email.endDate) })}
      </Typography>
      <ul>
        {email.rights.flatMap((r) =>
          shortLabelsOf([r.role]).map((l) => (
            <li key={l}>
              <strong>{t(`common:roles.${l}`)}</strong>
              {r.scopeNames.length > 0 && (r.role.role !== 'support' || l === 'productSupport')
                ? ` — ${r.scopeNames.join(', ')}`
                : null}
            </li>
          )),
        )}
      </ul>
      <Typography sx={{ my: 1.5 }}>{t('rightsEndedEmail.rest')}</Typography>
      <Typography sx={{ my: 1.5 }}>{t('rightsEndedEmail.signOff')}</Typography>
    </Box>
  );
}
