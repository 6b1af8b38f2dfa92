/**
 * Invitation status on the mock clock (issue #13 items 14 and 15): an invitation expires whether or not anyone opens
 * it, the administrators list and details say `expired`, and a dead link is reported before "another account".
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const DAY = 86_400_000;
const db = () => runtime().db;

async function inviteCamille(): Promise<string> {
  signIn('sam');
  const res = await call('POST', '/api/administrators', {
    userId: PEOPLE.camille.id,
    roles: [{ role: 'deployment' }],
  });
  expect(res.status).toBe(201);
  return res.body.invitation.token as string;
}

describe('an invitation expires on the mock clock', () => {
  it('whether or not anyone opens it: the list, the details and the audit log say so', async () => {
    const token = await inviteCamille();
    runtime().setClockOffset(31 * DAY);
    const details = await call('GET', `/api/administrators/${PEOPLE.camille.id}`);
    expect([details.body.status, details.body.invitationStatus]).toEqual(['expired', 'expired']);
    expect(details.body.invitationExpiresAt).toBe(db().get('invitations', token)!.expiresAt);
    const list = await call('GET', '/api/administrators?pageSize=50');
    const row = (list.body.items as { userId: string; status: string }[]).find(
      (a) => a.userId === PEOPLE.camille.id,
    );
    expect(row?.status).toBe('expired');
    const audit = await call('GET', '/api/audit?event=invitation.expired');
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0].at).toBe(db().get('invitations', token)!.expiresAt);
    expect((await call('GET', `/api/invitations/${token}`)).body.status).toBe('expired');
    // Looking again does not expire it twice.
    expect((await call('GET', '/api/audit?event=invitation.expired')).body.total).toBe(1);
  });

  it('the status filter tells pending from expired', async () => {
    await inviteCamille();
    signIn('sam');
    await call('POST', '/api/administrators', { userId: PEOPLE.sean.id, roles: [{ role: 'deployment' }] });
    runtime().setClockOffset(31 * DAY);
    await call('POST', `/api/administrators/${PEOPLE.sean.id}/resend-invitation`);
    const ids = async (status: string) =>
      ((await call('GET', `/api/administrators?status=${status}`)).body.items as { userId: string }[]).map(
        (a) => a.userId,
      );
    expect(await ids('expired')).toEqual([PEOPLE.camille.id]);
    expect(await ids('pending')).toEqual([PEOPLE.sean.id]);
  });

  it('Resend invitation works for an expired one and makes it pending again', async () => {
    await inviteCamille();
    runtime().setClockOffset(31 * DAY);
    const resent = await call('POST', `/api/administrators/${PEOPLE.camille.id}/resend-invitation`);
    expect([resent.status, resent.body.status, resent.body.invitationStatus]).toEqual([
      200,
      'pending',
      'pending',
    ]);
  });
});

describe('a dead link is reported before "this invitation is for another account"', () => {
  const profileOf = (id: string) => db().get('users', id)!.profiles[0]!.id;

  it.each([
    ['expired', 'invitation-expired'],
    ['used', 'invitation-used'],
    ['voided', 'invitation-voided'],
  ] as const)('%s: Diego is told %s, not wrong-account', async (state, code) => {
    const token = await inviteCamille();
    if (state === 'expired') runtime().setClockOffset(31 * DAY);
    if (state === 'used') {
      signIn('camille');
      expect(
        (await call('POST', `/api/invitations/${token}/accept`, { profileId: profileOf(PEOPLE.camille.id) }))
          .status,
      ).toBe(200);
    }
    if (state === 'voided') {
      signIn('sam');
      expect((await call('POST', `/api/administrators/${PEOPLE.camille.id}/resend-invitation`)).status).toBe(
        200,
      );
    }
    signIn('diego');
    const accept = await call('POST', `/api/invitations/${token}/accept`, {
      profileId: profileOf(PEOPLE.diego.id),
    });
    expect([accept.status, accept.code]).toEqual([409, code]);
    const profile = await call('POST', `/api/invitations/${token}/profile`, {
      firstName: 'D',
      lastName: 'A',
      country: 'ES',
    });
    expect([profile.status, profile.code]).toEqual([409, code]);
  });

  it('a live link for someone else is still 403 wrong-account, and signed out is 401', async () => {
    const token = await inviteCamille();
    signIn('diego');
    expect((await call('POST', `/api/invitations/${token}/accept`, { profileId: 'x' })).code).toBe(
      'wrong-account',
    );
    signIn(null);
    expect((await call('POST', `/api/invitations/${token}/accept`, { profileId: 'x' })).status).toBe(401);
  });
});
