import { expect, expectNoA11yViolations, test } from './fixtures';

/** Issue #15 part 4: Sam finds the instance nobody covers and invites a Support administrator for it, by keyboard. */
test('Sam covers Marketo Engage - Acme Sandbox from Support coverage, by keyboard only', async ({
  page,
  app,
}) => {
  await app.open('/users/administrators');
  await page.getByRole('link', { name: 'Support coverage' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Support coverage · Admin Console');
  const table = page.getByRole('table', { name: 'Support coverage by product and instance' });
  const sandbox = table.getByRole('row', { name: /Marketo Engage - Acme Sandbox/ });
  await expect(sandbox.getByText('No Support administrator')).toBeVisible();
  await expectNoA11yViolations(page);

  await sandbox
    .getByRole('link', { name: 'Add a Support administrator for Marketo Engage - Acme Sandbox' })
    .focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add admin' });
  await dialog
    .getByRole('combobox', { name: 'Email or username' })
    .pressSequentially('camille', { delay: 30 });
  await expect(page.getByRole('option', { name: /Camille Martin/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // Step 2 opens with Product support for the sandbox already chosen.
  await expect(dialog.getByRole('switch', { name: 'Support administrator', exact: true })).toBeChecked();
  await expect(
    dialog.getByRole('checkbox', { name: 'Product support administrator', exact: true }),
  ).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Marketo Engage - Acme Sandbox' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Invitation sent to camille.martin@acme.example')).toBeVisible();

  // Back on Support coverage: Camille is listed, pending; an invitation covers nothing until it is accepted.
  await page.goBack();
  await expect(page).toHaveURL(/support-coverage/);
  await expect(sandbox.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
  await expect(sandbox).toContainText('Pending');
  await expect(sandbox.getByText('No Support administrator')).toBeVisible();
});

test('in French, and refused to a Product administrator', async ({ page, app }) => {
  await app.open('/users/administrators/support-coverage', { lang: 'fr' });
  await expect(page.getByRole('heading', { level: 1, name: 'Couverture de l’assistance' })).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Acme Sandbox/ }).getByText('Aucun administrateur d’assistance'),
  ).toBeVisible();
  await app.open('/users/administrators/support-coverage', {
    as: 'priya.natarajan@acme.example',
    lang: 'fr',
  });
  await expect(
    page.getByText('Seuls les administrateurs système peuvent voir la couverture de l’assistance.'),
  ).toBeVisible();
  const status = await page.evaluate(async () => (await fetch('/api/support-coverage')).status);
  expect(status).toBe(403);
});
