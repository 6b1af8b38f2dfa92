import { MOCK_SW_MESSAGES, MOCK_SW_URL } from './sw/protocol';

declare global {
  interface Window {
    /** Registration started by index.html before any script loads (mocks/sw/vite-plugin.ts injects it). */
    __mockSw?: Promise<ServiceWorkerRegistration>;
  }
}

const START_TIMEOUT_MS = 15_000;

function isOurs(worker: ServiceWorker | null | undefined): worker is ServiceWorker {
  return Boolean(worker && new URL(worker.scriptURL).pathname === MOCK_SW_URL);
}

function timeout(what: string): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`The mock backend did not start (${what}).`)), START_TIMEOUT_MS),
  );
}

/** Resolves once this page's requests go through the mock backend's service worker. */
async function controlled(container: ServiceWorkerContainer, registration: ServiceWorkerRegistration) {
  if (isOurs(container.controller)) return container.controller;
  const changed = new Promise<void>((resolve) => {
    const check = () => {
      if (!isOurs(container.controller)) return;
      container.removeEventListener('controllerchange', check);
      resolve();
    };
    container.addEventListener('controllerchange', check);
  });
  // First visit: the worker claims the page when it activates. Hard reload: an active worker exists but does not
  // control this page until asked to claim it.
  void container.ready.then(() => {
    if (!isOurs(container.controller)) registration.active?.postMessage({ type: MOCK_SW_MESSAGES.claim });
  });
  await Promise.race([changed, timeout('no control of the page')]);
  const now: ServiceWorker | null = (container as { controller: ServiceWorker | null }).controller;
  if (!isOurs(now)) throw new Error('The mock backend did not start (another worker controls the page).');
  return now;
}

/** The worker answers once its state is restored; `recovered` when stored state was unreadable and was reset. */
function hello(worker: ServiceWorker): Promise<boolean> {
  const channel = new MessageChannel();
  const welcome = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = (e: MessageEvent<{ type?: string; recovered?: boolean }>) => {
      if (e.data?.type === MOCK_SW_MESSAGES.welcome) resolve(Boolean(e.data.recovered));
      channel.port1.close();
    };
  });
  worker.postMessage({ type: MOCK_SW_MESSAGES.hello }, [channel.port2]);
  return Promise.race([welcome, timeout('no answer')]);
}

/**
 * The browser backend (dev and production build): MSW handlers running in a service worker (mocks/sw), state in
 * IndexedDB. `onExternalChange` runs when another tab changed data.
 */
export async function startBrowserBackend(onExternalChange: () => void): Promise<{ recovered: boolean }> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) throw new Error('This browser cannot run the mock backend (no service workers).');
  const registration = await (window.__mockSw ?? container.register(MOCK_SW_URL, { scope: '/' }));
  const worker = await controlled(container, registration);
  container.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
    if (e.data?.type === MOCK_SW_MESSAGES.changed) onExternalChange();
  });
  return { recovered: await hello(worker) };
}
