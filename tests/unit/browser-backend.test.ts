import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isMockRequest, startBackend } from '@mocks/sw/backend';

const at = (path: string, init?: RequestInit) => new Request(new URL(path, location.href), init);

describe('the browser’s mock backend (service worker, or the page where service workers are unavailable)', () => {
  it('answers with the same handlers and keeps its changes in IndexedDB across a restart', async () => {
    const idb = new IDBFactory();
    const first = await startBackend('in-page', idb);
    const state = (await (await first.answer(at('/__mock/state')))!.json()) as { transport: string };
    expect(state.transport).toBe('in-page');
    const switched = await first.answer(
      at('/__mock/settings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ signInAs: 'camille.martin@acme.example' }),
      }),
    );
    expect(switched?.status).toBe(200);
    await first.persist();

    const restarted = await startBackend('service-worker', idb);
    const session = (await (await restarted.answer(at('/api/session')))!.json()) as {
      user: { email: string };
    };
    expect(session.user.email).toBe('camille.martin@acme.example');
  });

  it('leaves requests no handler answers to the network, and only claims the API and the controls', async () => {
    const backend = await startBackend('in-page', new IDBFactory());
    expect(await backend.answer(at('/assets/index.js'))).toBeUndefined();
    const origin = location.origin;
    expect(isMockRequest(new URL('/api/session', origin), origin)).toBe(true);
    expect(isMockRequest(new URL('/__mock/state', origin), origin)).toBe(true);
    expect(isMockRequest(new URL('/apis', origin), origin)).toBe(false);
    expect(isMockRequest(new URL('/users/administrators', origin), origin)).toBe(false);
    expect(isMockRequest(new URL('https://elsewhere.example/api/session'), origin)).toBe(false);
  });
});
