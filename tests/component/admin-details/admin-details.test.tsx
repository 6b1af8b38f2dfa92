import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildAdmin } from '@mocks/factories/build-admin';
import { runtime } from '@mocks/runtime';
import { queryKeys } from '@/api/query-keys';
import { expectFocusedHeading, renderApp, server } from '@tests/utils';

const slow = { timeout: 8000 };

async function grantCamille() {
  const res = await fetch('/api/administrators', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      userId: 'u-camille-martin',
      roles: [{ role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] }],
    }),
  });
  expect(res.status).toBe(201);
}

describe('Admin details', () => {
  it('shows roles with their scopes, status and invitation dates', async () => {
    await renderApp('/users/administrators/u-jonas-weber');
    await expectFocusedHeading({ level: 1, name: 'Jonas Weber' }, slow);
    expect(screen.getByText('Product support administrator')).toBeInTheDocument();
    expect(await screen.findByText('Scope: Marketo Engage - Acme Production')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Accepted')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resend invitation' })).toBeNull();
  });

  it('edits admin rights with the same role picker, prefilled and validated', async () => {
    const { user } = await renderApp('/users/administrators/u-jonas-weber');
    await user.click(await screen.findByRole('button', { name: 'Edit admin rights' }, slow));
    const dialog = await screen.findByRole('dialog', { name: 'Edit admin rights' });
    expect(within(dialog).getByRole('switch', { name: 'Support administrator' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Product support administrator' })).toBeChecked();
    // Switching off Product support leaves Support administrator without an option: Save is disabled.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Product support administrator' }));
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Basic support administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Admin rights of Jonas Weber updated.')).toBeInTheDocument();
    expect(runtime().db.get('admins', 'u-jonas-weber')?.roles).toEqual([
      { role: 'support', basic: true, productSupport: false, instanceIds: [] },
    ]);
    expect([...runtime().db.all('audit')].some((a) => a.event === 'admin.changed')).toBe(true);
  });

  it('offers a reload when the rights changed or the admin was removed elsewhere (409)', async () => {
    const { user } = await renderApp('/users/administrators/u-diego-alvarez');
    await user.click(await screen.findByRole('button', { name: 'Edit admin rights' }, slow));
    const dialog = await screen.findByRole('dialog', { name: 'Edit admin rights' });
    // Another tab removes Diego's rights meanwhile.
    runtime().db.delete('admins', 'u-diego-alvarez');
    await user.click(within(dialog).getByRole('switch', { name: 'System administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/was removed in the meantime/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('This person is not an administrator')).toBeInTheDocument();
  });

  // Issue #18 item 21: the removed admin's details are not read again (that GET answers 404, an error in the console).
  it('removes the admin after confirmation, never the user, and does not read the removed details again', async () => {
    const { user, router } = await renderApp('/users/administrators/u-hana-kobayashi');
    await user.click(await screen.findByRole('button', { name: 'Remove admin' }, slow));
    const confirm = await screen.findByRole('dialog', { name: 'Remove admin' });
    const detailReads: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (
        request.method === 'GET' &&
        new URL(request.url).pathname === '/api/administrators/u-hana-kobayashi'
      )
        detailReads.push(request.url);
    };
    server.events.on('request:start', onRequest);
    try {
      await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
      expect(await screen.findByText('Admin rights removed from Hana Kobayashi.')).toBeInTheDocument();
      await expect.poll(() => router.state.location.pathname).toBe('/users/administrators');
      await screen.findByRole('heading', { level: 1, name: /^Administrators/ }, slow);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
    expect(detailReads).toEqual([]);
    expect(runtime().db.get('admins', 'u-hana-kobayashi')).toBeUndefined();
    expect(runtime().db.get('users', 'u-hana-kobayashi')).toBeDefined();
  });

  // Issue #13 items 3 and 16: nobody removes or edits their own rights (the server answers 403 self-edit), and Sam, the
  // only System administrator, is also told that the org must keep one; both before anyone clicks Remove.
  it('on your own page: no Edit admin rights, and Remove admin refused up front with its reasons', async () => {
    await renderApp('/users/administrators/u-sam-rivera');
    await expectFocusedHeading({ level: 1, name: 'Sam Rivera' }, slow);
    expect(
      screen.getByText('You cannot change your own admin rights. Ask another administrator to change them.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit admin rights' })).not.toBeInTheDocument();
    const remove = screen.getByRole('button', { name: 'Remove admin' });
    expect(remove).toBeDisabled();
    await expect
      .poll(() => remove)
      .toHaveAccessibleDescription(
        'You cannot change your own admin rights. Ask another administrator to change them. Sam Rivera is the only System administrator of Acme Corp, and the organisation must keep one. To remove these rights, make someone else a System administrator first.',
      );
  });

  it('with another active System administrator, your own Remove admin stays refused for being yours alone', async () => {
    runtime().db.put('admins', 'u-diego-alvarez', buildAdmin('u-diego-alvarez', [{ role: 'system' }]));
    const { client } = await renderApp('/users/administrators/u-sam-rivera');
    await expectFocusedHeading({ level: 1, name: 'Sam Rivera' }, slow);
    await expect.poll(() => client.getQueryData(queryKeys.administrators.count('activeSystem'))).toBe(2);
    const remove = screen.getByRole('button', { name: 'Remove admin' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'You cannot change your own admin rights. Ask another administrator to change them.',
    );
    expect(screen.queryByText(/is the only System administrator/)).not.toBeInTheDocument();
  });

  it('resends a pending invitation: a new email, the old link voided', async () => {
    await grantCamille();
    const first = [...runtime().db.all('invitations')][0]!;
    const { user } = await renderApp('/users/administrators/u-camille-martin');
    expect(await screen.findByText('Pending', undefined, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resend invitation' }));
    expect(
      await screen.findByText(/Invitation sent again to camille.martin@acme.example/),
    ).toBeInTheDocument();
    expect(runtime().db.get('invitations', first.token)?.status).toBe('voided');
    expect([...runtime().db.all('emails')]).toHaveLength(2);
  });

  it('says the link expired after 30 days of the mock clock: status Expired, and Resend invitation works', async () => {
    await grantCamille();
    runtime().setClockOffset(31 * 86_400_000);
    const { user } = await renderApp('/users/administrators/u-camille-martin');
    expect(await screen.findByText(/The invitation link has expired/, undefined, slow)).toBeInTheDocument();
    expect(screen.getByText('Expired')).toBeInTheDocument();
    expect(screen.getByText('Link expired')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resend invitation' }));
    expect(await screen.findByText('Pending')).toBeInTheDocument();
    expect(screen.queryByText(/The invitation link has expired/)).toBeNull();
    expect([...runtime().db.all('emails')]).toHaveLength(2);
  });

  it('says when the person is not an administrator, and offers Retry on a server error', async () => {
    await renderApp('/users/administrators/u-camille-martin');
    expect(
      await screen.findByText('This person is not an administrator', undefined, slow),
    ).toBeInTheDocument();
    server.use(
      http.get('/api/administrators/:id', () =>
        HttpResponse.json({ status: 500, title: 'x' }, { status: 500 }),
      ),
    );
    const { user } = await renderApp('/users/administrators/u-jonas-weber');
    const retry = await screen.findByRole('button', { name: 'Retry' }, slow);
    server.resetHandlers();
    await user.click(retry);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' })).toBeInTheDocument();
  });

  it('lets a Product administrator edit only what they may grant', async () => {
    const { user } = await renderApp('/users/administrators/u-sam-rivera', {
      as: 'priya.natarajan@acme.example',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Rivera' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit admin rights' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove admin' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Back to Administrators' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Administrators/ })).toBeInTheDocument();
  });
});
