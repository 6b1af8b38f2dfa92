/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { landingPreload } from './build/landing-preload.ts';
import { mockServiceWorker } from './mocks/sw/vite-plugin.ts';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
};

/**
 * Browser build only: MSW's cookie store imports `tough-cookie`, which bundles the public-suffix list
 * (~100 kB gzip of first-load JS). The mock backend never sets cookies; a small compatible shim replaces it.
 * Tests (Node) keep the real package.
 */
const browserOnlyAlias = {
  'tough-cookie': fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url)),
  // Emotion inserts styles while rendering (sliced) rather than in React's commit (one piece): see the shim.
  '@emotion/use-insertion-effect-with-fallbacks': fileURLToPath(
    new URL('./src/lib/shims/emotion-insertion.ts', import.meta.url),
  ),
};

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), landingPreload(), mockServiceWorker({ alias: { ...alias, ...browserOnlyAlias } })],
  resolve: { alias: command === 'build' && !isSsrBuild ? { ...alias, ...browserOnlyAlias } : alias },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // Every browser the es2022 target covers supports <link rel="modulepreload">: no polyfill in the first load.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 60_000,
    // expect.poll waits as long as Testing Library's findBy/waitFor (tests/setup.ts): a debounce plus a
    // request on a busy 2-core machine can exceed the 1 s default.
    expect: { poll: { timeout: 10_000 } },
    pool: 'threads',
    // Test files share a worker's module graph and jsdom instead of starting both afresh (~3 s each); the
    // state that would leak between files is reset in tests/setup.ts. One worker per core.
    isolate: false,
    maxWorkers: '100%',
  },
}));
