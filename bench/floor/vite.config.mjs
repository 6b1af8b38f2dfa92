import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The floor app's own build: same plugin, target and library aliases as the product (MSW's cookie store gets the
 * same small tough-cookie shim), and the same public folder (mockServiceWorker.js); no app code.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  resolve: {
    alias: { 'tough-cookie': fileURLToPath(new URL('../../mocks/shims/tough-cookie.ts', import.meta.url)) },
  },
  base: '/',
  plugins: [react()],
  logLevel: 'error',
  build: {
    outDir: fileURLToPath(new URL('../tmp/floor-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    modulePreload: { polyfill: false },
  },
});
