import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp, server } from '@tests/utils';

const realSetTimeout = globalThis.setTimeout;

describe('slow network', () => {
  // The scenario's 1.5–3 s per request pass on a fake clock (setTimeout only; it also moves with real time): the test
  // checks what the user sees while waiting, not how long the wait is (tests/unit/scenarios.test.ts checks the delays).
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs the fake clock at ten times real speed until `find` returns something (20 s of real time at most). */
  async function advanceUntil<T>(find: () => T | null): Promise<T> {
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const found = find();
      if (found) return found;
      await vi.advanceTimersByTimeAsync(100);
      // Real time too: the screen's code is imported (and, the first time, transformed) at real speed.
      await new Promise((resolve) => realSetTimeout(resolve, 10));
    }
    throw new Error('still not on screen after 20 s');
  }

  it('shows a loading state, then the screen, which stays usable', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { user } = await renderApp('/users/administrators', { scenario: 'slow-network' });
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
    const heading = await advanceUntil(() =>
      screen.queryByRole('heading', { level: 1, name: /^Administrators \(7\)$/ }),
    );
    expect(heading).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Jonas Weber' }));
    expect(
      await advanceUntil(() => screen.queryByRole('heading', { level: 1, name: 'Jonas Weber' })),
    ).toBeInTheDocument();
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
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove admin' })).getByRole('button', {
        name: 'Remove',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The admin rights were not removed. The server could not complete the request (error 500).',
    );
    expect(runtime().db.get('admins', 'u-hana-kobayashi')).toBeDefined();
    // The cached list (not on screen, so not refetched yet) has her back: the optimistic removal was rolled back.
    const cached = client.getQueriesData<{ items: { userId: string }[] }>({
      queryKey: ['administrators', 'list'],
    });
    expect(cached.length).toBeGreaterThan(0);
    for (const [, page] of cached) expect(page?.items.map((a) => a.userId)).toContain('u-hana-kobayashi');
    await user.click(screen.getByRole('link', { name: 'Back to Administrators' }));
    expect(await screen.findByRole('link', { name: 'Hana Kobayashi' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeInTheDocument();
  });
});
