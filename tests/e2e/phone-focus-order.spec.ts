import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Phones (390 px): Tab moves through each screen in the order it is seen (WCAG 2.4.3 Focus Order). */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

interface Stop {
  name: string;
  /** Position in its scrolling content (scrolled ancestors added back): scrolling to it does not move it. */
  top: number;
  left: number;
  /** Position on screen when it had the focus. */
  screenTop: number;
  screenLeft: number;
  height: number;
  /** Which scrolling box it is in (the page, a dialog's content…). */
  scroller: string;
}

/** Where the focused element sits in its content (page and scrolled ancestors added back), and what it is. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const r = e.getBoundingClientRect();
    let top = r.top + window.scrollY;
    let left = r.left + window.scrollX;
    let scroller = 'page';
    for (let a = e.parentElement; a; a = a.parentElement) {
      top += a.scrollTop;
      left += a.scrollLeft;
      const overflow = getComputedStyle(a).overflowY;
      if (scroller === 'page' && a.scrollHeight > a.clientHeight && /auto|scroll/.test(overflow)) {
        a.dataset.focusOrderScroller ??= String(
          document.querySelectorAll('[data-focus-order-scroller]').length,
        );
        scroller = a.dataset.focusOrderScroller;
      }
    }
    const label = (e as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (e.getAttribute('aria-label') ?? (label || e.textContent) ?? '').trim().slice(0, 60);
    return { name, top, left, screenTop: r.top, screenLeft: r.left, height: r.height, scroller };
  });
}

/**
 * From the focused element, press Tab `presses` times (or until the focus comes back to a stop already seen) and
 * check that every stop is below the previous one, or on the same row to its right. Returns the stops' names.
 */
async function expectFocusFollowsLayout(page: Page, presses: number, where: string): Promise<string[]> {
  const start = await focused(page);
  const stops: Stop[] = start ? [start] : [];
  const key = (s: Stop) => `${s.name}@${Math.round(s.top)},${Math.round(s.left)}`;
  const seen = new Set(stops.map(key));
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) continue;
    if (seen.has(key(stop))) break; // wrapped around (a dialog's focus trap, or the page's end)
    seen.add(key(stop));
    stops.push(stop);
  }
  for (let i = 1; i < stops.length; i += 1) {
    const [a, b] = [stops[i - 1]!, stops[i]!];
    // In one scrolling box: where they sit in it. Across boxes (a dialog's content, then its buttons): on screen.
    const same = a.scroller === b.scroller;
    const [at, al, bt, bl] = same
      ? [a.top, a.left, b.top, b.left]
      : [a.screenTop, a.screenLeft, b.screenTop, b.screenLeft];
    // One row: their boxes overlap vertically (a two-line link beside a checkbox); then left to right.
    const sameRow = bt < at + a.height && at < bt + b.height;
    const after = sameRow ? bl >= al - 4 : bt > at;
    expect(after, `${where}: "${b.name}" comes after "${a.name}" but is seen before it`).toBe(true);
  }
  return stops.map((s) => s.name);
}

test.describe('phone focus order', () => {
  test('the shell and Administrators: the top bar row, then the navigation below it, then the page', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    await expect(page.getByRole('row', { name: /Priya Natarajan/ })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    const names = await expectFocusFollowsLayout(page, 40, 'Administrators');
    // The top navigation wraps below the account on phones, and comes after it with Tab too.
    expect(names.indexOf('Account: Sam Rivera')).toBeLessThan(names.indexOf('Overview'));
    expect(names.indexOf('Overview')).toBeLessThan(names.indexOf('Add admin'));
  });

  test('the Add admin wizard, both steps', async ({ page, app }) => {
    await app.open('/users/administrators');
    await page.getByRole('button', { name: 'Add admin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add admin' });
    await dialog
      .getByRole('combobox', { name: 'Email or username' })
      .pressSequentially('new.person@acme.example');
    await expect(dialog.getByRole('textbox', { name: 'First name (optional)' })).toBeVisible();
    const one = await expectFocusFollowsLayout(page, 10, 'step 1');
    expect(one).toEqual([
      'Email or username',
      'First name (optional)',
      'Last name (optional)',
      'Cancel',
      'Next',
    ]);
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByRole('switch', { name: 'Product administrator', exact: true }).check();
    await dialog.getByRole('switch', { name: 'Support administrator', exact: true }).check();
    await dialog.getByRole('heading', { name: 'Select admin roles' }).focus();
    const two = await expectFocusFollowsLayout(page, 20, 'step 2');
    expect(two.at(-1)).toBe('Back');
  });

  test('the case form', async ({ page, app }) => {
    await app.signInAs('amara.okafor@acme.example', '/support/cases/new');
    await expect(page.getByRole('combobox', { name: /^Product/ })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    const names = await expectFocusFollowsLayout(page, 50, 'case form');
    expect(names).toContain('Submit case');
  });
});
