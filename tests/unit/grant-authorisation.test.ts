import { describe, expect, it } from 'vitest';
import { setSession } from '@mocks/auth';
import { PEOPLE, type PersonKey } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import type { RoleGrant, RoleId } from '@/api/schemas/roles';

/** One valid request per role, with a scope a Product administrator of Analytics/Target could grant. */
const REQUEST: Record<RoleId, RoleGrant> = {
  system: { role: 'system' },
  product: { role: 'product', productIds: ['analytics'] },
  productProfile: { role: 'productProfile', profileIds: ['target-0'] },
  userGroup: { role: 'userGroup', groupIds: ['grp-web-analysts'] },
  deployment: { role: 'deployment' },
  support: { role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] },
};

const ALL = Object.keys(REQUEST) as RoleId[];
/** Who may grant what (PRODUCT.md §3.1). */
const ALLOWED: Record<PersonKey, RoleId[]> = {
  sam: ALL,
  priya: ['product', 'productProfile', 'userGroup'],
  lucas: [],
  hana: [],
  diego: [],
  amara: [],
  jonas: [],
  camille: [],
  elodie: [],
  sean: [],
  alex: [],
};

async function grant(as: PersonKey, role: RoleGrant) {
  setSession(PEOPLE[as].id);
  return fetch('/api/administrators', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: 'u-g-000002', roles: [role] }),
  });
}

describe('who may grant what — every persona × every role, enforced by the handler', () => {
  const cases = (Object.keys(ALLOWED) as PersonKey[]).flatMap((p) =>
    ALL.map((r) => [p, r, ALLOWED[p].includes(r)] as const),
  );
  it.each(cases)('%s granting %s → allowed: %s', async (person, role, allowed) => {
    const res = await grant(person, REQUEST[role]);
    if (allowed) {
      expect(res.status).toBe(201);
      expect(runtime().db.get('admins', 'u-g-000002')?.status).toBe('pending');
    } else {
      expect(res.status).toBe(403);
      const body = (await res.json()) as { code: string };
      expect(['forbidden', 'forbidden-role']).toContain(body.code);
      expect(runtime().db.get('admins', 'u-g-000002')).toBeUndefined();
    }
  });

  it('refuses a Product administrator outside their own products', async () => {
    const res = await grant('priya', { role: 'product', productIds: ['marketo'] });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('forbidden-scope');
    const res2 = await grant('priya', { role: 'productProfile', profileIds: ['campaign-0'] });
    expect(res2.status).toBe(403);
  });

  it('answers 401 when nobody is signed in', async () => {
    setSession(null);
    const res = await fetch('/api/administrators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-g-000002', roles: [{ role: 'deployment' }] }),
    });
    expect(res.status).toBe(401);
  });
});
