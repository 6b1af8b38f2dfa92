import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** MSW's own worker script, served at the root as its docs say (the app itself has a worker of its own). */
function mswWorker() {
  return {
    name: 'floor:msw-worker',
    generateBundle() {
      const file = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(file) });
    },
  };
}

/** The floor app's own build: same plugin, target and settings as the product; no app code. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  base: '/',
  plugins: [react(), mswWorker()],
  logLevel: 'error',
  build: {
    outDir: fileURLToPath(new URL('../tmp/floor-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    modulePreload: false,
  },
});
