import { getResponse } from 'msw';
import { handlers } from '../handlers';
import { problem } from '../http';
import { configureRuntime, runtime, type Transport } from '../runtime';
import { idbAttachmentStore } from '../services/idb-attachment-store';
import { openIdbStore, type IdbKeyValueStore } from './idb-store';

/** The browser's mock backend, wherever it runs (service worker, or the page when service workers are unavailable). */
export interface BrowserBackend {
  /** The handlers' answer, or `undefined` when no handler matches (the request then goes to the network). */
  answer(request: Request): Promise<Response | undefined>;
  /** After a change: write it to IndexedDB now. */
  persist(): Promise<void>;
  /** True once per database when its stored state was unreadable and was reset. */
  takeRecovery(): boolean;
}

/** Opens the stored state (IndexedDB, or memory where it is blocked) and sets the handlers' runtime up over it. */
export async function startBackend(transport: Transport, idb?: IDBFactory): Promise<BrowserBackend> {
  const store: IdbKeyValueStore = await openIdbStore(idb);
  // A request's changes are written when it has been answered (`persist`), or 100 ms later at the latest; the search
  // index is built 1.5 s after each data set loads, so the first search finds it ready.
  configureRuntime(
    store,
    { persistDelayMs: 100, warmDirectoryAfterMs: 1500 },
    { transport, attachments: idbAttachmentStore(idb) },
  );
  const reported = new WeakSet<object>();
  let answered = 0;
  return {
    async answer(request) {
      const started = performance.now();
      try {
        return await getResponse(handlers, request);
      } catch (error) {
        // A bug in a handler is a server error for the app, as with a real backend.
        console.error('[mock backend]', request.method, request.url, error);
        return problem(500, 'The mock backend failed to handle this request', { code: 'mock-exception' });
      } finally {
        // Handler time per request, read by `npm run bench`; cleared now and then so it cannot grow unbounded.
        if (++answered % 500 === 0) performance.clearMeasures('mock-sw:answer');
        performance.measure('mock-sw:answer', { start: started, end: performance.now() });
      }
    },
    async persist() {
      runtime().db.flush();
      await store.settled();
    },
    takeRecovery() {
      const db = runtime().db; // restores the active data set now, before the page's first request
      if (!db.recoveredFromCorruptState || reported.has(db)) return false;
      reported.add(db);
      return true;
    },
  };
}

/** The requests the mock backend answers: the API and the prototype controls, on the page's own origin. */
export function isMockRequest(url: URL, origin: string): boolean {
  const p = url.pathname;
  return url.origin === origin && (p === '/api' || p.startsWith('/api/') || p.startsWith('/__mock/'));
}

export const mutates = (request: Request) => request.method !== 'GET' && request.method !== 'HEAD';
