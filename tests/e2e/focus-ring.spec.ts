import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue #18 item 8: every keyboard stop shows the theme's one focus ring (2 px solid, offset 2 px, #0a4fa3), once —
 * on the control or the box drawn around it — or, for a text field, its 2 px outlined border. Nothing shows two.
 */
const RING = { width: '2px', style: 'solid', color: 'rgb(10, 79, 163)' };

interface Seen {
  name: string;
  /** Visible elements from the focused one up to three ancestors that draw the ring. */
  rings: number;
  /** A text field's own indicator: its outline box's border at 2 px. */
  fieldBorder: boolean;
  /** An outline there that is not the ring (the browser's default, or another colour). */
  other: string | null;
}

function focusedRing(page: Page): Promise<Seen | null> {
  return page.evaluate((ring) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    let rings = 0;
    let other: string | null = null;
    let node: HTMLElement | null = el;
    for (let i = 0; node && i < 4; i += 1, node = node.parentElement) {
      const s = getComputedStyle(node);
      if (Number(s.opacity) === 0 || s.outlineStyle === 'none' || s.outlineWidth === '0px') continue;
      if (s.outlineStyle === ring.style && s.outlineWidth === ring.width && s.outlineColor === ring.color)
        rings += 1;
      else other = `${node.tagName.toLowerCase()}: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
    }
    const outlined = el.closest('.MuiOutlinedInput-root')?.querySelector('fieldset');
    const fieldBorder = outlined ? getComputedStyle(outlined).borderTopWidth === '2px' : false;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') ?? (label || el.textContent) ?? '').trim().slice(0, 50);
    return { name: `${el.tagName.toLowerCase()} "${name}"`, rings, fieldBorder, other };
  }, RING);
}

async function expectOneRingPerStop(page: Page, presses: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    const seen = await focusedRing(page);
    if (!seen) continue;
    names.push(seen.name);
    expect(seen.other, `${seen.name}: an outline that is not the theme's ring`).toBeNull();
    expect(seen.rings + (seen.fieldBorder ? 1 : 0), `${seen.name}: focus rings shown`).toBe(1);
  }
  return names;
}

test.describe('one focus ring', () => {
  test('the shell, the Administrators list and its controls', async ({ page, app }) => {
    await app.open('/users/administrators');
    await expect(page.getByRole('row', { name: /Priya Natarajan/ })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    const names = await expectOneRingPerStop(page, 50);
    // The stops the issue names, and the browser's own controls of the list.
    for (const stop of [/Users/, /Add admin/, /Role/, /Select all/, /Name/, /Rows per page/]) {
      expect(
        names.some((n) => stop.test(n)),
        `${stop} was reached`,
      ).toBe(true);
    }
  });

  test('the wizard: switches, checkboxes, pickers and buttons', async ({ page, app }) => {
    await app.open('/users/administrators');
    await page.getByRole('button', { name: 'Add admin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add admin' });
    await dialog.getByRole('combobox', { name: 'Email or username' }).fill('camille');
    await page.getByRole('option', { name: /Camille Martin/ }).click();
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByRole('switch', { name: 'Support administrator', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Product support administrator', exact: true }).check();
    await dialog.getByRole('heading', { name: 'Select admin roles' }).focus();
    const names = await expectOneRingPerStop(page, 16);
    expect(names.some((n) => n.includes('System administrator'))).toBe(true);
    expect(names.some((n) => n.includes('Basic support administrator'))).toBe(true);
  });

  test('the case form and the audit log', async ({ page, app }) => {
    await app.signInAs('amara.okafor@acme.example', '/support/cases/new');
    await expect(page.getByRole('combobox', { name: /^Product/ })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await expectOneRingPerStop(page, 40);
    await app.open('/insights/audit-log');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await expectOneRingPerStop(page, 30);
  });
});
