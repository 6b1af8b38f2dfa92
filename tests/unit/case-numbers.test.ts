/**
 * Case numbers (issue #13 item 12): `E-` + 6 digits, sequential for the org, the same from the same seed, stored
 * with the rest of the state, and never issued twice: not after a case is gone, not after `Reset demo data`.
 * The seed's cases (issue #17 item 6) hold the first numbers, E-000001 to E-000008: the first case opened in the
 * demo is E-000009.
 */
import { describe, expect, it } from 'vitest';
import { memoryStore } from '@mocks/db/database';
import { seedCases } from '@mocks/db/seed-cases';
import { buildCase } from '@mocks/factories/build-case';
import { configureRuntime, runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';
import { analyticsCase, marketoCase } from '@tests/utils/case-requests';

const SEEDED = seedCases('default').length;
const num = (n: number) => `E-${String(n).padStart(6, '0')}`;

async function open(who: 'amara' | 'jonas' = 'amara'): Promise<string> {
  signIn(who);
  const res = await call('POST', '/api/support/cases', who === 'amara' ? analyticsCase : marketoCase);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('case numbers', () => {
  it('are sequential for the org, whoever opens the case, right after the seed’s (E-000001 to E-000008)', async () => {
    expect(seedCases('default').map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(num));
    expect([await open('amara'), await open('jonas'), await open('amara')]).toEqual([
      num(SEEDED + 1),
      num(SEEDED + 2),
      num(SEEDED + 3),
    ]);
  });

  it('are the same from the same seed (a fresh start gives the same numbers)', async () => {
    const first = [await open(), await open()];
    configureRuntime();
    expect([await open(), await open()]).toEqual(first);
  });

  it('are stored with the state: a restart on the same storage continues the sequence', async () => {
    const store = memoryStore();
    configureRuntime(store);
    expect(await open()).toBe(num(SEEDED + 1));
    runtime().db.flush();
    configureRuntime(store);
    expect(runtime().db.count('cases')).toBe(SEEDED + 1);
    expect(await open()).toBe(num(SEEDED + 2));
  });

  it('are never issued twice: not after the case is gone, not after Reset demo data', async () => {
    const store = memoryStore();
    configureRuntime(store);
    const a = await open();
    runtime().db.delete('cases', a);
    const b = await open();
    expect([a, b]).toEqual([num(SEEDED + 1), num(SEEDED + 2)]);
    runtime().resetAll();
    expect(runtime().db.count('cases')).toBe(SEEDED);
    const c = await open();
    expect(c).toBe(num(SEEDED + 3));
    // And after a restart following the reset.
    configureRuntime(store);
    expect(await open()).toBe(num(SEEDED + 4));
  });

  it('skip a number already held by a stored case', async () => {
    runtime().db.put('cases', num(SEEDED + 1), buildCase({ id: num(SEEDED + 1) }));
    expect(await open()).toBe(num(SEEDED + 2));
  });
});
