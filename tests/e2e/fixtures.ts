import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Scenarios of the mock backend (mocks/runtime.ts). */
export type Scenario =
  'default' | 'slow-network' | 'server-errors' | 'failing-saves' | 'empty-org' | 'mid-size-org' | 'large-org';

export interface OpenOptions {
  /** Sign in as this persona (`?as=`). */
  as?: string;
  /** Interface language (`?lang=`). */
  lang?: 'en' | 'fr';
  /** Mock backend scenario (`?scenario=`). */
  scenario?: Scenario;
  /** Mock clock offset, e.g. `+31d` (`?clock=`). */
  clock?: string;
}

export interface AppFixture {
  /**
   * Open `path` in the production build with link state applied at boot (`?as=`, `?lang=`,
   * `?scenario=`, `?clock=`) and the prototype panel hidden (`?panel=off`). Waits for the app to render.
   */
  open(path?: string, options?: OpenOptions): Promise<void>;
  /** Sign in as `email` (a seeded persona) and open `path` (default `/users/administrators`). */
  signInAs(email: string, path?: string): Promise<void>;
  /** Switch the mock backend scenario; takes effect for the following requests and survives reloads. */
  useScenario(name: Scenario): Promise<void>;
  /** Back to the seed data (POST /__mock/reset, answered by the in-page mock backend). */
  resetDemoData(): Promise<void>;
}

function withLinkState(path: string, options: OpenOptions): string {
  const url = new URL(path, 'http://app.invalid');
  url.searchParams.set('panel', 'off');
  if (options.as) url.searchParams.set('as', options.as);
  if (options.lang) url.searchParams.set('lang', options.lang);
  if (options.scenario) url.searchParams.set('scenario', options.scenario);
  if (options.clock) url.searchParams.set('clock', options.clock);
  return url.pathname + url.search + url.hash;
}

/** The app has booted when the shell's top bar (the language menu) is on screen. */
async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^(Language|Langue)/ })).toBeVisible();
}

/** Fails on serious or critical WCAG violations (axe-core), listing each with its targets. */
export async function expectNoA11yViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map(
    (v) => `${v.impact}: ${v.id} — ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(report, `Accessibility violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ app: AppFixture; cleanState: void }>({
  // Each test gets a new browser context (empty localStorage and sessionStorage, no service worker),
  // so the mock backend starts from its seed. Belt and braces: boot the app once and reset the demo data.
  cleanState: [
    async ({ page }, provide) => {
      await page.goto('/?panel=off');
      await waitForApp(page);
      const status = await page.evaluate(
        async () => (await fetch('/__mock/reset', { method: 'POST' })).status,
      );
      expect(status, 'demo data reset').toBe(200);
      await provide();
    },
    { auto: true },
  ],

  app: async ({ page }, provide) => {
    const app: AppFixture = {
      async open(path = '/', options = {}) {
        await page.goto(withLinkState(path, options));
        await waitForApp(page);
      },
      async signInAs(email, path = '/users/administrators') {
        await app.open(path, { as: email });
      },
      async useScenario(name) {
        const status = await page.evaluate(async (scenario) => {
          const res = await fetch('/__mock/settings', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ scenario }),
          });
          return res.status;
        }, name);
        expect(status, `scenario ${name} applied`).toBe(200);
      },
      async resetDemoData() {
        const status = await page.evaluate(
          async () => (await fetch('/__mock/reset', { method: 'POST' })).status,
        );
        expect(status, 'demo data reset').toBe(200);
      },
    };
    await provide(app);
  },
});

export { expect };
