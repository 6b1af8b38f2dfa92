import { expect, test } from './fixtures';

const grantCamille = async (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/administrators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-camille-martin', roles: [{ role: 'deployment' }] }),
    });
    return res.status;
  });

test.describe('mock state in the browser', () => {
  test('survives a reload, and a second tab sees the first tab’s change', async ({ page, app, context }) => {
    await app.open('/users/administrators');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();

    const second = await context.newPage();
    await second.goto('/users/administrators');
    await expect(second.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();

    expect(await grantCamille(page)).toBe(201);
    // The other tab picks the change up (storage event / focus) without a reload.
    await second.bringToFront();
    await second.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(second.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    await expect(second.getByRole('heading', { level: 1, name: 'Administrators (8)' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
  });

  test('corrupted stored state is reset with a message, never a blank page', async ({ page, app }) => {
    await app.open('/users/administrators');
    await page.evaluate(() => localStorage.setItem('admin-console-mock-db:default', '{not json'));
    await page.goto('/users/administrators?panel=on');
    await expect(page.getByText(/could not be read, so the demo was reset/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();
  });
});
