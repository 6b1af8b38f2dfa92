import { parseClockOffset } from './clock';
import { MOCK_SW_MESSAGES, MOCK_SW_URL } from './sw/protocol';

declare global {
  interface Window {
    /** Registration started by index.html before any script loads (mocks/sw/vite-plugin.ts injects it). */
    __mockSw?: Promise<ServiceWorkerRegistration | undefined>;
  }
}

/** What a link asks of the mock backend: `?scenario=`, `?clock=`, `?as=`. */
export interface LinkSettings {
  scenario?: string;
  clock?: string;
  as?: string;
}

/** How long a registered worker may take to control the page before the page runs the backend itself. */
const CONTROL_TIMEOUT_MS = 8_000;
/** How long a controlling worker may take to restore its state and answer. */
const ANSWER_TIMEOUT_MS = 15_000;

const isOurs = (worker: ServiceWorker | null | undefined): worker is ServiceWorker =>
  Boolean(worker && new URL(worker.scriptURL).pathname === MOCK_SW_URL);

function timeout(what: string, ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`The mock backend did not start (${what}).`)), ms),
  );
}

/** The registration, or null where service workers are unavailable (API missing, or registration refused). */
async function register(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  try {
    const registering = window.__mockSw ?? navigator.serviceWorker.register(MOCK_SW_URL, { scope: '/' });
    return (await Promise.race([registering, timeout('no registration', CONTROL_TIMEOUT_MS)])) ?? null;
  } catch {
    return null;
  }
}

/** Resolves once this page's requests go through the worker (a hard reload needs it to claim the page). */
async function controlled(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const container = navigator.serviceWorker;
  if (!isOurs(container.controller)) {
    const changed = new Promise<void>((resolve) => {
      const check = () => isOurs(container.controller) && resolve();
      container.addEventListener('controllerchange', check);
    });
    void container.ready.then(() => {
      if (!isOurs(container.controller)) registration.active?.postMessage({ type: MOCK_SW_MESSAGES.claim });
    });
    await Promise.race([changed, timeout('no control of the page', CONTROL_TIMEOUT_MS)]);
  }
  const worker = container.controller;
  if (!isOurs(worker)) throw new Error('The mock backend did not start (another worker controls the page).');
  return worker;
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
  return Promise.race([welcome, timeout('no answer', ANSWER_TIMEOUT_MS)]);
}

/**
 * Starts the browser's mock backend: the service worker (mocks/sw), or the same handlers in the page where service
 * workers are unavailable. Then applies the link's settings. `onExternalChange` runs when another tab changed data.
 */
export async function startBrowserBackend(
  link: LinkSettings,
  onExternalChange: () => void,
): Promise<{ recovered: boolean }> {
  const registration = await register();
  let recovered: boolean | null = null;
  if (registration) {
    try {
      const worker = await controlled(registration);
      navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
        if (e.data?.type === MOCK_SW_MESSAGES.changed) onExternalChange();
      });
      recovered = await hello(worker);
    } catch (e) {
      // A worker that registers but never takes the page (or never answers): the page runs the backend itself.
      console.warn(e instanceof Error ? e.message : e, 'Running the mock backend in the page.');
    }
  }
  if (recovered === null) ({ recovered } = await (await import('./sw/in-page')).startInPageBackend());
  const clockOffsetMs = link.clock ? parseClockOffset(link.clock) : null;
  const settings = {
    ...(link.scenario ? { scenario: link.scenario } : {}),
    ...(clockOffsetMs !== null ? { clockOffsetMs } : {}),
    ...(link.as ? { signInAs: link.as } : {}),
  };
  if (Object.keys(settings).length) {
    await fetch('/__mock/settings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    }).catch(() => undefined);
  }
  return { recovered };
}
