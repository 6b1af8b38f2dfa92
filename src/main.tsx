import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { rememberPanelChoice, STORAGE_RESET_KEY } from './features/prototype-panel/panel-visibility';
import { initI18n } from './i18n/i18n';
import { initialLanguage, readLinkState, stripLinkState } from './app/link-state';

/** Start the mock backend (unless built for a real one) and apply the link's state, then render. */
async function boot() {
  const link = readLinkState(window.location.search);
  // The app's code (its own chunks) loads while the backend starts: the entry stays small, so the first frame
  // (index.html) paints without waiting for it.
  const app = import('./app/app');
  let refresh: () => void = () => undefined;
  const [backend] = await Promise.all([
    import.meta.env.VITE_API_MOCKING === 'off'
      ? null
      : import('@mocks/browser').then((m) => m.startBrowserBackend(link, () => refresh())),
    initI18n(initialLanguage(link), Boolean(link.lang)),
  ]);
  if (backend?.recovered) sessionStorage.setItem(STORAGE_RESET_KEY, '1');
  if (link.panel) rememberPanelChoice(link.panel);
  window.history.replaceState(window.history.state, '', stripLinkState(window.location.href));
  const { App, createAppRouter, createQueryClient, routerReady } = await app;
  const client = createQueryClient();
  refresh = () => void client.invalidateQueries();
  // The landing screen's code and data load through its route (lazy + loader); the first render waits for them, and
  // index.html's first frame stays until then.
  const router = createAppRouter(client);
  await routerReady(router);
  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders the first screen in slices, yielding in between, instead of in one long task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App client={client} router={router} />
      </StrictMode>,
    ),
  );
}

void boot();
