import { describe, expect, it } from 'vitest';
import {
  emptyRoleDraft,
  fromRoleGrants,
  isRoleDraftValid,
  roleDraftIssues,
  toRoleGrants,
  type RoleDraft,
} from '@/features/administrators/model/role-draft';

const draft = (d: Partial<RoleDraft>): RoleDraft => ({ ...emptyRoleDraft, ...d });

describe('toRoleGrants', () => {
  it('builds grants in the canonical order, with scopes only for the roles switched on', () => {
    expect(
      toRoleGrants(
        draft({
          enabled: ['support', 'product', 'system'],
          productIds: ['analytics'],
          groupIds: ['grp-x'],
          basic: true,
        }),
      ),
    ).toEqual([
      { role: 'system' },
      { role: 'product', productIds: ['analytics'] },
      { role: 'support', basic: true, productSupport: false, instanceIds: [] },
    ]);
  });

  it('drops instances when Product support is off', () => {
    expect(
      toRoleGrants(draft({ enabled: ['support'], basic: true, instanceIds: ['mkto-acme-prod'] })),
    ).toEqual([{ role: 'support', basic: true, productSupport: false, instanceIds: [] }]);
  });

  it('round-trips through fromRoleGrants', () => {
    const grants = toRoleGrants(
      draft({
        enabled: ['productProfile', 'userGroup', 'support', 'deployment'],
        profileIds: ['target-1'],
        groupIds: ['grp-emea-marketing'],
        basic: true,
        productSupport: true,
        instanceIds: ['mkto-acme-prod', 'mkto-acme-sandbox'],
      }),
    );
    expect(toRoleGrants(fromRoleGrants(grants))).toEqual(grants);
    expect(fromRoleGrants(grants).enabled).toEqual(['productProfile', 'userGroup', 'deployment', 'support']);
  });
});

describe('validity (from roleGrantsSchema)', () => {
  it.each([
    ['no role', draft({}), 'validation.roleRequired'],
    [
      'Product administrator without products',
      draft({ enabled: ['product'] }),
      'validation.productsRequired',
    ],
    [
      'Product profile administrator without profiles',
      draft({ enabled: ['productProfile'] }),
      'validation.profilesRequired',
    ],
    [
      'User group administrator without groups',
      draft({ enabled: ['userGroup'] }),
      'validation.groupsRequired',
    ],
    [
      'Support administrator without an option',
      draft({ enabled: ['support'] }),
      'validation.supportOptionRequired',
    ],
    [
      'Product support administrator without an instance',
      draft({ enabled: ['support'], productSupport: true }),
      'validation.instancesRequired',
    ],
  ])('%s is invalid', (_, d, key) => {
    expect(isRoleDraftValid(d)).toBe(false);
    expect(roleDraftIssues(d)).toContain(key);
  });

  it.each([
    ['System administrator', draft({ enabled: ['system'] })],
    ['Basic support', draft({ enabled: ['support'], basic: true })],
    [
      'Basic and Product support',
      draft({ enabled: ['support'], basic: true, productSupport: true, instanceIds: ['i'] }),
    ],
    ['Product with a product', draft({ enabled: ['product'], productIds: ['analytics'] })],
  ])('%s is valid', (_, d) => {
    expect(roleDraftIssues(d)).toEqual([]);
    expect(isRoleDraftValid(d)).toBe(true);
  });

  it('a switched-off role with leftover scope does not block saving', () => {
    expect(isRoleDraftValid(draft({ enabled: ['deployment'], productSupport: true }))).toBe(true);
  });
});
