import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setSession } from '@mocks/auth';
import { runtime } from '@mocks/runtime';
import { expectFocusedHeading, PEOPLE, renderApp } from '@tests/utils';
import { basicSupport, grantAsSam, post } from './helpers';

const DAY = 86_400_000;
const auditCount = (event: string) => [...runtime().db.all('audit')].filter((a) => a.event === event).length;

describe('Invitation links that cannot be used', () => {
  it('an expired link (31 days later) says so; accepting it is a 409 audited once', async () => {
    const token = await grantAsSam({ userId: PEOPLE.alex.id, roles: basicSupport });
    runtime().setClockOffset(31 * DAY);
    setSession(PEOPLE.alex.id);
    const first = await post(`/api/invitations/${token}/accept`, { profileId: 'p-alex-acme' });
    const second = await post(`/api/invitations/${token}/accept`, { profileId: 'p-alex-acme' });
    expect([first.status, first.body.code]).toEqual([409, 'invitation-expired']);
    expect(second.body.code).toBe('invitation-expired');
    expect(auditCount('invitation.expired')).toBe(1);
    expect(runtime().db.get('admins', PEOPLE.alex.id)?.status).toBe('pending');

    await renderApp(`/invitations/${token}`, { as: PEOPLE.alex.email });
    await expectFocusedHeading({ name: 'This invitation has expired' });
    expect(screen.getByText(/Ask your administrator to resend the invitation/)).toBeVisible();
  });

  it('an expired link shows the expired page even before anyone tried it', async () => {
    const token = await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    runtime().setClockOffset(31 * DAY);
    await renderApp(`/invitations/${token}`, { as: null });
    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeVisible();
  });

  it('a dead link says so first, before "this invitation is for another account" (issue #13 item 15)', async () => {
    const token = await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    runtime().setClockOffset(31 * DAY);
    await renderApp(`/invitations/${token}`, { as: PEOPLE.diego.email });
    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeVisible();
    expect(screen.queryByText(/You are signed in as/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Switch account' })).toBeNull();
  });

  it('a used link says it was already used; a second acceptance is a 409 invitation-used', async () => {
    const token = await grantAsSam({ userId: PEOPLE.alex.id, roles: basicSupport });
    setSession(PEOPLE.alex.id);
    expect((await post(`/api/invitations/${token}/accept`, { profileId: 'p-alex-acme' })).status).toBe(200);
    const again = await post(`/api/invitations/${token}/accept`, { profileId: 'p-alex-acme' });
    expect([again.status, again.body.code]).toEqual([409, 'invitation-used']);

    await renderApp(`/invitations/${token}`, { as: PEOPLE.alex.email });
    expect(await screen.findByRole('heading', { name: 'This invitation was already used' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the Admin Console' })).toBeVisible();
  });

  it('a link replaced by a newer invitation is void', async () => {
    const old = await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    await grantAsSam({ userId: PEOPLE.camille.id, roles: [{ role: 'deployment' }] });
    setSession(PEOPLE.camille.id);
    expect((await post(`/api/invitations/${old}/accept`, { profileId: 'x' })).body.code).toBe(
      'invitation-voided',
    );
    await renderApp(`/invitations/${old}`, { as: PEOPLE.camille.email });
    expect(
      await screen.findByRole('heading', { name: 'This invitation link no longer works' }),
    ).toBeVisible();
  });

  it.each(['0123456789abcdef0123456789abcdef0123', 'not-a-token'])(
    'an unknown link (%s) is not valid',
    async (token) => {
      expect((await fetch(`/api/invitations/${token}`)).status).toBe(404);
      await renderApp(`/invitations/${token}`, { as: null });
      expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
      expect(screen.getByRole('link', { name: 'Open the demo mailbox' })).toBeVisible();
    },
  );

  it('speaks French', async () => {
    const token = await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    await renderApp(`/invitations/${token}`, { as: null, lang: 'fr' });
    expect(await screen.findByRole('button', { name: 'Commencer' })).toBeVisible();
    expect(screen.getByText('Administrateur d’assistance de base')).toBeVisible();
  });
});
