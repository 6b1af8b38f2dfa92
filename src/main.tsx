import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLanguage, readLinkState, stripLinkState } from './boot';
import { initI18n } from './i18n/i18n';

const mocking = import.meta.env.VITE_API_MOCKING !== 'off';
/** How long the first render waits for the first requests at most. */
const FIRST_DATA_WAIT_MS = 500;

/** Start the mock backend (its own chunk, fetched in parallel with the app) and apply link state. */
async function enableMocking(onExternalChange: () => void): Promise<boolean> {
  if (!mocking) return false;
  const { startBrowserBackend } = await import('@mocks/browser');
  const { recovered } = await startBrowserBackend(onExternalChange);
  const link = readLinkState(window.location.search);
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
 * The landing screen (`/` redirects to it) starts loading with the shell and the mock backend, its chunks in
 * parallel, instead of after the router has resolved its lazy route. Same module: the route reuses it.
 */
function preloadLandingScreen(pathname: string) {
  const path = pathname.replace(/\/+$/, '');
  if (path === '' || path === '/users/administrators') {
    return import('./features/administrators/routes/administrators-page').catch(() => null);
  }
  return null;
}

async function boot() {
  const link = readLinkState(window.location.search);
  const landing = preloadLandingScreen(window.location.pathname);
  let refresh: () => void = () => undefined;
  const [{ App }, { createQueryClient }, { sessionQuery }, recovered] = await Promise.all([
    import('./app/app'),
    import('./app/providers'),
    import('./session/session-api'),
    enableMocking(() => refresh()),
    initI18n(initialLanguage(link), Boolean(link.lang)),
  ]);
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
  // The first requests start now, side by side, rather than one after the other as the screens mount. The first
  // render waits for them a little: data that lands in the cache in the middle of a sliced render makes React redo
  // that render in one blocking piece. A slow backend does not hold the screen back (its loading state shows).
  const firstData = Promise.all([
    client.prefetchQuery(sessionQuery),
    landing?.then((m) => m?.prefetchAdministratorsPage(client, window.location.search)),
  ]);
  await Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
  if (recovered) sessionStorage.setItem('admin-console-storage-reset', '1');
  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders the first screen in slices of a few milliseconds, yielding in between, instead of
  // one long task (the page's boot markup stays until the commit).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
}

void boot();
