/**
 * Issue #18 item 11: emails go out in the recipient's language where it is known (the language they chose in the
 * console, kept on their profile), else English; their subjects are the mailbox's, in that language.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CHANGES, type EmailMessage } from '@/api/schemas/invitations';
import { loadAllMessages } from '@/i18n/i18n';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { EMAIL_SUBJECTS } from '@mocks/services/email-language';
import { call, signIn } from '@tests/utils/api';
import { analyticsCase } from '@tests/utils/case-requests';

beforeAll(loadAllMessages);

const emailsTo = (to: string): EmailMessage[] => [...runtime().db.all('emails')].filter((m) => m.to === to);
const grantDeployment = (userId: string) =>
  call('POST', '/api/administrators', { userId, roles: [{ role: 'deployment' }] });

describe('the language of an email', () => {
  it('has the mailbox’s subjects, in both languages', () => {
    for (const lng of ['en', 'fr'] as const) {
      const t = i18next.getFixedT(lng, 'mailbox');
      expect(EMAIL_SUBJECTS[lng].invitation).toBe(t('email.subject'));
      expect(EMAIL_SUBJECTS[lng].rightsEnded).toBe(t('rightsEndedEmail.subject'));
      for (const change of CASE_CHANGES) {
        expect(EMAIL_SUBJECTS[lng].caseUpdate('E-000001', change)).toBe(
          t('caseEmail.subject', { id: 'E-000001', change: t(`caseEmail.changes.${change}`) }),
        );
      }
    }
  });

  it('is French for Élodie, who chose French, and English for Camille, whose language is not known', async () => {
    signIn('sam');
    expect((await grantDeployment(PEOPLE.elodie.id)).status).toBe(201);
    expect((await grantDeployment(PEOPLE.camille.id)).status).toBe(201);
    expect(emailsTo(PEOPLE.elodie.email).map((m) => [m.language, m.subject])).toEqual([
      ['fr', 'Vos droits d’administrateur pour l’Admin Console d’Adobe'],
    ]);
    expect(emailsTo(PEOPLE.camille.email).map((m) => [m.language, m.subject])).toEqual([
      ['en', 'Your administrator rights for the Adobe Admin Console'],
    ]);
  });

  it('follows the language a person chooses: their own, for themselves only, signed in', async () => {
    signIn(null);
    expect((await call('PUT', '/api/profile/language', { language: 'fr' })).status).toBe(401);
    signIn('camille');
    const chosen = await call('PUT', '/api/profile/language', { language: 'fr' });
    expect([chosen.status, chosen.body.language]).toEqual([200, 'fr']);
    expect((await call('PUT', '/api/profile/language', { language: 'de' })).status).toBe(400);
    expect((await call('GET', '/api/session')).body.user.language).toBe('fr');
    // Nobody else reads it: the directory does not list it.
    signIn('sam');
    const found = await call('GET', `/api/users?q=${encodeURIComponent(PEOPLE.camille.email)}`);
    expect(found.body.items[0]).not.toHaveProperty('language');
    expect((await grantDeployment(PEOPLE.camille.id)).status).toBe(201);
    expect(emailsTo(PEOPLE.camille.email).map((m) => m.language)).toEqual(['fr']);
  });

  it('is the watcher’s own for each watcher of a case', async () => {
    signIn('amara');
    const opened = await call('POST', '/api/support/cases', {
      ...analyticsCase,
      watchers: [PEOPLE.elodie.email, 'lead@partner.example'],
    });
    expect(opened.status).toBe(201);
    await call('POST', `/api/support/cases/${opened.body.id}/comments`, { body: 'More logs' });
    expect(emailsTo(PEOPLE.elodie.email).map((m) => [m.language, m.subject])).toEqual([
      ['fr', `Dossier d’assistance ${opened.body.id} : nouveau commentaire`],
    ]);
    expect(emailsTo('lead@partner.example').map((m) => [m.language, m.subject])).toEqual([
      ['en', `Support case ${opened.body.id}: new comment`],
    ]);
  });
});
