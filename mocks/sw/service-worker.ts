/**
 * The mock backend as a service worker: the same MSW handlers as in Node, answering the app's `/api` and `/__mock`
 * requests from the service worker's own thread. The page's main thread never runs a handler, never holds the
 * database (100,000 users in large-org) and never pays for its garbage collection; every tab talks to one backend.
 * State (the changes over the deterministic seed) lives in IndexedDB. Built to `/mock-sw.js` by
 * `mocks/sw/vite-plugin.ts` (production build and dev server).
 */
import './globals';
import { getResponse } from 'msw';
import { handlers } from '../handlers';
import { problem } from '../http';
import { configureRuntime, runtime } from '../runtime';
import { idbAttachmentStore } from '../services/idb-attachment-store';
import { openIdbStore, type IdbKeyValueStore } from './idb-store';
import { MOCK_SW_MESSAGES, isMockRequestPath } from './protocol';

// The service worker global, typed here (the project compiles against the DOM library, not "webworker").
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  respondWith(r: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface SwClient {
  readonly id: string;
  postMessage(message: unknown): void;
}
interface SwScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void>; matchAll(o?: { type?: string }): Promise<SwClient[]> };
  addEventListener(type: 'install' | 'activate', l: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', l: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', l: (e: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as SwScope;

/** A request's changes are written once, when it has been answered (`afterChange`), or at the latest this long after. */
const PERSIST_DELAY_MS = 100;

let store: IdbKeyValueStore | null = null;
const ready: Promise<void> = openIdbStore().then((s) => {
  store = s;
  // The search index is built in this worker 1.5 s after each data set loads, so the first search finds it ready.
  configureRuntime(
    s,
    { persistDelayMs: PERSIST_DELAY_MS, warmDirectoryAfterMs: 1500 },
    { attachments: idbAttachmentStore() },
  );
});

/** Recoveries from unreadable stored state already reported to a page (reported once, like a server log line). */
const reportedRecovery = new WeakSet<object>();

sw.addEventListener('install', (event) => event.waitUntil(sw.skipWaiting()));
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === MOCK_SW_MESSAGES.claim) {
    // A page loaded without a controller (hard reload): take it over so its requests reach this backend.
    event.waitUntil(sw.clients.claim());
    return;
  }
  if (data?.type === MOCK_SW_MESSAGES.hello) {
    const port = event.ports[0];
    event.waitUntil(
      ready.then(() => {
        const db = runtime().db; // restores the active data set now, before the page's first request
        const recovered = db.recoveredFromCorruptState && !reportedRecovery.has(db);
        if (recovered) reportedRecovery.add(db);
        port?.postMessage({ type: MOCK_SW_MESSAGES.welcome, recovered });
      }),
    );
  }
});

/** `mock-sw:answer` User Timing per request (handler time inside the worker; `npm run bench` reads it), capped. */
let answered = 0;
function markAnswer(started: number): void {
  if (++answered % 500 === 0) performance.clearMeasures('mock-sw:answer');
  performance.measure('mock-sw:answer', { start: started, end: performance.now() });
}

async function answer(request: Request): Promise<Response> {
  await ready;
  const started = performance.now();
  let response: Response | undefined;
  try {
    response = await getResponse(handlers, request);
  } catch (error) {
    // A bug in a handler is a server error for the app, as with a real backend (and as MSW does in the page).
    console.error('[mock backend]', request.method, request.url, error);
    return problem(500, 'The mock backend failed to handle this request', { code: 'mock-exception' });
  } finally {
    markAnswer(started);
  }
  // Not a mocked route: the request goes to the network as it would without the backend.
  return response ?? fetch(request);
}

/** After a change (the handler has made all of it): store it, and tell the other tabs so they refetch what they show. */
async function afterChange(sourceClientId: string): Promise<void> {
  runtime().db.flush();
  await store?.settled();
  const tabs = await sw.clients.matchAll({ type: 'window' });
  for (const tab of tabs) if (tab.id !== sourceClientId) tab.postMessage({ type: MOCK_SW_MESSAGES.changed });
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== sw.location.origin || !isMockRequestPath(url.pathname)) return;
  const mutates = event.request.method !== 'GET' && event.request.method !== 'HEAD';
  const response = answer(event.request);
  event.respondWith(response);
  if (mutates) event.waitUntil(response.then(() => afterChange(event.clientId)).catch(() => undefined));
});
