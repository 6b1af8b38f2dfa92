import { describe, expect, it } from 'vitest';
import { addsRights, changedTargets, findChangeViolation } from '@/api/rules/role-changes';
import type { RoleGrant } from '@/api/schemas/roles';

const priya: RoleGrant[] = [{ role: 'product', productIds: ['analytics', 'target'] }];
const profileOf = (id: string) => id.split('-')[0];
const group: RoleGrant = { role: 'userGroup', groupIds: ['grp-emea-marketing'] };

describe('changedTargets: an edit, target by target', () => {
  it('lists each added and each removed id of a scope, nothing for what stays', () => {
    expect(
      changedTargets(
        [group, { role: 'product', productIds: ['marketo', 'analytics'] }],
        [group, { role: 'product', productIds: ['analytics', 'target'] }],
      ),
    ).toEqual([{ role: 'product', productIds: ['marketo', 'target'] }]);
    expect(changedTargets([group], [group])).toEqual([]);
    // Order is not a change.
    expect(
      changedTargets(
        [{ role: 'productProfile', profileIds: ['a-1', 'b-2'] }],
        [{ role: 'productProfile', profileIds: ['b-2', 'a-1'] }],
      ),
    ).toEqual([]);
  });

  it('a role added or removed is a change of every one of its targets; a role without targets is one', () => {
    expect(changedTargets([{ role: 'deployment' }, group], [group])).toEqual([{ role: 'deployment' }]);
    expect(changedTargets([], [{ role: 'system' }])).toEqual([{ role: 'system' }]);
    expect(changedTargets([group], [])).toEqual([group]);
  });

  it('a support option switched or an instance changed is a support change', () => {
    const before: RoleGrant = { role: 'support', basic: true, productSupport: false, instanceIds: [] };
    const after: RoleGrant = {
      role: 'support',
      basic: true,
      productSupport: true,
      instanceIds: ['mkto-acme-prod'],
    };
    expect(changedTargets([before], [after])).toEqual([after]);
    expect(changedTargets([after], [{ ...after, basic: false }])).toEqual([
      { ...after, basic: false, instanceIds: [] },
    ]);
  });
});

describe('findChangeViolation: every added or removed target must be one the actor may grant', () => {
  it('Priya may not narrow Hana’s Marketo Engage scope, nor drop a Campaign profile', () => {
    expect(
      findChangeViolation(
        priya,
        [{ role: 'product', productIds: ['marketo', 'analytics'] }],
        [{ role: 'product', productIds: ['analytics'] }],
        profileOf,
      ),
    ).toEqual({ code: 'forbidden-scope', role: 'product', ids: ['marketo'] });
    expect(
      findChangeViolation(
        priya,
        [{ role: 'productProfile', profileIds: ['target-1', 'campaign-0'] }],
        [{ role: 'productProfile', profileIds: ['target-1'] }],
        profileOf,
      ),
    ).toEqual({ code: 'forbidden-scope', role: 'productProfile', ids: ['campaign-0'] });
  });

  it('Priya may change her own products while others stay as they are', () => {
    expect(
      findChangeViolation(
        priya,
        [{ role: 'product', productIds: ['marketo', 'analytics'] }, { role: 'deployment' }],
        [{ role: 'product', productIds: ['marketo', 'target'] }, { role: 'deployment' }],
        profileOf,
      ),
    ).toBeNull();
  });
});

describe('addsRights: whether an edit grants something (and so sends an email)', () => {
  it('is true for a new role, a new target or a support option switched on; false for removals only', () => {
    expect(addsRights([group], [group, { role: 'deployment' }])).toBe(true);
    expect(
      addsRights([{ role: 'product', productIds: ['a'] }], [{ role: 'product', productIds: ['a', 'b'] }]),
    ).toBe(true);
    const basic: RoleGrant = { role: 'support', basic: true, productSupport: false, instanceIds: [] };
    expect(addsRights([basic], [{ ...basic, productSupport: true, instanceIds: ['i'] }])).toBe(true);
    expect(
      addsRights(
        [{ role: 'product', productIds: ['a', 'b'] }, group],
        [{ role: 'product', productIds: ['b'] }],
      ),
    ).toBe(false);
    expect(addsRights([group], [group])).toBe(false);
  });
});
