import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectFocusedHeading, renderApp, server } from '@tests/utils';

// Typing into a whole-app render is slow on a busy 2-core machine: a larger budget for those tests.
const TYPING = { timeout: 40_000 };

const table = () => screen.findByRole('table', { name: 'Users of the organisation' });

describe('Users page', () => {
  it('lists the first page of the directory with Name, Email and ID type', async () => {
    await renderApp('/users');
    await expectFocusedHeading({ level: 1, name: 'Users' });
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(21); // header + 20 users
    const headers = within(rows[0]!)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Email', 'ID type']);
    expect(screen.getByText('1–20 of 2,011')).toBeVisible();
  });

  it('searches on the server and shows name, email and ID type', TYPING, async () => {
    const { user } = await renderApp('/users');
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'camille');
    const row = await screen.findByRole('row', { name: /Camille Martin/ });
    expect(within(row).getByText('camille.martin@acme.example')).toBeVisible();
    expect(within(row).getByText('Enterprise ID')).toBeVisible();
  });

  it('shows Adobe ID for a user outside the claimed domain', async () => {
    await renderApp('/users?q=alex.chen');
    const row = await screen.findByRole('row', { name: /Alex Chen/ });
    expect(within(row).getByText('Adobe ID')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('alex.chen');
  });

  it('pages through the directory on the server', async () => {
    const { user, router } = await renderApp('/users');
    await table();
    const firstName = within(screen.getAllByRole('row')[1]!).getAllByRole('rowheader')[0]!.textContent;
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText('21–40 of 2,011')).toBeVisible();
    expect(router.state.location.search).toBe('?page=2');
    const secondPageFirst = within(screen.getAllByRole('row')[1]!).getAllByRole('rowheader')[0]!.textContent;
    expect(secondPageFirst).not.toBe(firstName);
    await user.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(await screen.findByText('1–20 of 2,011')).toBeVisible();
  });

  it('says when nothing matches the search', TYPING, async () => {
    const { user } = await renderApp('/users');
    await table();
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'qqzzxx{Enter}');
    expect(await screen.findByText('No user matches “qqzzxx”')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await table()).toBeVisible();
  });

  it('renders an HTML payload in a name as text', async () => {
    await renderApp('/users?q=payload.user1337');
    const cell = await screen.findByRole('rowheader', { name: /<img src=x onerror=alert\(1\)>/ });
    expect(cell).toHaveTextContent('<img src=x onerror=alert(1)> <b>Bold</b>');
    expect(cell.querySelector('img, b')).toBeNull();
  });

  it('shows an error with Retry, and keeps the search text', async () => {
    let fail = true;
    server.use(
      http.get('/api/users', () =>
        fail ? HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderApp('/users?q=camille');
    expect(await screen.findByText(/Could not load users\./)).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('camille');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('row', { name: /Camille Martin/ })).toBeVisible();
  });

  it('is in French with ?lang=fr', async () => {
    await renderApp('/users', { lang: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeVisible();
    expect(await screen.findByRole('columnheader', { name: 'Type d’ID' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Rechercher des utilisateurs' })).toBeVisible();
    expect(screen.getByText('1–20 sur 2 011')).toBeVisible();
  });
});
