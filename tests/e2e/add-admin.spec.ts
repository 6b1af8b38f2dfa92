import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

/** Accessible names of the flow (PRODUCT.md §3.1, French twins from §3.5 and the locale files). */
const NAMES = {
  en: {
    administrators: 'Administrators',
    addAdmin: 'Add admin',
    userField: 'Email or username',
    next: 'Next',
    stepTwo: 'Select admin roles',
    support: 'Support administrator',
    productSupport: 'Product support administrator',
    instances: 'Marketo Engage instances',
    save: 'Save',
    sent: 'Invitation sent to camille.martin@acme.example',
    pending: 'Pending',
  },
  fr: {
    administrators: 'Administrateurs',
    addAdmin: 'Ajouter un administrateur',
    userField: 'Adresse e-mail ou nom d’utilisateur',
    next: 'Suivant',
    stepTwo: 'Sélectionner les rôles d’administrateur',
    support: 'Administrateur d’assistance',
    productSupport: 'Administrateur d’assistance produit',
    instances: 'Instances Marketo Engage',
    save: 'Enregistrer',
    sent: 'Invitation envoyée à camille.martin@acme.example',
    pending: 'En attente',
  },
} as const;
type Names = (typeof NAMES)[keyof typeof NAMES];

const CAMILLE = 'Camille Martin';
const INSTANCE = 'Marketo Engage - Acme Production';

/** Press Tab until `target` has the focus (keyboard only; fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reachable with Tab within ${max} presses`).toBeFocused();
}

/** In an open listbox, press ArrowDown until `option` is the highlighted one. */
async function arrowTo(page: Page, option: Locator, max = 30): Promise<void> {
  await expect(option).toBeVisible();
  for (let i = 0; i < max; i += 1) {
    if (/\bMui-focused\b/.test((await option.getAttribute('class')) ?? '')) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(option).toHaveClass(/\bMui-focused\b/);
}

async function expectCamillePending(page: Page, n: Names): Promise<void> {
  await expect(page.getByText(n.sent)).toBeVisible();
  await expect(page.getByRole('dialog', { name: n.addAdmin })).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(CAMILLE) });
  await expect(row).toBeVisible();
  await expect(row.getByText(n.pending, { exact: true })).toBeVisible();
}

/** The whole flow with the mouse: Camille Martin becomes Product support administrator for Acme Production. */
async function addCamilleWithMouse(page: Page, n: Names, checkA11y: boolean): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: n.administrators })).toBeVisible();
  if (checkA11y) await expectNoA11yViolations(page);

  await page.getByRole('button', { name: n.addAdmin, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: n.addAdmin });
  await expect(dialog).toBeVisible();
  const next = dialog.getByRole('button', { name: n.next, exact: true });
  await expect(next).toBeDisabled();

  await dialog.getByRole('combobox', { name: n.userField }).pressSequentially('camille', { delay: 30 });
  await page.getByRole('option', { name: new RegExp(CAMILLE) }).click();
  await expect(next).toBeEnabled();
  await next.click();

  await expect(dialog.getByRole('heading', { name: n.stepTwo })).toBeVisible();
  if (checkA11y) await expectNoA11yViolations(page);

  const save = dialog.getByRole('button', { name: n.save, exact: true });
  await expect(save).toBeDisabled();
  await dialog.getByRole('switch', { name: n.support, exact: true }).check();
  await expect(save).toBeDisabled(); // Support administrator needs Basic and/or Product support
  await dialog.getByRole('checkbox', { name: n.productSupport, exact: true }).check();
  await expect(save).toBeDisabled(); // Product support needs at least one instance
  await dialog.getByRole('combobox', { name: n.instances }).click();
  await page.getByRole('option', { name: INSTANCE, exact: true }).click();
  await page.keyboard.press('Tab'); // leave the multi-select: its list closes
  await expect(save).toBeEnabled();
  if (checkA11y) await expectNoA11yViolations(page); // step 2 with its scopes open
  await save.click();

  await expectCamillePending(page, n);
}

test.describe('Add admin', () => {
  test('Sam makes Camille Martin a Product support administrator for Acme Production', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    await addCamilleWithMouse(page, NAMES.en, true);
  });

  test('the same flow with the keyboard only', async ({ page, app }) => {
    const n = NAMES.en;
    await app.open('/users/administrators');
    await expect(page.getByRole('heading', { level: 1, name: n.administrators })).toBeVisible();

    await tabTo(page, page.getByRole('button', { name: n.addAdmin, exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: n.addAdmin });
    const userField = dialog.getByRole('combobox', { name: n.userField });
    await expect(userField).toBeFocused();
    await page.keyboard.type('camille', { delay: 30 });
    await arrowTo(page, page.getByRole('option', { name: new RegExp(CAMILLE) }));
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: n.next, exact: true }));
    await page.keyboard.press('Enter');

    await expect(dialog.getByRole('heading', { name: n.stepTwo })).toBeFocused();
    const support = dialog.getByRole('switch', { name: n.support, exact: true });
    await tabTo(page, support);
    await page.keyboard.press('Space');
    await expect(support).toBeChecked();
    const productSupport = dialog.getByRole('checkbox', { name: n.productSupport, exact: true });
    await tabTo(page, productSupport);
    await page.keyboard.press('Space');
    await expect(productSupport).toBeChecked();
    await tabTo(page, dialog.getByRole('combobox', { name: n.instances }));
    await page.keyboard.press('ArrowDown');
    await arrowTo(page, page.getByRole('option', { name: INSTANCE, exact: true }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape'); // closes the list only, not the dialog
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('listbox')).toBeHidden();

    await tabTo(page, dialog.getByRole('button', { name: n.save, exact: true }));
    await page.keyboard.press('Enter');
    await expectCamillePending(page, n);
  });

  test('the same flow in French', async ({ page, app }) => {
    await app.open('/users/administrators', { lang: 'fr' });
    await addCamilleWithMouse(page, NAMES.fr, false);
  });

  test('the draft survives a reload: the dialog reopens at step 2', async ({ page, app }) => {
    const n = NAMES.en;
    await app.open('/users/administrators');
    await page.getByRole('button', { name: n.addAdmin, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: n.addAdmin });
    await dialog.getByRole('combobox', { name: n.userField }).pressSequentially('camille', { delay: 30 });
    await page.getByRole('option', { name: new RegExp(CAMILLE) }).click();
    await dialog.getByRole('button', { name: n.next, exact: true }).click();
    await dialog.getByRole('switch', { name: n.support, exact: true }).check();
    await dialog.getByRole('checkbox', { name: n.productSupport, exact: true }).check();

    await page.reload();

    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: n.stepTwo })).toBeVisible();
    await expect(dialog.getByText(CAMILLE).first()).toBeVisible();
    await expect(dialog.getByRole('switch', { name: n.support, exact: true })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: n.productSupport, exact: true })).toBeChecked();

    // Cancel clears the draft: after another reload there is no dialog.
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: n.administrators })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

// Issue #18 item 5: the offer to add a typed email as a new user opens above the field, so the name fields under
// it stay free to click, on a laptop and on a phone.
for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the Add new user offer leaves First name free (${viewport.width} px)`, async ({ page, app }) => {
    await page.setViewportSize(viewport);
    await app.open('/users/administrators');
    await page.getByRole('button', { name: 'Add admin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add admin' });
    await dialog.getByRole('combobox', { name: 'Email or username' }).fill('ada.lovelace@example.com');
    const offer = page.getByRole('option', { name: 'Add new user ada.lovelace@example.com' });
    await expect(offer).toBeVisible();
    const first = dialog.getByRole('textbox', { name: 'First name (optional)' });
    const last = dialog.getByRole('textbox', { name: 'Last name (optional)' });
    await expect(first).toBeVisible();
    // Once the dialog has grown with the name fields (and moved, centred), the offer sits above the field.
    const combo = dialog.getByRole('combobox', { name: 'Email or username' });
    await expect
      .poll(async () => {
        const o = (await page.getByRole('listbox').boundingBox())!;
        const c = (await combo.boundingBox())!;
        return o.y + o.height <= c.y;
      })
      .toBe(true);
    const o = (await page.getByRole('listbox').boundingBox())!;
    for (const field of [first, last]) {
      const f = (await field.boundingBox())!;
      const overlap =
        o.y < f.y + f.height && f.y < o.y + o.height && o.x < f.x + f.width && f.x < o.x + o.width;
      expect(overlap, 'the offer covers a name field').toBe(false);
    }
    // A real pointer click at the field's centre lands on it (nothing on top).
    const f = (await first.boundingBox())!;
    await page.mouse.click(f.x + f.width / 2, f.y + f.height / 2);
    await expect(first).toBeFocused();
    await page.keyboard.type('Ada');
    await expect(first).toHaveValue('Ada');
  });
}
