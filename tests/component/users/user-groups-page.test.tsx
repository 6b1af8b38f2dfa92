import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectFocusedHeading, renderApp, server } from '@tests/utils';

describe('User groups page', () => {
  it('lists the groups with their member counts', async () => {
    await renderApp('/users/user-groups');
    await expectFocusedHeading({ level: 1, name: 'User groups' });
    const table = await screen.findByRole('table', { name: 'User groups of the organisation' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(names).toEqual(['Contractors', 'EMEA Marketing', 'Web Analysts']);
    const row = within(table).getByRole('row', { name: /EMEA Marketing/ });
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/^\d[\d,]*$/);
  });

  it('shows an empty state', async () => {
    server.use(http.get('/api/user-groups', () => HttpResponse.json([])));
    await renderApp('/users/user-groups');
    expect(await screen.findByText('No user groups yet')).toBeVisible();
  });

  it('shows an error with Retry', async () => {
    let fail = true;
    server.use(
      http.get('/api/user-groups', () =>
        fail ? HttpResponse.json({ title: 'Boom', status: 503 }, { status: 503 }) : undefined,
      ),
    );
    const { user } = await renderApp('/users/user-groups');
    expect(await screen.findByText(/Could not load user groups\./)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: 'Web Analysts' })).toBeVisible();
  });

  it('is in French', async () => {
    await renderApp('/users/user-groups', { lang: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Groupes d’utilisateurs' })).toBeVisible();
    expect(await screen.findByRole('columnheader', { name: 'Membres' })).toBeVisible();
  });
});
