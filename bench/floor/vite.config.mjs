import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The floor app's own build: same plugin and target as the product, no app code. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  logLevel: 'error',
  build: {
    outDir: fileURLToPath(new URL('../tmp/floor-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
  },
});
