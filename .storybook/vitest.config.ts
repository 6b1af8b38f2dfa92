import { fileURLToPath, URL } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm run test:stories`: every story is a test (it renders without errors, its `play` function passes, axe finds no
 * serious or critical violation), in Vitest browser mode, in Debian's Chromium driven by Playwright. Kept apart
 * from `npm test` (jsdom, vite.config.ts).
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    root: here('..'),
    plugins: [storybookTest({ configDir: here('.') })],
    test: {
      name: 'stories',
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: '/usr/bin/chromium',
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
              '--no-first-run',
            ],
          },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  }),
);
