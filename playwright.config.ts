import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// Several runs can share the machine: each may serve its own build on its own port.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

/**
 * End-to-end tests: the production build (`npm run build`, served by `npm run preview`) in Debian's
 * Chromium. The mock backend runs in the browser (MSW handlers in a service worker, mocks/sw), so no other server is needed.
 * Run `npm run build` first: the web server serves `dist` as it is.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: isCI,
  // No retries anywhere: a flaky test must be seen and fixed, not hidden.
  retries: 0,
  workers: isCI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
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
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
