import Typography from '@mui/material/Typography';
import type { RightsEndedEmail } from '@/api/schemas/invitations';
import { shortLabelsOf } from '@/api/schemas/roles';
import { formatDay } from '@/i18n/i18n';
import { EmailArticle, languageOf, useEmailT } from './email-parts';

/** Time-bound grants: the email saying which rights reached their end day, in the email's language. */
export function RightsEndedEmailBody({ email }: { email: RightsEndedEmail }) {
  const t = useEmailT(email);
  return (
    <EmailArticle email={email} t={t}>
      <Typography sx={{ my: 1.5 }}>{t('rightsEndedEmail.greeting', { name: email.toName })}</Typography>
      <Typography sx={{ my: 1.5 }}>
        {t('rightsEndedEmail.intro', {
          org: email.orgName,
          date: formatDay(email.endDate, languageOf(email)),
        })}
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
    </EmailArticle>
  );
}
