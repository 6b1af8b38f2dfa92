import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { call, signIn } from '@tests/utils/api';

/** Issue #15 part 4: who can open support cases for each product and Marketo Engage instance. */
const coverage = async () => {
  const res = await call('GET', '/api/support-coverage');
  expect(res.status).toBe(200);
  return res.body.items as {
    productId: string;
    instance?: { id: string; name: string };
    covered: boolean;
    admins: { id: string; role: string; status: string }[];
  }[];
};
const entryOf = (items: Awaited<ReturnType<typeof coverage>>, productId: string, instanceId?: string) =>
  items.find((e) => e.productId === productId && e.instance?.id === instanceId);

describe('GET /api/support-coverage', () => {
  it('gives a System administrator each product and instance with who covers it, by the portal’s rule', async () => {
    signIn('sam');
    const items = await coverage();
    expect(entryOf(items, 'analytics')).toMatchObject({
      covered: true,
      admins: [{ id: PEOPLE.amara.id, role: 'basic', status: 'active' }],
    });
    // Basic support does not cover Marketo Engage; Product support covers its own instances only.
    expect(entryOf(items, 'marketo', 'mkto-acme-prod')).toMatchObject({
      instance: { id: 'mkto-acme-prod', name: 'Acme Production' },
      covered: true,
      admins: [{ id: PEOPLE.jonas.id, role: 'productSupport', status: 'active' }],
    });
    expect(entryOf(items, 'marketo')).toBeUndefined();
  });

  it('flags an instance nobody covers, and one covered only by a pending invitation', async () => {
    signIn('sam');
    const before = await coverage();
    expect(entryOf(before, 'marketo', 'mkto-acme-sandbox')).toMatchObject({ covered: false, admins: [] });
    const grant = await call('POST', '/api/administrators', {
      userId: PEOPLE.camille.id,
      roles: [{ role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-sandbox'] }],
    });
    expect(grant.status).toBe(201);
    const after = await coverage();
    expect(entryOf(after, 'marketo', 'mkto-acme-sandbox')).toMatchObject({
      covered: false,
      admins: [{ id: PEOPLE.camille.id, role: 'productSupport', status: 'pending' }],
    });
  });

  it.each(['amara', 'jonas', 'priya', 'lucas'] as const)('refuses %s with 403', async (who) => {
    signIn(who);
    const res = await call('GET', '/api/support-coverage');
    expect([res.status, res.code, res.headers.get('Content-Type')]).toEqual([
      403,
      'forbidden',
      'application/problem+json',
    ]);
  });

  it('answers 401 without a session', async () => {
    signIn(null);
    expect((await call('GET', '/api/support-coverage')).status).toBe(401);
  });
});
