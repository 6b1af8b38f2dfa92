import { expect, expectNoA11yViolations, test } from './fixtures';

test.describe('smoke', () => {
  test('the shell renders with its navigation', async ({ page, app }) => {
    await app.open('/users');
    const main = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Overview', 'Products', 'Users', 'Insights']) {
      await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
    }
    // Sam Rivera is a System administrator, not a Support administrator.
    await expect(main.getByRole('link', { name: 'Support', exact: true })).toHaveCount(0);
    await expect(page.getByText('Acme Corp', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Account: Sam Rivera/ })).toBeVisible();

    const usersArea = page.getByRole('navigation', { name: 'Users area' });
    await expect(usersArea.getByRole('link', { name: 'Users', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await usersArea.getByRole('link', { name: 'User groups', exact: true }).click();
    await expect(page).toHaveURL(/\/users\/user-groups$/);
    await expect(page.getByRole('heading', { level: 1, name: 'User groups' })).toBeVisible();
    await usersArea.getByRole('link', { name: 'Administrators', exact: true }).click();
    await expect(page).toHaveURL(/\/users\/administrators$/);

    await main.getByRole('link', { name: 'Products', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
    await main.getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('a Support administrator sees the Support link', async ({ page, app }) => {
    await app.signInAs('amara.okafor@acme.example', '/users');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support', exact: true }),
    ).toBeVisible();
  });

  test('the language menu switches to Français and the choice survives a reload', async ({ page, app }) => {
    await app.open('/users');
    await page.getByRole('button', { name: 'Language: EN (English)' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    const main = page.getByRole('navigation', { name: 'Principale' });
    await expect(main.getByRole('link', { name: 'Utilisateurs', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.reload();
    await expect(page.getByRole('button', { name: /^Langue/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Vue d’ensemble', exact: true })).toBeVisible();
  });

  test('?lang=fr opens the app in French', async ({ page, app }) => {
    await app.open('/users/user-groups', { lang: 'fr' });
    await expect(page.getByRole('heading', { level: 1, name: 'Groupes d’utilisateurs' })).toBeVisible();
  });
});

/**
 * Every screen the smoke tests visit, and the other top-level ones, checked with axe-core (WCAG 2.0-2.2 A and AA
 * tags) once their content is on screen. The wizard, the case form and the invitation pages are checked in their
 * own flows (add-admin, support, lifecycle).
 */
const SCREENS: {
  path: string;
  lang?: 'fr';
  ready: { role: 'heading' | 'rowheader' | 'row' | 'table'; name: RegExp | string };
}[] = [
  { path: '/users', ready: { role: 'table', name: 'Users of the organisation' } },
  { path: '/users/user-groups', ready: { role: 'rowheader', name: 'EMEA Marketing' } },
  { path: '/users/administrators', ready: { role: 'row', name: /Priya Natarajan/ } },
  { path: '/users/administrators/u-priya-natarajan', ready: { role: 'heading', name: 'Priya Natarajan' } },
  { path: '/users/administrators/u-sam-rivera', ready: { role: 'heading', name: 'Sam Rivera' } },
  { path: '/products', ready: { role: 'rowheader', name: 'Adobe Analytics' } },
  { path: '/overview', ready: { role: 'heading', name: 'Overview' } },
  { path: '/insights/audit-log', ready: { role: 'heading', name: 'Audit log' } },
  { path: '/mailbox', ready: { role: 'heading', name: 'Mailbox' } },
  { path: '/sign-in', ready: { role: 'heading', name: 'Demo accounts' } },
  { path: '/users/administrators', lang: 'fr', ready: { role: 'row', name: /Priya Natarajan/ } },
  {
    path: '/users/administrators/u-priya-natarajan',
    lang: 'fr',
    ready: { role: 'heading', name: 'Priya Natarajan' },
  },
];

test.describe('axe', () => {
  for (const s of SCREENS) {
    test(`${s.path}${s.lang ? ` (${s.lang})` : ''} is axe clean`, async ({ page, app }) => {
      await app.open(s.path, s.lang ? { lang: s.lang } : {});
      await expect(page.getByRole(s.ready.role, { name: s.ready.name }).first()).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }
});
