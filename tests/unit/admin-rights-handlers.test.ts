/**
 * Who may change whose rights (issue #13 items 2, 3 and 4): scope changes checked per target, nobody edits their
 * own rights, resend needs the right to grant the invitation, bulk remove is all or nothing, every grant emails.
 */
import { describe, expect, it } from 'vitest';
import { isInvitationEmail } from '@/api/schemas/invitations';
import type { RoleGrant } from '@/api/schemas/roles';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const db = () => runtime().db;
const DAY = 86_400_000;
const hanaGroup: RoleGrant = { role: 'userGroup', groupIds: ['grp-emea-marketing'] };

/** Sam sets someone's roles (PUT); returns the new version. */
async function samSets(userId: string, roles: RoleGrant[]): Promise<number> {
  signIn('sam');
  const version = db().get('admins', userId)!.version;
  const res = await call('PUT', `/api/administrators/${userId}`, { roles, version });
  expect(res.status).toBe(200);
  return res.body.version as number;
}

const put = (userId: string, roles: RoleGrant[]) =>
  call('PUT', `/api/administrators/${userId}`, { roles, version: db().get('admins', userId)!.version });

describe('PUT /api/administrators/:id checks every added or removed target', () => {
  it('Priya may not drop Marketo Engage from Hana’s product scope, but may add or drop her own products', async () => {
    await samSets(PEOPLE.hana.id, [hanaGroup, { role: 'product', productIds: ['marketo', 'analytics'] }]);
    signIn('priya');
    const narrowed = await put(PEOPLE.hana.id, [hanaGroup, { role: 'product', productIds: ['analytics'] }]);
    expect([narrowed.status, narrowed.code]).toEqual([403, 'forbidden-scope']);
    expect(db().get('admins', PEOPLE.hana.id)!.roles[1]).toEqual({
      role: 'product',
      productIds: ['marketo', 'analytics'],
    });
    const widened = await put(PEOPLE.hana.id, [
      hanaGroup,
      { role: 'product', productIds: ['marketo', 'analytics', 'target'] },
    ]);
    expect(widened.status).toBe(200);
    const dropped = await put(PEOPLE.hana.id, [hanaGroup, { role: 'product', productIds: ['marketo'] }]);
    expect(dropped.status).toBe(200);
    // Dropping the whole role takes Marketo Engage away too.
    expect((await put(PEOPLE.hana.id, [hanaGroup])).code).toBe('forbidden-scope');
  });

  it('Priya may not drop a Campaign profile from Lucas’s scope', async () => {
    await samSets(PEOPLE.lucas.id, [{ role: 'productProfile', profileIds: ['target-1', 'campaign-0'] }]);
    signIn('priya');
    const res = await put(PEOPLE.lucas.id, [{ role: 'productProfile', profileIds: ['target-1'] }]);
    expect([res.status, res.code]).toEqual([403, 'forbidden-scope']);
    const own = await put(PEOPLE.lucas.id, [{ role: 'productProfile', profileIds: ['campaign-0'] }]);
    expect(own.status).toBe(200);
  });

  it('a role without targets counts as one target: Priya may not remove Deployment, and may keep it', async () => {
    await samSets(PEOPLE.diego.id, [{ role: 'deployment' }, { role: 'product', productIds: ['target'] }]);
    signIn('priya');
    expect((await put(PEOPLE.diego.id, [{ role: 'product', productIds: ['target'] }])).code).toBe(
      'forbidden-role',
    );
    const keep = await put(PEOPLE.diego.id, [
      { role: 'deployment' },
      { role: 'product', productIds: ['target', 'analytics'] },
    ]);
    expect(keep.status).toBe(200);
  });
});

describe('nobody changes their own rights', () => {
  const title = 'Ask another administrator to change your rights';

  it.each([
    ['PUT', `/api/administrators/${PEOPLE.sam.id}`, { roles: [{ role: 'deployment' }], version: 1 }],
    ['DELETE', `/api/administrators/${PEOPLE.sam.id}`, undefined],
    ['POST', '/api/administrators/remove', { userIds: [PEOPLE.hana.id, PEOPLE.sam.id] }],
    ['POST', '/api/administrators', { userId: PEOPLE.sam.id, roles: [{ role: 'deployment' }] }],
    [
      'POST',
      '/api/administrators',
      { newUser: { email: 'SAM.rivera@acme.example' }, roles: [{ role: 'deployment' }] },
    ],
    ['POST', `/api/administrators/${PEOPLE.sam.id}/resend-invitation`, undefined],
  ] as const)('%s %s as Sam → 403 self-edit', async (method, path, body) => {
    signIn('sam');
    const res = await call(method, path, body);
    expect([res.status, res.code, res.body.title]).toEqual([403, 'self-edit', title]);
    expect(db().get('admins', PEOPLE.sam.id)!.roles).toEqual([{ role: 'system' }]);
    expect(db().get('admins', PEOPLE.hana.id)).toBeDefined();
    expect(db().count('emails')).toBe(0);
  });

  it('Priya cannot widen her own scope either', async () => {
    signIn('priya');
    const res = await put(PEOPLE.priya.id, [
      { role: 'product', productIds: ['analytics', 'target', 'marketo'] },
    ]);
    expect([res.status, res.code]).toEqual([403, 'self-edit']);
  });
});

describe('POST /api/administrators/:id/resend-invitation needs the right to grant the invitation', () => {
  it('Priya cannot resend Sam’s System grant to Camille, fresh or expired; Sam can', async () => {
    signIn('sam');
    expect(
      (await call('POST', '/api/administrators', { userId: PEOPLE.camille.id, roles: [{ role: 'system' }] }))
        .status,
    ).toBe(201);
    signIn('priya');
    const path = `/api/administrators/${PEOPLE.camille.id}/resend-invitation`;
    expect((await call('POST', path)).code).toBe('forbidden-role');
    runtime().setClockOffset(31 * DAY);
    expect((await call('POST', path)).code).toBe('forbidden-role');
    expect(db().count('emails')).toBe(1);
    signIn('sam');
    const resent = await call('POST', path);
    expect(resent.status).toBe(200);
    expect(resent.body.status).toBe('pending');
    expect(db().count('emails')).toBe(2);
  });

  it('Priya may resend an invitation whose every role she may grant', async () => {
    signIn('priya');
    const granted = await call('POST', '/api/administrators', {
      userId: PEOPLE.camille.id,
      roles: [{ role: 'product', productIds: ['analytics'] }],
    });
    expect(granted.status).toBe(201);
    expect((await call('POST', `/api/administrators/${PEOPLE.camille.id}/resend-invitation`)).status).toBe(
      200,
    );
  });
});

describe('POST /api/administrators/remove is all or nothing', () => {
  it('Priya’s [lucas, jonas] is 403 and removes nobody', async () => {
    signIn('priya');
    const res = await call('POST', '/api/administrators/remove', {
      userIds: [PEOPLE.lucas.id, PEOPLE.jonas.id],
    });
    expect([res.status, res.code]).toEqual([403, 'forbidden-role']);
    expect(db().get('admins', PEOPLE.lucas.id)).toBeDefined();
    expect(db().get('admins', PEOPLE.jonas.id)).toBeDefined();
  });

  it('[hana, hana] removes Hana once (200, removed 1)', async () => {
    signIn('sam');
    const res = await call('POST', '/api/administrators/remove', {
      userIds: [PEOPLE.hana.id, PEOPLE.hana.id],
    });
    expect([res.status, res.body]).toEqual([200, { removed: 1 }]);
    expect(db().get('admins', PEOPLE.hana.id)).toBeUndefined();
    expect([...db().all('audit')].filter((e) => e.event === 'admin.removed')).toHaveLength(1);
  });

  it('[hana, someone who is not an admin] is 404 and Hana stays', async () => {
    signIn('sam');
    const res = await call('POST', '/api/administrators/remove', {
      userIds: [PEOPLE.hana.id, PEOPLE.sean.id],
    });
    expect(res.status).toBe(404);
    expect(db().get('admins', PEOPLE.hana.id)).toBeDefined();
  });

  it('a caller who may not remove System administrators gets 403, not the last-admin answer', async () => {
    signIn('priya');
    const bulk = await call('POST', '/api/administrators/remove', { userIds: [PEOPLE.sam.id] });
    expect([bulk.status, bulk.code]).toEqual([403, 'forbidden-role']);
    const one = await call('DELETE', `/api/administrators/${PEOPLE.sam.id}`);
    expect([one.status, one.code]).toEqual([403, 'forbidden-role']);
  });
});

describe('every grant sends its email, Edit admin rights included', () => {
  it('a role added to an active admin through PUT emails the rights they now have', async () => {
    await samSets(PEOPLE.diego.id, [{ role: 'deployment' }, { role: 'product', productIds: ['target'] }]);
    const mails = [...db().all('emails')]
      .filter(isInvitationEmail)
      .filter((m) => m.to === PEOPLE.diego.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.rights.map((r) => r.role.role)).toEqual(['deployment', 'product']);
    expect(db().get('admins', PEOPLE.diego.id)!.status).toBe('active');
    // Taking a role away from an active admin grants nothing: no email.
    await samSets(PEOPLE.diego.id, [{ role: 'deployment' }]);
    expect([...db().all('emails')].filter((m) => m.to === PEOPLE.diego.email)).toHaveLength(1);
  });

  it('editing a pending admin voids the old link and sends a new one with the rights after the edit', async () => {
    signIn('sam');
    const granted = await call('POST', '/api/administrators', {
      userId: PEOPLE.camille.id,
      roles: [{ role: 'product', productIds: ['analytics'] }],
    });
    const oldToken = granted.body.invitation.token as string;
    await samSets(PEOPLE.camille.id, [{ role: 'product', productIds: ['target'] }]);
    const old = await call('GET', `/api/invitations/${oldToken}`);
    expect(old.body.status).toBe('voided');
    const newToken = db().get('admins', PEOPLE.camille.id)!.invitationToken!;
    expect(newToken).not.toBe(oldToken);
    const view = await call('GET', `/api/invitations/${newToken}`);
    expect(view.body.status).toBe('pending');
    expect(view.body.roles).toEqual([{ role: 'product', productIds: ['target'] }]);
    const mails = [...db().all('emails')]
      .filter(isInvitationEmail)
      .filter((m) => m.to === PEOPLE.camille.email);
    expect(mails.map((m) => m.invitationToken)).toEqual([oldToken, newToken]);
  });
});
