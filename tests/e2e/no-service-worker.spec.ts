import { expect, test } from './fixtures';

/**
 * Where service workers are unavailable (plain http on a LAN address, some private windows, blocking policies), the
 * whole mock backend runs in the page: same handlers, same state in IndexedDB. Playwright blocks their registration.
 */
test.use({ serviceWorkers: 'block' });

test.describe('without service workers', () => {
  test('the panel says the backend runs in the page; Sam adds a Support administrator, kept across a reload', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.goto('/users/administrators?panel=on');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible();
    await page.getByRole('button', { name: 'Prototype panel' }).click();
    const panel = page.getByRole('dialog', { name: 'Prototype panel' });
    await expect(panel.getByText('the mock backend runs in this page', { exact: false })).toBeVisible();
    await panel.getByRole('button', { name: 'Close prototype panel' }).click();

    await page.getByRole('button', { name: 'Add admin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add admin' });
    await dialog
      .getByRole('combobox', { name: 'Email or username' })
      .pressSequentially('camille', { delay: 30 });
    await page.getByRole('option', { name: /Camille Martin/ }).click();
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByRole('switch', { name: 'Support administrator', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Basic support administrator', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Invitation sent to camille.martin@acme.example')).toBeVisible();

    await page.reload();
    const row = page.getByRole('row', { name: /Camille Martin/ });
    await expect(row.getByText('Pending', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (8)' })).toBeVisible();
  });

  test('Jonas opens a support case and finds it in My cases', async ({ page, app }) => {
    await app.signInAs('jonas.weber@acme.example', '/support/cases/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Open a support ticket' })).toBeVisible();
    await page.getByRole('combobox', { name: /^Product/ }).selectOption({ label: 'Marketo Engage' });
    await page
      .getByRole('combobox', { name: /^Marketo Engage instance/ })
      .selectOption({ label: 'Acme Production' });
    await page.getByRole('textbox', { name: /^Case title/ }).fill('Forms stopped saving');
    await page
      .getByRole('textbox', { name: /^Case description/ })
      .fill('Since this morning no form saves its entries.\nSteps: open any landing page form, submit.');
    await page.getByRole('radio', { name: 'Medium' }).check();
    await page.getByRole('textbox', { name: /^Business impact/ }).fill('Leads are lost.');
    await page.getByRole('radio', { name: 'EMEA' }).check();
    await page.getByRole('button', { name: 'Submit case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forms stopped saving' })).toBeVisible();
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    await page.getByRole('navigation', { name: 'Support' }).getByRole('link', { name: 'My cases' }).click();
    const row = page.getByRole('table', { name: 'My cases' }).getByRole('row', { name: new RegExp(caseId) });
    await expect(row).toContainText('Forms stopped saving');
    // A new case waits for an agent (issue #17's statuses).
    await expect(row.getByText('Awaiting assignment', { exact: true })).toBeVisible();
  });
});

test.describe('with a service worker that never takes the page', () => {
  // A policy or a broken browser: registration "succeeds" but nothing ever controls the page or answers.
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      const stuck = { active: null, installing: null, waiting: null, scope: location.origin + '/' };
      Object.defineProperty(navigator.serviceWorker, 'register', {
        value: () => Promise.resolve(stuck as unknown as ServiceWorkerRegistration),
      });
    });
  });

  test('the page runs the mock backend itself after a short wait, and says so in the panel', async ({
    page,
  }) => {
    await page.goto('/users/administrators?panel=on');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators (7)' })).toBeVisible({
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Prototype panel' }).click();
    const panel = page.getByRole('dialog', { name: 'Prototype panel' });
    await expect(panel.getByText('the mock backend runs in this page', { exact: false })).toBeVisible();
  });
});
