import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { rightsPreviewOf, type NameLookup, type RightsPreview } from '@/api/rules/rights-preview';
import type { RoleGrant } from '@/api/schemas/roles';
import { addAdmin as en } from '@/i18n/locales/en/addAdmin';
import { addAdmin as fr } from '@/i18n/locales/fr/addAdmin';

const NAMES: Record<string, string> = {
  'product:analytics': 'Adobe Analytics',
  'product:marketo': 'Marketo Engage',
  'profile:analytics-default': 'Analytics - Default',
  'group:grp-web-analysts': 'Web Analysts',
  'instance:mkto-acme-prod': 'Acme Production',
  'instance:mkto-acme-sandbox': 'Acme Sandbox',
};
const names: NameLookup = (kind, id) => NAMES[`${kind}:${id}`];

const i18n = i18next.createInstance();
beforeAll(() =>
  i18n.init({
    lng: 'en',
    resources: { en: { addAdmin: en }, fr: { addAdmin: fr } },
    interpolation: { escapeValue: false },
  }),
);
const text = (p: RightsPreview, lng = 'en') =>
  p.statements.map((s) => i18n.t(s.key, { ...s.params, ns: 'addAdmin', lng }));
const preview = (roles: RoleGrant[]) => rightsPreviewOf(roles, names);

describe('rights preview', () => {
  it('says nothing is chosen yet for an empty selection', () => {
    expect(text(preview([]))).toEqual(['Nothing yet: choose at least one role.']);
  });

  it('asks for the scope, not for a role, while the roles turned on cover nothing yet', () => {
    const p = preview([
      { role: 'product', productIds: [] },
      { role: 'support', basic: false, productSupport: true, instanceIds: [] },
    ]);
    expect(text(p)).toEqual(['Nothing yet: choose what the roles you turned on cover.']);
    expect(text(p, 'fr')).toEqual(['Rien pour l’instant : choisissez ce que couvrent les rôles activés.']);
    // One finished role is enough to state it.
    expect(text(preview([{ role: 'product', productIds: [] }, { role: 'deployment' }]))).toEqual([
      'Deploy and package desktop apps',
    ]);
  });

  it('states each role in plain language, one statement per scope item', () => {
    const p = preview([
      { role: 'product', productIds: ['analytics'] },
      { role: 'productProfile', profileIds: ['analytics-default'] },
      { role: 'userGroup', groupIds: ['grp-web-analysts'] },
      { role: 'deployment' },
    ]);
    expect(text(p)).toEqual([
      'Manage users and product profiles of Adobe Analytics',
      'Manage the users of the product profile Analytics - Default',
      'Manage the members of the user group Web Analysts',
      'Deploy and package desktop apps',
    ]);
    expect(p.note).toBeUndefined();
  });

  it('Basic support covers every product but Marketo Engage; Product support, each granted instance', () => {
    const p = preview([
      {
        role: 'support',
        basic: true,
        productSupport: true,
        instanceIds: ['mkto-acme-prod', 'mkto-acme-sandbox'],
      },
    ]);
    expect(text(p)).toEqual([
      'Open support cases for every product except Marketo Engage',
      'Open support cases for Marketo Engage - Acme Production',
      'Open support cases for Marketo Engage - Acme Sandbox',
    ]);
    expect(text(p, 'fr')[0]).toBe(
      'Ouvrir des demandes d’assistance pour tous les produits sauf Marketo Engage',
    );
    // Instances listed without the Product support option give no reach (the shared rule says so).
    const basicOnly = preview([
      { role: 'support', basic: true, productSupport: false, instanceIds: ['mkto-acme-prod'] },
    ]);
    expect(text(basicOnly)).toEqual(['Open support cases for every product except Marketo Engage']);
  });

  it('shows an unknown name as its id rather than inventing one', () => {
    expect(text(preview([{ role: 'product', productIds: ['nope'] }]))).toEqual([
      'Manage users and product profiles of nope',
    ]);
  });

  it('System: everything, and a least-privilege note naming the other roles chosen', () => {
    const alone = preview([{ role: 'system' }]);
    expect(text(alone)).toEqual([
      'Everything in the Admin Console, including assigning System administrators',
    ]);
    expect(alone.note).toBeUndefined();
    const p = preview([
      { role: 'system' },
      { role: 'deployment' },
      { role: 'support', basic: true, productSupport: false, instanceIds: [] },
    ]);
    expect(text(p)).toEqual(['Everything in the Admin Console, including assigning System administrators']);
    expect(p.note).toEqual({ key: 'rightsPreview.systemNote', roles: ['deployment', 'basicSupport'] });
  });
});
