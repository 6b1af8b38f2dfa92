import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { buildSeed } from '@mocks/db/seed';
import { applyScenario, scenarios, slowDelay } from '@mocks/scenarios';
import { runtime } from '@mocks/runtime';

async function status(path: string): Promise<number> {
  try {
    return (await fetch(path)).status;
  } catch {
    return 0; // network error
  }
}

async function json<T>(path: string): Promise<T> {
  const res = await fetch(path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

const setScenario = (scenario: string) =>
  fetch('/__mock/settings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scenario }),
  });

describe('scenarios end to end (through the handlers)', () => {
  it('server-errors (chosen like the panel does): every /api request fails, 500 or network error; /__mock keeps working', async () => {
    expect((await setScenario('server-errors')).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push(await status('/api/session'));
    expect(statuses.every((s) => s === 500 || s === 0)).toBe(true);
    expect(statuses).toContain(500);
    expect(statuses).toContain(0);
    // Either failure may come: a network error rejects the fetch itself.
    const body: unknown = await fetch('/api/administrators')
      .then((r) => r.json())
      .catch(() => null);
    if (body) expect(body).toMatchObject({ status: 500, code: 'server-error' });
    expect((await fetch('/__mock/state')).status).toBe(200);
    expect((await setScenario('default')).status).toBe(200);
    expect(await status('/api/session')).toBe(200);
  });

  it('failing-saves (Fail saves only): every change fails, 500 or network error; every read answers', async () => {
    expect((await setScenario('failing-saves')).status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      expect(await status('/api/session')).toBe(200);
      expect(await status('/api/administrators')).toBe(200);
    }
    const saves: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await fetch('/api/administrators', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId: 'u-camille-martin', roles: [{ role: 'deployment' }] }),
      }).catch(() => null);
      saves.push(res?.status ?? 0);
    }
    expect(saves.every((s) => s === 500 || s === 0)).toBe(true);
    expect(saves).toContain(500);
    expect(saves).toContain(0);
    expect(runtime().db.get('admins', 'u-camille-martin')).toBeUndefined();
    // In a test: server.use(...scenarios['failing-saves']) does the same.
    expect((await setScenario('default')).status).toBe(200);
    server.use(...scenarios['failing-saves']);
    expect(await status('/api/users')).toBe(200);
    const del = await fetch('/api/administrators/u-lucas-moreau', { method: 'DELETE' }).catch(() => null);
    expect([0, 500]).toContain(del?.status ?? 0);
  });

  it('server-errors for one test with server.use(...scenarios[...]) / applyScenario', async () => {
    server.use(...scenarios['server-errors']);
    expect([0, 500]).toContain(await status('/api/administrators'));
    server.resetHandlers();
    expect(await status('/api/administrators')).toBe(200);
    applyScenario(server, 'server-errors');
    expect([0, 500]).toContain(await status('/api/users'));
  });

  it('slow-network delays are 1.5–3 s', () => {
    for (let i = 0; i < 50; i += 1) {
      const d = slowDelay();
      expect(d).toBeGreaterThanOrEqual(1500);
      expect(d).toBeLessThanOrEqual(3000);
    }
  });

  it('empty-org: only the signed-in System administrator exists', async () => {
    expect((await setScenario('empty-org')).status).toBe(200);
    const users = await json<{ total: number }>('/api/users');
    const admins = await json<{ total: number; items: { email: string }[] }>('/api/administrators');
    expect(users.total).toBe(1);
    expect(admins.total).toBe(1);
    expect(admins.items[0]?.email).toBe('sam.rivera@acme.example');
  });

  it('mid-size-org (chosen like the panel does): 10,000 generated users and exactly 100 admins, the same on every start', async () => {
    expect((await setScenario('mid-size-org')).status).toBe(200);
    expect(runtime().scenario).toBe('mid-size-org');
    const users = await json<{ total: number }>('/api/users?pageSize=1');
    expect(users.total).toBe(10_011);
    const admins = await json<{ total: number; items: { userId: string }[] }>(
      '/api/administrators?pageSize=100',
    );
    expect(admins.total).toBe(100);
    const ids = admins.items.map((a) => a.userId).sort();
    expect(new Set(ids).size).toBe(100);
    expect(ids).toEqual(
      buildSeed('mid-size-org')
        .admins.map((a) => a.userId)
        .sort(),
    );
    expect(ids).toContain('u-sam-rivera');
    const found = await json<{ items: { email: string }[] }>('/api/users?q=camille');
    expect(found.items.map((u) => u.email)).toContain('camille.martin@acme.example');
  });

  it('large-org: 100,000 generated users and 10,000 admins, searched and paged by the server', async () => {
    applyScenario(server, 'large-org');
    expect(runtime().scenario).toBe('large-org');
    const users = await json<{ total: number; items: unknown[] }>('/api/users?pageSize=50&page=2000');
    expect(users.total).toBe(100_011);
    expect(users.items).toHaveLength(50);
    const admins = await json<{ total: number; items: unknown[] }>('/api/administrators?pageSize=20');
    expect(admins.total).toBe(10_000);
    expect(admins.items).toHaveLength(20);
    const found = await json<{ items: { email: string }[] }>('/api/users?q=sam.rivera');
    expect(found.items.map((u) => u.email)).toContain('sam.rivera@acme.example');
  }, 60_000);
});
