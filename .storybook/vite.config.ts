import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The Vite config of Storybook and of its story tests: the app's path aliases and React, nothing of the boot. */
export default defineConfig({
  plugins: [react()],
  // Storybook bundles the whole app and its seed into the preview; nothing here is a first load.
  build: { chunkSizeWarningLimit: 4000 },
  resolve: {
    alias: { '@': here('../src'), '@mocks': here('../mocks'), '@tests': here('../tests') },
  },
});
