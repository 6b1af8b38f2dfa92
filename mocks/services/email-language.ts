import type { CaseChange } from '@/api/schemas/invitations';
import type { Language } from '@/api/languages';
import { runtime } from '../runtime';

/**
 * Emails go out in the recipient's language where it is known: the one they chose in the console (their profile),
 * else English. The subjects here are the mailbox's (tests/unit/email-language.test.ts keeps them equal).
 */
export function recipientLanguage(email: string): Language {
  return runtime().db.findUserByEmail(email)?.language ?? 'en';
}

const CASE_CHANGES: Record<Language, Record<CaseChange, string>> = {
  en: {
    commented: 'new comment',
    supportReplied: 'reply from Adobe Support',
    closed: 'case closed',
    reopened: 'case reopened',
  },
  fr: {
    commented: 'nouveau commentaire',
    supportReplied: 'réponse de l’assistance Adobe',
    closed: 'dossier fermé',
    reopened: 'dossier rouvert',
  },
};

export const EMAIL_SUBJECTS = {
  en: {
    invitation: 'Your administrator rights for the Adobe Admin Console',
    rightsEnded: 'Some of your administrator rights have ended',
    caseUpdate: (id: string, change: CaseChange) => `Support case ${id}: ${CASE_CHANGES.en[change]}`,
  },
  fr: {
    invitation: 'Vos droits d’administrateur pour l’Admin Console d’Adobe',
    rightsEnded: 'Certains de vos droits d’administrateur ont pris fin',
    caseUpdate: (id: string, change: CaseChange) => `Dossier d’assistance ${id} : ${CASE_CHANGES.fr[change]}`,
  },
} satisfies Record<Language, unknown>;
