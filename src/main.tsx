import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import {
  evaluateInTasks,
  initialLanguage,
  landingChunksAnnounced,
  nextTask,
  readLinkState,
  stripLinkState,
} from './boot';
import { initI18n, prepareFormats } from './i18n/i18n';

const mocking = import.meta.env.VITE_API_MOCKING !== 'off';
/** How long the first render waits for the first requests at most. */
const FIRST_DATA_WAIT_MS = 500;

/** Start the mock backend (its own chunk, fetched in parallel with the app) and apply link state. */
async function enableMocking(onExternalChange: () => void): Promise<boolean> {
  if (!mocking) return false;
  await evaluateInTasks('mock-backend');
  const { startBrowserBackend } = await import('@mocks/browser');
  const { recovered } = await startBrowserBackend(onExternalChange);
  const link = readLinkState(window.location.search);
  await evaluateInTasks('clock');
  const { parseClockOffset } = await import('@mocks/clock');
  const settings: Record<string, unknown> = {};
  if (link.scenario) settings.scenario = link.scenario;
  if (link.clock) {
    const ms = parseClockOffset(link.clock);
    if (ms !== null) settings.clockOffsetMs = ms;
  }
  if (link.as) settings.signInAs = link.as;
  if (Object.keys(settings).length) {
    await fetch('/__mock/settings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    }).catch(() => undefined);
  }
  return recovered;
}

/**
 * The landing screen (`/` redirects to it): its module is loaded by the boot (the route reuses it). index.html's inline
 * script decides, from the path, as it paints the screen's frame.
 */
const isLandingScreen = () => Boolean((window as { __landingScreen?: boolean }).__landingScreen);

async function boot() {
  // The production build announces the landing screen's chunks from index.html, one per task from the second frame
  // (build/landing-preload.ts); importing before that would make Vite's helper add them all in one go.
  await landingChunksAnnounced();
  const link = readLinkState(window.location.search);
  let refresh: () => void = () => undefined;
  const mockBackend = enableMocking(() => refresh());
  const messages = initI18n(initialLanguage(link), Boolean(link.lang));
  // The app's modules are imported one after the other, their chunks evaluated one per task (their files are fetched
  // in parallel): an import evaluates its whole graph in one piece, so together they would make long tasks (~50 ms
  // here) that hold the page; apart, each is short.
  await evaluateInTasks('providers');
  const { createQueryClient } = await import('./app/providers');
  await nextTask();
  await evaluateInTasks('session');
  const { sessionQuery } = await import('./session/session-api');
  const recovered = await mockBackend;
  if (link.panel) {
    sessionStorage.setItem('admin-console-panel', link.panel);
    // Remembered like a panel choice: `?panel=off` keeps the panel hidden until `?panel=on`.
    try {
      localStorage.setItem('admin-console-panel', link.panel);
    } catch {
      /* private mode: this tab only */
    }
  }
  const clean = stripLinkState(window.location.href);
  if (clean !== window.location.pathname + window.location.search + window.location.hash) {
    window.history.replaceState(window.history.state, '', clean);
  }
  const client = createQueryClient();
  refresh = () => void client.invalidateQueries();
  // The first requests start as soon as the backend is up, side by side with the rest of the boot, rather than
  // one after the other as the screens mount. The first render waits for them a little: data that lands in the
  // cache in the middle of a sliced render makes React redo that render in one blocking piece. A slow backend does
  // not hold the screen back (its loading state shows).
  const session = client.prefetchQuery(sessionQuery);
  await nextTask();
  await evaluateInTasks('app');
  const { App, createAppRouter } = await import('./app/app');
  await nextTask();
  const router = createAppRouter();
  await nextTask();
  const landing = isLandingScreen()
    ? await evaluateInTasks('administrators')
        .then(() => import('./features/administrators/routes/administrators-page'))
        .catch(() => null)
    : null;
  const firstData = Promise.all([
    session,
    landing?.prefetchAdministratorsPage(client, window.location.search),
  ]);
  await Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
  await messages;
  await nextTask();
  prepareFormats();
  if (recovered) sessionStorage.setItem('admin-console-storage-reset', '1');
  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders the first screen in slices of a few milliseconds, yielding in between, instead of
  // one long task (the page's boot markup stays until the commit).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App client={client} router={router} />
      </StrictMode>,
    ),
  );
}

void boot();
