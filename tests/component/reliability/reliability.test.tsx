import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp, server } from '@tests/utils';

describe('slow network', () => {
  it('shows a loading state, then the screen, which stays usable', async () => {
    const { user } = await renderApp('/users/administrators', { scenario: 'slow-network' });
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
    const heading = await screen.findByRole('heading', { level: 1, name: /^Administrators \(7\)$/ }, { timeout: 20_000 });
    expect(heading).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Jonas Weber' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' }, { timeout: 20_000 })).toBeInTheDocument();
  });
});

describe('optimistic removal', () => {
  it('puts the admin back in the list, and says why, when the server refuses', async () => {
    server.use(
      http.delete('/api/administrators/:id', () =>
        HttpResponse.json({ status: 500, title: 'Internal error' }, { status: 500 }),
      ),
    );
    const { user, client } = await renderApp('/users/administrators');
    await user.click(await screen.findByRole('link', { name: 'Hana Kobayashi' }));
    await user.click(await screen.findByRole('button', { name: 'Remove admin' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove admin' })).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The admin rights were not removed. The server could not complete the request (error 500).',
    );
    expect(runtime().db.get('admins', 'u-hana-kobayashi')).toBeDefined();
    // The cached list (not on screen, so not refetched yet) has her back: the optimistic removal was rolled back.
    const cached = client.getQueriesData<{ items: { userId: string }[] }>({ queryKey: ['administrators', 'list'] });
    expect(cached.length).toBeGreaterThan(0);
    for (const [, page] of cached) expect(page?.items.map((a) => a.userId)).toContain('u-hana-kobayashi');
    await user.click(screen.getByRole('link', { name: 'Back to Administrators' }));
    expect(await screen.findByRole('link', { name: 'Hana Kobayashi' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeInTheDocument();
  });
});
