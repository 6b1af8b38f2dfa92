import { screen } from '@testing-library/react';
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

  it('is in French', async () => {
    await renderApp('/overview', { lang: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeVisible();
    expect(await screen.findByText('2 011')).toBeVisible();
    expect(screen.getByText('Invitations en attente')).toBeVisible();
  });
});
