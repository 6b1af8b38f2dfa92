import { describe, expect, it } from 'vitest';
import {
  alreadyHeld,
  canAddAdmins,
  findGrantViolation,
  grantPolicyOf,
  mergeRoles,
} from '@/api/rules/grant-rules';
import type { RoleGrant } from '@/api/schemas/roles';

const system: RoleGrant[] = [{ role: 'system' }];
const priya: RoleGrant[] = [{ role: 'product', productIds: ['analytics', 'target'] }];
const profileOf = (id: string) => id.split('-')[0];

describe('grant rules', () => {
  it('gives a System administrator every role and every product', () => {
    expect(grantPolicyOf(system)).toEqual({
      roles: ['system', 'product', 'productProfile', 'userGroup', 'deployment', 'support'],
      productIds: 'all',
    });
  });

  it('limits a Product administrator to product-scoped roles for their own products', () => {
    expect(grantPolicyOf(priya)).toEqual({
      roles: ['product', 'productProfile', 'userGroup'],
      productIds: ['analytics', 'target'],
    });
    expect(findGrantViolation(priya, [{ role: 'product', productIds: ['analytics'] }], profileOf)).toBeNull();
    expect(findGrantViolation(priya, [{ role: 'product', productIds: ['marketo'] }], profileOf)).toEqual({
      code: 'forbidden-scope',
      role: 'product',
      ids: ['marketo'],
    });
    expect(
      findGrantViolation(priya, [{ role: 'productProfile', profileIds: ['campaign-0'] }], profileOf)?.code,
    ).toBe('forbidden-scope');
    expect(
      findGrantViolation(
        priya,
        [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }],
        profileOf,
      ),
    ).toEqual({ code: 'forbidden-role', role: 'support' });
  });

  it('lets nobody else add admins', () => {
    for (const roles of [
      [],
      [{ role: 'deployment' }],
      [{ role: 'userGroup', groupIds: ['g'] }],
      [{ role: 'productProfile', profileIds: ['target-1'] }],
      [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }],
    ] as RoleGrant[][]) {
      expect(canAddAdmins(roles)).toBe(false);
    }
    expect(canAddAdmins(system)).toBe(true);
    expect(canAddAdmins(priya)).toBe(true);
  });

  it('detects roles already held and merges without duplicates', () => {
    const existing: RoleGrant[] = [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }];
    expect(
      alreadyHeld(existing, [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }]),
    ).toEqual(['support']);
    const more: RoleGrant = { role: 'support', basic: false, productSupport: true, instanceIds: ['i1'] };
    expect(alreadyHeld(existing, [more])).toEqual([]);
    expect(mergeRoles(existing, [more])).toEqual([
      { role: 'support', basic: true, productSupport: true, instanceIds: ['i1'] },
    ]);
    expect(
      mergeRoles([{ role: 'product', productIds: ['a'] }], [{ role: 'product', productIds: ['a', 'b'] }]),
    ).toEqual([{ role: 'product', productIds: ['a', 'b'] }]);
  });
});
