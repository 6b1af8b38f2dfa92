import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Stop the mock backend's service worker, as the browser does after idle time or a restart: its memory is gone. */
async function stopMockBackend(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Write one key of the mock backend's IndexedDB store (what it reads when it starts). */
async function writeMockStorage(page: Page, key: string, value: string) {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('admin-console-mock');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    [key, value] as const,
  );
}

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
  test('survives a reload and a backend restart, and a second tab sees the first tab’s change', async ({
    page,
    app,
    context,
  }) => {
    await app.open('/users/administrators');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();

    const second = await context.newPage();
    await second.goto('/users/administrators');
    await expect(second.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();

    expect(await grantCamille(page)).toBe(201);
    // The other tab is told by the backend and refetches, without a reload (and without getting focus).
    await expect(second.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    await expect(second.getByRole('heading', { level: 1, name: 'Administrators (8)' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();

    // The backend restarts from what it stored (IndexedDB), not from memory.
    await second.close();
    await stopMockBackend(page);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (8)' })).toBeVisible();
  });

  test('corrupted stored state is reset with a message, never a blank page', async ({ page, app }) => {
    await app.open('/users/administrators');
    // Stored state turns unreadable; the backend finds it when it next starts (the page's own requests could
    // restart it between a stop and the write, so the write comes first).
    await writeMockStorage(page, 'admin-console-mock-db:default', '{not json');
    await stopMockBackend(page);
    await page.goto('/users/administrators?panel=on');
    await expect(page.getByText(/could not be read, so the demo was reset/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();
  });
});
