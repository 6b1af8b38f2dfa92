/**
 * Case numbers (issue #13 item 12): `E-` + 6 digits, sequential for the org, the same from the same seed, stored
 * with the rest of the state, and never issued twice: not after a case is gone, not after `Reset demo data`.
 */
import { describe, expect, it } from 'vitest';
import { memoryStore } from '@mocks/db/database';
import { buildCase } from '@mocks/factories/build-case';
import { configureRuntime, runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const analyticsCase = {
  productId: 'analytics',
  title: 'Report suite shows no data',
  description: 'Since Monday the report suite is empty.',
  priority: 'high',
  businessImpact: 'Weekly revenue report is late',
  timeZone: 'emea',
  productFields: { reportSuite: 'acme-global' },
};
const marketoCase = {
  ...analyticsCase,
  productId: 'marketo',
  productFields: { instanceId: 'mkto-acme-prod' },
};

async function open(who: 'amara' | 'jonas' = 'amara'): Promise<string> {
  signIn(who);
  const res = await call('POST', '/api/support/cases', who === 'amara' ? analyticsCase : marketoCase);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('case numbers', () => {
  it('are sequential for the org, whoever opens the case, starting at E-000001', async () => {
    expect([await open('amara'), await open('jonas'), await open('amara')]).toEqual([
      'E-000001',
      'E-000002',
      'E-000003',
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
    expect(await open()).toBe('E-000001');
    runtime().db.flush();
    configureRuntime(store);
    expect(runtime().db.count('cases')).toBe(1);
    expect(await open()).toBe('E-000002');
  });

  it('are never issued twice: not after the case is gone, not after Reset demo data', async () => {
    const store = memoryStore();
    configureRuntime(store);
    const a = await open();
    runtime().db.delete('cases', a);
    const b = await open();
    expect(b).toBe('E-000002');
    runtime().resetAll();
    expect(runtime().db.count('cases')).toBe(0);
    const c = await open();
    expect(c).toBe('E-000003');
    // And after a restart following the reset.
    configureRuntime(store);
    expect(await open()).toBe('E-000004');
  });

  it('skip a number already held by a stored case', async () => {
    runtime().db.put('cases', 'E-000001', buildCase({ id: 'E-000001' }));
    expect(await open()).toBe('E-000002');
  });
});
