import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailMessage } from '@/api/schemas/invitations';
import { currentLanguage, formatDateTime, type Language } from '@/i18n/i18n';

/** The language an email was written in: the recipient's, chosen by the backend (English when it did not know). */
export const languageOf = (email: EmailMessage): Language => email.language ?? 'en';

/** The email's own words, in its language rather than the reader's (fetched on first use, like a screen's). */
export function useEmailT(email: EmailMessage): TFunction {
  return useTranslation('mailbox', { lng: languageOf(email) }).t;
}

/** An email's subject, in the language of `t`. */
export function emailSubject(t: TFunction, email: EmailMessage): string {
  if (email.kind === 'rights-ended') return t('rightsEndedEmail.subject');
  if (email.kind === 'case-update')
    return t('caseEmail.subject', { id: email.caseId, change: t(`caseEmail.changes.${email.change}`) });
  return email.resend ? `${t('email.subject')} (${t('resent')})` : t('email.subject');
}

/** The subject as text of its own language (a list item in the reader's language around it). */
export function EmailSubject({ email }: { email: EmailMessage }) {
  const t = useEmailT(email);
  return <span lang={languageOf(email)}>{emailSubject(t, email)}</span>;
}

export function Para({ children }: { children: ReactNode }) {
  return <Typography sx={{ my: 1.5 }}>{children}</Typography>;
}

/** From, To, Date: the mailbox's labels, in the reader's language (the email around them may be in another). */
export function EmailHeaders({ email }: { email: EmailMessage }) {
  const { t } = useTranslation('mailbox');
  return (
    <Box
      component="dl"
      lang={currentLanguage()}
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, m: 0, mb: 2 }}
    >
      <dt>{t('from')}</dt>
      <dd style={{ margin: 0 }}>{email.from}</dd>
      <dt>{t('to')}</dt>
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {email.toName === email.to ? email.to : `${email.toName} <${email.to}>`}
      </dd>
      <dt>{t('date')}</dt>
      <dd style={{ margin: 0 }}>{formatDateTime(email.sentAt)}</dd>
    </Box>
  );
}

/** An email: its subject as the heading, the headers, then its body, all marked with the email's language. */
export function EmailArticle({
  email,
  t,
  children,
}: {
  email: EmailMessage;
  t: TFunction;
  children: ReactNode;
}) {
  const headingId = `email-${email.id}-subject`;
  return (
    <Box component="article" aria-labelledby={headingId} lang={languageOf(email)}>
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.375rem', mb: 1, overflowWrap: 'anywhere' }}>
        {emailSubject(t, email)}
      </Typography>
      <EmailHeaders email={email} />
      {children}
    </Box>
  );
}
