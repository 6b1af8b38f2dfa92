import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { configureRuntime, runtime } from './runtime';

/** The browser backend (dev and production build): state persists in localStorage. */
export async function startBrowserBackend(onExternalChange: () => void): Promise<{ recovered: boolean }> {
  configureRuntime(window.localStorage, 150);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // A second tab sees the first tab's changes when it gets focus (the storage event can be missed,
  // e.g. while the tab was frozen in the background).
  const syncAndRefresh = () => {
    if (runtime().syncFromStorage()) onExternalChange();
  };
  window.addEventListener('focus', syncAndRefresh);
  // Never lose the last change on reload or tab close.
  window.addEventListener('pagehide', () => runtime().db.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') runtime().db.flush();
    else syncAndRefresh();
  });
  window.addEventListener('storage', (e) => {
    if (e.key?.startsWith('admin-console-mock') && runtime().syncFromStorage()) onExternalChange();
  });
  return { recovered: runtime().db.recoveredFromCorruptState };
}
