/**
 * The mock backend as a service worker: the MSW handlers answer the app's `/api` and `/__mock` requests from the
 * worker's own thread, so the page never runs a handler nor holds the data (100,000 users in large-org), and every
 * tab talks to one backend. Built to `/mock-sw.js` by `vite-plugin.ts`; type-checked by this folder's tsconfig.json.
 */
import './local-storage';
import { isMockRequest, mutates, startBackend } from './backend';
import { MOCK_SW_MESSAGES } from './protocol';

declare const self: ServiceWorkerGlobalScope;

const backend = startBackend('service-worker');

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  // A page loaded without a controller (hard reload): take it over so its requests reach this backend.
  if (type === MOCK_SW_MESSAGES.claim) event.waitUntil(self.clients.claim());
  if (type === MOCK_SW_MESSAGES.hello) {
    const port = event.ports[0];
    event.waitUntil(
      backend.then((b) => port?.postMessage({ type: MOCK_SW_MESSAGES.welcome, recovered: b.takeRecovery() })),
    );
  }
});

/** After a change: store it, and tell the other tabs so they refetch what they show. */
async function afterChange(sourceClientId: string): Promise<void> {
  await (await backend).persist();
  for (const tab of await self.clients.matchAll({ type: 'window' }))
    if (tab.id !== sourceClientId) tab.postMessage({ type: MOCK_SW_MESSAGES.changed });
}

self.addEventListener('fetch', (event) => {
  if (!isMockRequest(new URL(event.request.url), self.location.origin)) return;
  // Not a mocked route: the request goes to the network as it would without the backend.
  const response = backend.then(async (b) => (await b.answer(event.request)) ?? fetch(event.request));
  event.respondWith(response);
  if (mutates(event.request))
    event.waitUntil(response.then(() => afterChange(event.clientId)).catch(() => undefined));
});
