/** `/api/mailbox?to=` (issue #13 item 13): part of an address, any case. */
import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { call, signIn } from '@tests/utils/api';

async function grantTwo() {
  signIn('sam');
  for (const userId of [PEOPLE.camille.id, PEOPLE.sean.id])
    expect(
      (await call('POST', '/api/administrators', { userId, roles: [{ role: 'deployment' }] })).status,
    ).toBe(201);
}

const recipients = async (to: string) =>
  ((await call('GET', `/api/mailbox?to=${encodeURIComponent(to)}`)).body.items as { to: string }[])
    .map((m) => m.to)
    .sort();

describe('GET /api/mailbox?to=', () => {
  it('matches part of an address, case-insensitively', async () => {
    await grantTwo();
    expect(await recipients('CAMILLE')).toEqual([PEOPLE.camille.email]);
    expect(await recipients('obrien@')).toEqual([PEOPLE.sean.email]);
    expect(await recipients('Acme.Example')).toEqual([PEOPLE.camille.email, PEOPLE.sean.email]);
    expect(await recipients(PEOPLE.sean.email)).toEqual([PEOPLE.sean.email]);
    expect(await recipients('nobody')).toEqual([]);
    expect(await recipients('  ')).toEqual([PEOPLE.camille.email, PEOPLE.sean.email]);
  });
});
