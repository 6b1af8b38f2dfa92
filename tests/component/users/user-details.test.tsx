import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectFocusedHeading, renderApp } from '@tests/utils';

const slow = { timeout: 20_000 };

describe('A person of the directory (issue #18 item 20)', () => {
  it('a Users row opens the person; Make admin opens Add admin with them chosen', async () => {
    const { user, router } = await renderApp('/users?q=camille');
    const row = await screen.findByRole('row', { name: /Camille Martin/ }, slow);
    expect(within(row).getByRole('link', { name: 'Camille Martin' })).toHaveAttribute(
      'href',
      '/users/all/u-camille-martin',
    );
    // Anywhere on the row, not only its link.
    await user.click(within(row).getByText('camille.martin@acme.example'));
    await expectFocusedHeading({ level: 1, name: 'Camille Martin' }, slow);
    expect(router.state.location.pathname).toBe('/users/all/u-camille-martin');
    expect(screen.getByText('Enterprise ID')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Users area' });
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByRole('button', { name: 'Make admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add admin' }, slow);
    expect(within(dialog).getByRole('combobox', { name: 'Email or username' })).toHaveValue('Camille Martin');
    expect(within(dialog).getByText('camille.martin@acme.example · Enterprise ID')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeEnabled();
    // The link did its work: it leaves the URL, so a reload does not open the wizard again.
    await expect.poll(() => router.state.location.search).toBe('');
    expect(router.state.location.pathname).toBe('/users/administrators');
  });

  it('offers no Make admin to an admin who may not add admins, and says when the person does not exist', async () => {
    const { router } = await renderApp('/users/all/u-camille-martin', { as: 'diego.alvarez@acme.example' });
    await expectFocusedHeading({ level: 1, name: 'Camille Martin' }, slow);
    expect(screen.queryByRole('button', { name: 'Make admin' })).not.toBeInTheDocument();
    await router.navigate('/users/all/u-nobody');
    await expectFocusedHeading({ level: 1, name: 'This user does not exist' }, slow);
    expect(screen.getByRole('link', { name: 'Back to Users' })).toHaveAttribute('href', '/users');
  });
});
