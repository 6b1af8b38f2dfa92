import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig, prettyDOM } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '@mocks/node';
import { configureRuntime } from '@mocks/runtime';
import { initI18n } from '@/i18n/i18n';
import { removeEmotionStyles } from './utils/emotion-styles';
import { resetStores } from './utils/reset-stores';

// Screens are lazy routes: the first render of a file imports (and transforms) their code, which on a
// busy 2-core machine can take several seconds. Waits allow for it; assertions are unchanged.
configure({
  asyncUtilTimeout: 10_000,
  // Testing Library's default prints the whole DOM into every "not found" error. findBy/waitFor poll their
  // query (diagnostics disabled meanwhile) and throw those errors away, except the last one, to which their
  // timeout handler adds the DOM at that moment. So: the DOM is printed once, into the error that is
  // reported, instead of at every failed poll. Errors outside a wait are unchanged.
  getElementError(message, container) {
    const config = getConfig() as ReturnType<typeof getConfig> & {
      _disableExpensiveErrorDiagnostics?: boolean;
    };
    const dom = config._disableExpensiveErrorDiagnostics
      ? ''
      : `Ignored nodes: comments, ${config.defaultIgnore}\n${prettyDOM(container)}`;
    const error = new Error([message, dom].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Every unhandled request fails the test (MSW's onUnhandledRequest: 'error' plus a hard failure).
// Test files share one module graph (isolate: false in vite.config.ts), so the listener is removed after the file.
const unhandled: string[] = [];
const onUnhandled = ({ request }: { request: Request }) => {
  unhandled.push(`${request.method} ${request.url}`);
};
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:unhandled', onUnhandled);
  await initI18n('en');
});

beforeEach(async () => {
  // A clean seed for every test.
  configureRuntime();
  unhandled.length = 0;
  // Stores are shared by the test files too: back to their start state (this writes storage, so it comes first).
  resetStores();
  sessionStorage.clear();
  localStorage.clear();
  await initI18n('en');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  if (unhandled.length) throw new Error(`Unhandled requests: ${unhandled.join(', ')}`);
});

afterAll(() => {
  // The next file starts with no Emotion rules in the document, as in a fresh page.
  removeEmotionStyles();
  server.events.removeListener('request:unhandled', onUnhandled);
  server.close();
});

// jsdom lacks these; MUI and the app use them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
