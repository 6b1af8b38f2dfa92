import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { renderApp, server } from '@tests/utils';
import { call, signIn } from '@tests/utils/api';
import { resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

const invitationsTo = (email: string) =>
  [...runtime().db.all('emails')].filter((e) => e.to === email && e.kind === 'admin-invitation').length;

async function invite(userId: string, roles: unknown[]) {
  signIn('sam');
  expect((await call('POST', '/api/administrators', { userId, roles })).status).toBe(201);
}

describe('Resend invitations (#15 part 5)', () => {
  it('resends to each selected pending person once; a retry after a failure resends only to the one who missed it', async () => {
    await invite(PEOPLE.camille.id, [{ role: 'deployment' }]);
    await invite(PEOPLE.elodie.id, [{ role: 'deployment' }]);
    const { user } = await renderApp('/users/administrators');
    await waitForTable('Camille Martin');
    // Only pending rows make it appear.
    await user.click(screen.getByRole('checkbox', { name: 'Select Jonas Weber' }));
    expect(screen.queryByRole('button', { name: 'Resend invitations' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Select Camille Martin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Élodie Dubois' }));

    // Élodie's request fails on the network the first time.
    let failed = false;
    server.use(
      http.post('/api/administrators/:userId/resend-invitation', ({ params }) => {
        if (params.userId !== PEOPLE.elodie.id || failed) return undefined;
        failed = true;
        return HttpResponse.error();
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Resend invitations' }));
    expect(
      await screen.findByText(
        /Invitation resent to 1 person\. The invitation was not resent to Élodie Dubois/,
      ),
    ).toBeInTheDocument();
    expect([invitationsTo(PEOPLE.camille.email), invitationsTo(PEOPLE.elodie.email)]).toEqual([2, 1]);

    await user.click(screen.getByRole('button', { name: 'Resend invitations' }));
    expect(await screen.findByText('Invitations resent to 2 people.')).toBeInTheDocument();
    // Camille's second request was a replay: still two invitations for her, Élodie has her new one.
    expect([invitationsTo(PEOPLE.camille.email), invitationsTo(PEOPLE.elodie.email)]).toEqual([2, 2]);
    expect(screen.getByRole('checkbox', { name: 'Select Camille Martin' })).not.toBeChecked();
  });

  it('Priya may not resend or remove Sam’s System invitation: its row has no checkbox (issue #18 item 15)', async () => {
    // The server refuses it too (tests/unit/admin-rights-handlers.test.ts, resend checks scope).
    await invite(PEOPLE.camille.id, [{ role: 'system' }]);
    await renderApp('/users/administrators', { as: PEOPLE.priya.email });
    await waitForTable('Camille Martin');
    expect(screen.queryByRole('checkbox', { name: 'Select Camille Martin' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Select Sam Rivera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resend invitations' })).toBeNull();
  });

  it('Priya (Product administrator: Analytics, Target) gets checkboxes only on rows she may remove', async () => {
    await renderApp('/users/administrators', { as: PEOPLE.priya.email });
    await waitForTable();
    // Hana's user group and Lucas's Target profile are hers to grant; her own row stays selectable so that the list
    // can say why she may not remove herself.
    await expect
      .poll(() =>
        screen
          .queryAllByRole('checkbox', { name: /^Select (?!all)/ })
          .map((c) => c.getAttribute('aria-label')),
      )
      .toEqual(['Select Hana Kobayashi', 'Select Lucas Moreau', 'Select Priya Natarajan']);
    expect(screen.getByRole('button', { name: 'Remove admins' })).toBeInTheDocument();
  });
});
