import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * (Held scripts also hold the page's load event: these visits wait for the response only.)
 *
 * index.html paints the landing screen's frame (top bar, users-area strip, the Administrators heading) before any
 * script runs; React replaces it. These tests hold the app's scripts to look at that frame, then let them go.
 */
async function holdScripts(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let release = false;
  await page.route('**/assets/*.js', (route) => (release ? route.continue() : void held.push(route)));
  return () => {
    release = true;
    for (const r of held.splice(0)) void r.continue();
  };
}

const frameHeading = (page: Page) => page.locator('#root .boot-h1');

test.describe('first frame', () => {
  test('shows the Administrators heading before the app has loaded, hidden from assistive technology', async ({
    page,
  }) => {
    const release = await holdScripts(page);
    await page.goto('/users/administrators', { waitUntil: 'commit' });
    await expect(frameHeading(page)).toHaveText('Administrators');
    await expect(frameHeading(page)).toBeVisible();
    // Not a second heading for screen readers (the frame is aria-hidden), and not the app's heading.
    await expect(page.getByRole('heading', { name: 'Administrators' })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();
    await expect(frameHeading(page)).toHaveCount(0);
  });

  test('speaks the language the app will show, and belongs to the landing screen only', async ({ page }) => {
    let release = await holdScripts(page);
    await page.goto('/users/administrators?lang=fr', { waitUntil: 'commit' });
    await expect(frameHeading(page)).toHaveText('Administrateurs');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Administrateurs (7)' })).toBeVisible();

    // The choice is remembered: the next visit's frame is French without the link parameter.
    await page.unrouteAll({ behavior: 'wait' });
    release = await holdScripts(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(frameHeading(page)).toHaveText('Administrateurs');
    release();

    // Another screen's first frame is the top bar alone.
    await page.unrouteAll({ behavior: 'wait' });
    release = await holdScripts(page);
    await page.goto('/mailbox', { waitUntil: 'commit' });
    await expect(page.locator('#root .boot-bar')).toBeVisible();
    await expect(frameHeading(page)).toHaveCount(0);
    release();
  });

  test("the frame's heading stays the largest paint: the app's heading, count included, is not larger", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { lcp: string[] };
      w.lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
          w.lcp.push(e.element ? e.element.className || e.element.tagName : '(removed)');
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto('/users/administrators');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();
    // Two frames after the app's heading has painted, any later candidate would have been reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const entries = await page.evaluate(() => (window as unknown as { lcp: string[] }).lcp);
    expect(entries).toEqual(['boot-h1']);
  });

  test('a persona without admin access never sees Administrators, from the frame or the app', async ({
    page,
  }) => {
    // Before every frame the page paints: is the word on screen?
    await page.addInitScript(() => {
      const w = window as unknown as { painted: string[] };
      w.painted = [];
      const check = () => {
        if (/Administrat/.test(document.body?.innerText ?? '')) w.painted.push(location.pathname);
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const painted = () => page.evaluate(() => (window as unknown as { painted: string[] }).painted);
    const noAccess = page.getByRole('heading', { name: 'You have no access to the Admin Console' });
    // A link that signs Camille in: the frame cannot know whether she has admin access, so it shows the bar alone.
    await page.goto('/users/administrators?as=camille.martin@acme.example&panel=off');
    await expect(noAccess).toBeVisible();
    expect(await painted()).toEqual([]);
    // Her next visit, without the link: this device has seen her without admin access.
    await page.goto('/users/administrators');
    await expect(noAccess).toBeVisible();
    expect(await painted()).toEqual([]);
  });
});
