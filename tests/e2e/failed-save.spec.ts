import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A designer shows a failed Save (issue #13 item 23): the prototype panel, opened over the open wizard, switches
 * the mock backend to `server-errors` or `Fail saves only`; the shell and the wizard stay, with everything chosen.
 */

async function choose(panel: Locator, scenario: string): Promise<void> {
  const field = panel.getByRole('combobox', { name: 'Scenario' });
  await field.selectOption({ label: scenario });
  await expect(field).toBeEnabled();
  await panel.getByRole('button', { name: 'Close prototype panel' }).click();
  await expect(panel).toBeHidden();
}

async function openPanel(page: Page): Promise<Locator> {
  await page.keyboard.press('Alt+Shift+P');
  const panel = page.getByRole('dialog', { name: 'Prototype panel' });
  await expect(panel.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  return panel;
}

test('the wizard keeps everything chosen through server errors and failed saves, then saves', async ({
  page,
}) => {
  test.slow();
  // The panel is on for this test (the fixtures hide it).
  await page.goto('/users/administrators?panel=on');
  await expect(page.getByRole('row', { name: /Priya Natarajan/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add admin', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Add admin' });
  await wizard
    .getByRole('combobox', { name: 'Email or username' })
    .pressSequentially('camille', { delay: 30 });
  await page.getByRole('option', { name: /Camille Martin/ }).click();
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  const deployment = wizard.getByRole('switch', { name: 'Deployment administrator', exact: true });
  await deployment.check();

  // The panel opens over the wizard and takes the pointer (it is above the dialog, not under it).
  await choose(await openPanel(page), 'Server errors (500 and network failures)');
  await expect(wizard).toBeVisible();
  await expect(wizard.getByText('Choose one or more roles for Camille Martin.')).toBeVisible();
  await expect(deployment).toBeChecked();
  // Behind the wizard the shell is still there: top bar, its navigation, the account, the users area.
  // The wide and the narrow layouts each render the navigation; one is display: none.
  await expect(page.locator('header nav[aria-label="Main"]:visible')).toBeVisible();
  await expect(page.locator('header').getByText('Sam Rivera')).toBeVisible();
  await expect(page.locator('nav[aria-label="Users area"]')).toBeVisible();

  const save = wizard.getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await expect(wizard.getByRole('alert')).toContainText('The admin was not added.');
  await expect(deployment).toBeChecked();

  // Fail saves only: the reads work again (the list reads without error), a Save still fails.
  await choose(await openPanel(page), 'Fail saves only');
  await save.click();
  await expect(wizard.getByRole('alert')).toContainText('The admin was not added.');
  await expect(wizard.getByRole('alert')).toContainText(/error 500|network/);
  await expect(deployment).toBeChecked();

  await choose(await openPanel(page), 'Default');
  await save.click();
  await expect(page.getByText('Invitation sent to camille.martin@acme.example')).toBeVisible();
  await expect(wizard).toBeHidden();
  const row = page.getByRole('row', { name: /Camille Martin/ });
  await expect(row.getByText('Pending', { exact: true })).toBeVisible();
  // The failed reads of server-errors were read again: no error is left on the page.
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
});
