import { describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

/** How many users match `q` in all, counted without any limit. */
const matches = (q: string) => runtime().db.directory.search(q, 1_000_000).ids.length;

describe('GET /api/users: how much a search found beyond its page', () => {
  it('a broad search stopped counting: totalCapped, and a total beyond the page', async () => {
    const r = await call('GET', '/api/users?q=a&pageSize=10');
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(10);
    expect(r.body.totalCapped).toBe(true);
    expect(r.body.total).toBeGreaterThan(200);
    expect(matches('a')).toBeGreaterThanOrEqual(r.body.total);
  });

  it('a narrower search counts every match exactly, without totalCapped', async () => {
    const q = 'an';
    const r = await call('GET', `/api/users?q=${q}&pageSize=10`);
    expect(r.body.items).toHaveLength(10);
    expect(r.body.total).toBe(matches(q));
    expect(r.body.total).toBeGreaterThan(10);
    expect(r.body).not.toHaveProperty('totalCapped');
  });

  it('a search that fits in its page says so: total is the number listed', async () => {
    const r = await call('GET', '/api/users?q=camille&pageSize=10');
    expect(r.body.items.map((u: { name: string }) => u.name)).toContain('Camille Martin');
    expect(r.body.total).toBe(r.body.items.length);
    expect(r.body).not.toHaveProperty('totalCapped');
  });
});

describe('GET /api/users: the admin roles a person holds already (issue #18 item 1)', () => {
  it('carries each admin’s roles, and none for a person who is not an admin', async () => {
    const r = await call('GET', '/api/users?q=jonas&pageSize=10');
    const jonas = (r.body.items as { id: string; adminRoles?: unknown }[]).find(
      (u) => u.id === 'u-jonas-weber',
    );
    expect(jonas?.adminRoles).toEqual([
      { role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] },
    ]);
    const camille = await call('GET', '/api/users?q=camille&pageSize=10');
    const found = (camille.body.items as { id: string; adminRoles?: unknown }[]).find(
      (u) => u.id === 'u-camille-martin',
    );
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('adminRoles');
  });

  it('is not answered to someone who is not an admin (401 signed out, 403 without admin roles)', async () => {
    signIn(null);
    expect((await call('GET', '/api/users?q=jonas')).status).toBe(401);
    signIn('camille');
    expect((await call('GET', '/api/users?q=jonas')).status).toBe(403);
  });
});
