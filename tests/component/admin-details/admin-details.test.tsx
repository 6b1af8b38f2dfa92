import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
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

  it('removes the admin after confirmation, never the user', async () => {
    const { user, router } = await renderApp('/users/administrators/u-hana-kobayashi');
    await user.click(await screen.findByRole('button', { name: 'Remove admin' }, slow));
    const confirm = await screen.findByRole('dialog', { name: 'Remove admin' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Admin rights removed from Hana Kobayashi.')).toBeInTheDocument();
    await expect.poll(() => router.state.location.pathname).toBe('/users/administrators');
    expect(runtime().db.get('admins', 'u-hana-kobayashi')).toBeUndefined();
    expect(runtime().db.get('users', 'u-hana-kobayashi')).toBeDefined();
  });

  // Issue #13 item 3: nobody removes their own rights (self-edit), which the server answers before the
  // last-System-administrator rule; Sam, the only System administrator, is refused with that reason.
  it('refuses to remove your own admin rights with a clear message', async () => {
    const { user } = await renderApp('/users/administrators/u-sam-rivera');
    await user.click(await screen.findByRole('button', { name: 'Remove admin' }, slow));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove admin' })).getByRole('button', {
        name: 'Remove',
      }),
    );
    expect(await screen.findByText(/Ask another administrator to change your rights/)).toBeInTheDocument();
    expect(runtime().db.get('admins', 'u-sam-rivera')).toBeDefined();
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
