import { describe, expect, it } from 'vitest';
import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { findUserByEmail } from '@mocks/services/users';
import { basicSupport, grantAsSam, post } from '../component/invitations/helpers';

describe('invitation handlers', () => {
  it('GET returns the public view with rights by name and the effective status', async () => {
    const token = await grantAsSam({
      userId: PEOPLE.camille.id,
      roles: [{ role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-emea-prod'] }],
    });
    setSession(null);
    const res = await fetch(`/api/invitations/${token}`);
    expect(res.status).toBe(200);
    const view = (await res.json()) as {
      email: string;
      orgName: string;
      status: string;
      rights: { scopeNames: string[] }[];
    };
    expect(view).toMatchObject({ email: PEOPLE.camille.email, orgName: 'Acme Corp', status: 'pending' });
    expect(view.rights[0]?.scopeNames).toEqual(['Marketo Engage - Acme EMEA Production']);
    runtime().setClockOffset(31 * 86_400_000);
    expect(((await (await fetch(`/api/invitations/${token}`)).json()) as { status: string }).status).toBe(
      'expired',
    );
  });

  it('profile set-up validates, creates the business profile once, and refuses a second one', async () => {
    const token = await grantAsSam({ newUser: { email: 'fresh@partner.example' }, roles: basicSupport });
    const person = findUserByEmail('fresh@partner.example')!;
    expect(person.profiles).toEqual([]);
    setSession(person.id);
    const bad = await post(`/api/invitations/${token}/profile`, {
      firstName: ' ',
      lastName: 'X',
      country: '',
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors?: Record<string, string[]> }).errors).toMatchObject({
      firstName: ['validation.nameRequired'],
      country: ['validation.countryRequired'],
    });
    expect(
      (await post(`/api/invitations/${token}/profile`, { firstName: 'Fay', lastName: 'Ng', country: 'SG' }))
        .status,
    ).toBe(201);
    expect(findUserByEmail('fresh@partner.example')?.name).toBe('Fay Ng');
    const again = await post(`/api/invitations/${token}/profile`, {
      firstName: 'Fay',
      lastName: 'Ng',
      country: 'SG',
    });
    expect([again.status, again.body.code]).toEqual([409, 'profile-exists']);
  });

  it('acceptance refuses a profile that is not the invitee’s, and replays a retried request with the same key', async () => {
    const token = await grantAsSam({ userId: PEOPLE.alex.id, roles: basicSupport });
    setSession(PEOPLE.alex.id);
    const foreign = await post(`/api/invitations/${token}/accept`, { profileId: 'p-u-sam-rivera' });
    expect([foreign.status, foreign.body.code]).toEqual([422, 'unknown-profile']);
    const personal = await post(`/api/invitations/${token}/accept`, { profileId: 'p-alex-personal' });
    expect([personal.status, personal.body.code]).toEqual([422, 'personal-profile']);

    const send = () =>
      fetch(`/api/invitations/${token}/accept`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
        body: JSON.stringify({ profileId: 'p-alex-acme' }),
      });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const accepted = [...runtime().db.all('audit')].filter((a) => a.event === 'invitation.accepted');
    expect(accepted).toHaveLength(1);
    expect(runtime().db.get('admins', PEOPLE.alex.id)).toMatchObject({ status: 'active' });
  });
});
