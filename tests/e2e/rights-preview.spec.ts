import { expect, expectNoA11yViolations, test } from './fixtures';

/** Issue #15 part 2: step 2 says in plain language what the chosen roles allow, by keyboard, in English and French. */
test('Sam sees what Camille will be able to do as he picks her roles, by keyboard only', async ({
  page,
  app,
}) => {
  await app.open('/users/administrators');
  await page.getByRole('button', { name: 'Add admin', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add admin' });
  await dialog
    .getByRole('combobox', { name: 'Email or username' })
    .pressSequentially('camille', { delay: 30 });
  await expect(page.getByRole('option', { name: /Camille Martin/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  const preview = dialog.getByRole('region', { name: 'What they will be able to do' });
  await expect(preview.getByRole('listitem')).toHaveText(['Nothing yet: choose at least one role.']);

  const support = dialog.getByRole('switch', { name: 'Support administrator', exact: true });
  await support.focus();
  await page.keyboard.press('Space');
  await expect(preview.getByRole('listitem')).toHaveText([
    'Nothing yet: choose what the roles you turned on cover.',
  ]);
  const basic = dialog.getByRole('checkbox', { name: 'Basic support administrator', exact: true });
  await basic.focus();
  await page.keyboard.press('Space');
  await expect(preview.getByRole('listitem')).toHaveText([
    'Open support cases for every product except Marketo Engage',
  ]);
  // The preview follows the selection without taking the focus.
  await expect(basic).toBeFocused();

  await dialog.getByRole('checkbox', { name: 'Product support administrator', exact: true }).focus();
  await page.keyboard.press('Space');
  const instances = dialog.getByRole('combobox', { name: 'Marketo Engage instances' });
  await instances.focus();
  await instances.pressSequentially('Production', { delay: 30 });
  await expect(page.getByRole('option', { name: /Acme Production/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(preview.getByRole('listitem')).toHaveText([
    'Open support cases for every product except Marketo Engage',
    /Open support cases for Marketo Engage - Acme Production/,
  ]);

  await dialog.getByRole('switch', { name: 'System administrator', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(preview.getByRole('listitem')).toHaveText([
    'Everything in the Admin Console, including assigning System administrators',
  ]);
  await expect(preview).toContainText(
    'If they only need Basic support administrator and Product support administrator, leave System administrator off.',
  );
  await expectNoA11yViolations(page);
});

test('in French, the preview names the products with elision', async ({ page, app }) => {
  await app.open('/users/administrators/u-jonas-weber', { lang: 'fr' });
  await page.getByRole('button', { name: 'Modifier les droits d’administrateur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier les droits d’administrateur' });
  const preview = dialog.getByRole('region', { name: 'Ce que cette personne pourra faire' });
  await expect(preview.getByRole('listitem')).toHaveText([
    /Ouvrir des demandes d’assistance pour Marketo Engage - Acme Production/,
  ]);
  await dialog.getByRole('switch', { name: 'Administrateur de produit', exact: true }).check();
  await dialog.getByRole('combobox', { name: 'Produits' }).click();
  await page.getByRole('option', { name: 'Adobe Analytics' }).click();
  await page.keyboard.press('Escape');
  await expect(preview).toContainText('Gérer les utilisateurs et les profils de produit d’Adobe Analytics');
});
