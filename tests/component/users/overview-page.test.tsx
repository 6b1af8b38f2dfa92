import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectFocusedHeading, renderApp, server } from '@tests/utils';

/** The figure shown for `label` in the summary (a definition list). */
function figure(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('Overview page', () => {
  it('summarises the organisation from the APIs', async () => {
    await renderApp('/overview');
    await expectFocusedHeading({ level: 1, name: 'Overview' });
    await screen.findByText('Manage users');
    expect(figure('Organisation')).toBe('Acme Corp');
    expect(figure('Claimed domains')).toBe('acme.example');
    expect(figure('Users')).toBe('2,011');
    expect(figure('Administrators')).toBe('7');
    expect(figure('Pending invitations')).toBe('0');
    expect(figure('Products')).toBe('9');
    expect(screen.getByRole('link', { name: 'Manage administrators' })).toHaveAttribute(
      'href',
      '/users/administrators',
    );
  });

  it('shows an error with Retry when a figure cannot be loaded', async () => {
    let fail = true;
    server.use(http.get('/api/administrators', () => (fail ? HttpResponse.error() : undefined)));
    const { user } = await renderApp('/overview');
    expect(await screen.findByText(/Could not load the organisation summary\./)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Manage users')).toBeVisible();
  });

  it('counts the new admin and the pending invitation after a grant made in the wizard', async () => {
    const { user } = await renderApp('/overview');
    await screen.findByText('Manage users');
    expect(figure('Administrators')).toBe('7');
    expect(figure('Pending invitations')).toBe('0');
    await user.click(screen.getByRole('link', { name: 'Manage administrators' }));
    await user.click(await screen.findByRole('button', { name: 'Add admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add admin' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('camille');
    await user.click(await screen.findByRole('option', { name: /Camille Martin/ }, { timeout: 5000 }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Deployment administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Invitation sent to camille.martin@acme.example');
    // The page behind the dialog is aria-hidden until the dialog's exit transition ends.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await screen.findByText('Manage users');
    await expect.poll(() => figure('Administrators')).toBe('8');
    expect(figure('Pending invitations')).toBe('1');
  });

  it('is in French', async () => {
    await renderApp('/overview', { lang: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeVisible();
    expect(await screen.findByText('2 011')).toBeVisible();
    expect(screen.getByText('Invitations en attente')).toBeVisible();
  });
});
