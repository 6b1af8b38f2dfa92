import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { deBefore } from '@/i18n/french-typography';
import { loadAllMessages } from '@/i18n/i18n';
import { resources as fr } from '@/i18n/locales/fr';

/** Every French message, as `path => text`. */
function frenchMessages(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (o: unknown, path: string): void => {
    if (typeof o === 'string') out.push([path, o]);
    else if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(fr, '');
  return out;
}

beforeAll(loadAllMessages);

describe('French wording', () => {
  it('names admin roles with one term: « Rôles d’administrateur » on the list, in bulk add and on admin details', () => {
    const term = 'Rôles d’administrateur';
    expect([fr.administrators.table.roles, fr.bulkAdd.table.roles, fr.adminDetails.rolesHeading]).toEqual([
      term,
      term,
      term,
    ]);
  });

  it('uses the seed’s terms throughout: « droits d’administrateur », « Administrateur de profil de produit »', () => {
    const texts = frenchMessages().map(([, text]) => text);
    expect(texts.filter((x) => /droits d’administration/i.test(x))).toEqual([]);
    // Every role name written out is the role picker's own, never a plural or a variant of it.
    const names = new Set(Object.values(fr.common.roles));
    const written = texts.flatMap(
      (x) =>
        x.match(
          /Administrateur (?:système|de (?:profils? de )?produits?|de groupes? d’utilisateurs|de déploiement|d’assistance(?: de base| produit)?)/g,
        ) ?? [],
    );
    expect(written.filter((n) => !names.has(n))).toEqual([]);
  });

  it('puts a space before « : », « ; », « ! » and « ? » in every message', () => {
    const glued = frenchMessages().filter(([, text]) => /[^\s\u00a0\u202f][:;!?](\s|$)/.test(text));
    expect(glued).toEqual([]);
  });

  it('never writes « de » before a name it does not know: the name goes through the elision formatter', () => {
    const unelided = frenchMessages().filter(
      ([, text]) => /\bde \{\{/.test(text) && !/de \{\{count/.test(text),
    );
    expect(unelided).toEqual([]);
  });

  it('elides « de » before a vowel and keeps it before a consonant', () => {
    expect(deBefore('Acme Corp')).toBe('d’Acme Corp');
    expect(deBefore('Adobe Analytics')).toBe('d’Adobe Analytics');
    expect(deBefore('Élodie Martin')).toBe('d’Élodie Martin');
    expect(deBefore('Marketo Engage')).toBe('de Marketo Engage');
    expect(deBefore('Hana Kim')).toBe('de Hana Kim');
  });

  it('renders the elided form in the messages that name the organisation', () => {
    const t = i18next.getFixedT('fr');
    expect(t('common:noAccess.body', { org: 'Acme Corp' })).toContain('administrateurs d’Acme Corp');
    expect(t('users:overview.intro', { org: 'Acme Corp' })).toBe('Résumé d’Acme Corp.');
    expect(t('invitations:accepted', { org: 'Beta Inc' })).toContain('administrateur de Beta Inc.');
    expect(t('addAdmin:rightsPreview.statements.product', { product: 'Adobe Analytics' })).toBe(
      'Gérer les utilisateurs et les profils de produit d’Adobe Analytics',
    );
  });
});
