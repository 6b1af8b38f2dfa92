import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';
import { resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

const rowOf = async (name: string) =>
  (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;

/** `Remove admins` once a row is selected: its code comes with the first selection, the button then enabled. */
async function enabledRemoveAdmins(): Promise<HTMLElement> {
  await expect.poll(() => screen.getByRole('button', { name: 'Remove admins' })).toBeEnabled();
  return screen.getByRole('button', { name: 'Remove admins' });
}

describe('Administrators page', () => {
  it('lists the seed admins with short role labels and statuses, and counts them', async () => {
    await renderApp('/users/administrators');
    await waitForTable();
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Administrators \(\d+\)$/ }),
    ).toBeInTheDocument();
    const jonas = await rowOf('Jonas Weber');
    expect(within(jonas).getByText('jonas.weber@acme.example')).toBeInTheDocument();
    expect(within(jonas).getByText('Product support')).toBeInTheDocument();
    expect(within(jonas).getByText('Enterprise ID')).toBeInTheDocument();
    expect(within(await rowOf('Amara Okafor')).getByText('Basic support')).toBeInTheDocument();
    expect(within(await rowOf('Sam Rivera')).getByText('System')).toBeInTheDocument();
    expect(within(await rowOf('Priya Natarajan')).getByText('Product')).toBeInTheDocument();
    expect(within(await rowOf('Lucas Moreau')).getByText('Product profile')).toBeInTheDocument();
    expect(within(await rowOf('Hana Kobayashi')).getByText('User group')).toBeInTheDocument();
    expect(within(await rowOf('Diego Alvarez')).getByText('Deployment')).toBeInTheDocument();
    expect(within(await rowOf('Sam Rivera')).getByText('Active')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sam Rivera' })).toHaveAttribute(
      'href',
      '/users/administrators/u-sam-rivera',
    );
    expect(screen.getByRole('button', { name: 'Remove admins' })).toBeDisabled();
  });

  it('searches on the server', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search administrators' }), 'okafor');
    await screen.findByText('amara.okafor@acme.example');
    await expect.poll(() => screen.queryByRole('link', { name: 'Sam Rivera' })).toBeNull();
    expect(screen.getAllByRole('link', { name: /Okafor/ })).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: 'Search administrators' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search administrators' }), 'zzzz-nobody');
    expect(await screen.findByText('No administrator matches “zzzz-nobody”')).toBeInTheDocument();
  });

  it('filters by Role and Status, kept in the address', async () => {
    const { user, router } = await renderApp('/users/administrators?role=support');
    await screen.findByRole('link', { name: 'Jonas Weber' }, { timeout: 20_000 });
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('support');
    expect(screen.getAllByRole('link', { name: /^(Amara Okafor|Jonas Weber)$/ })).toHaveLength(2);
    expect(screen.queryByRole('link', { name: 'Sam Rivera' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pending');
    await expect.poll(() => router.state.location.search).toBe('?role=support&status=pending');
    expect(await screen.findByText('No administrator matches these filters')).toBeInTheDocument();
    // The heading still counts every admin.
    expect(screen.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeInTheDocument();
  });

  it('sorts by a column header, and finds admins by their role’s name (issue #18 item 20)', async () => {
    const { user, router } = await renderApp('/users/administrators');
    await waitForTable();
    await user.click(screen.getByRole('button', { name: 'Status' }));
    await expect.poll(() => router.state.location.search).toBe('?sort=status');
    await user.click(screen.getByRole('button', { name: 'Status' }));
    await expect.poll(() => router.state.location.search).toBe('?sort=status&order=desc');
    expect(screen.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    await expect.poll(() => router.state.location.search).toBe('');
    await user.type(screen.getByRole('searchbox', { name: 'Search administrators' }), 'Product support');
    await expect
      .poll(() => screen.queryAllByRole('link', { name: /^[A-Z][a-z]+ [A-Z]/ }).map((l) => l.textContent))
      .toEqual(['Jonas Weber']);
  });

  it('a plain admin never sees Add admin or Remove admins', async () => {
    await renderApp('/users/administrators', { as: 'diego.alvarez@acme.example' });
    await waitForTable();
    expect(screen.queryByRole('button', { name: 'Add admin' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove admins' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add admins from CSV' })).toBeNull();
  });

  it('removes selected admins after confirmation; they keep their user account', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    await user.click(screen.getByRole('checkbox', { name: 'Select Diego Alvarez' }));
    await user.click(await enabledRemoveAdmins());
    const dialog = await screen.findByRole('dialog', { name: 'Remove admins' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Admin rights removed from 1 person.')).toBeInTheDocument();
    await expect.poll(() => screen.queryByRole('link', { name: 'Diego Alvarez' })).toBeNull();
  });

  // Issue #13 item 3: removing your own rights is refused (self-edit), said before anyone clicks Remove.
  it('refuses up front to remove a selection that holds yourself', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    await user.click(screen.getByRole('checkbox', { name: 'Select Diego Alvarez' }));
    const remove = await enabledRemoveAdmins();
    await user.click(screen.getByRole('checkbox', { name: 'Select Sam Rivera' }));
    await expect.poll(() => remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'You are among the selected people, and nobody can remove their own admin rights. Unselect yourself, or ask another administrator.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Select Sam Rivera' }));
    expect(remove).toBeEnabled();
  });

  it('shows an invitation expired on the mock clock as Expired (in French: Expiré)', async () => {
    const res = await fetch('/api/administrators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-camille-martin', roles: [{ role: 'deployment' }] }),
    });
    expect(res.status).toBe(201);
    runtime().setClockOffset(31 * 86_400_000);
    await renderApp('/users/administrators', { lang: 'fr' });
    await waitForTable();
    expect(within(await rowOf('Camille Martin')).getByText('Expiré')).toBeInTheDocument();
    expect(within(await rowOf('Sam Rivera')).getByText('Actif')).toBeInTheDocument();
  });

  it('shows an error with Retry when the list fails, then recovers', async () => {
    const { server } = await import('@tests/utils');
    const { http, HttpResponse } = await import('msw');
    let fail = true;
    server.use(
      http.get('/api/administrators', () =>
        fail ? HttpResponse.json({ status: 500, title: 'boom' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderApp('/users/administrators');
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 5000 });
    expect(screen.getByText(/Could not load administrators/)).toBeInTheDocument();
    fail = false;
    await user.click(retry);
    expect(await screen.findByRole('link', { name: 'Sam Rivera' })).toBeInTheDocument();
  });
});
