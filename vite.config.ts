/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstFrame } from './build/first-frame.ts';
import { mockServiceWorker } from './mocks/sw/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), firstFrame(), mockServiceWorker()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // No <link rel="modulepreload"> lists: the browser finds a chunk's imports as it loads it. Inserting the lists cost
    // the first load's main thread more than it saved (README, performance).
    modulePreload: false,
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
});
