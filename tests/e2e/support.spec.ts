import { expect, expectNoA11yViolations, test } from './fixtures';

/** Support portal (PRODUCT.md §3.3): visible to Support administrators only; case form, My cases, case detail. */

const JONAS = 'jonas.weber@acme.example'; // Product support administrator: Marketo Engage – Acme Production
const AMARA = 'amara.okafor@acme.example'; // Basic support administrator
const SAM = 'sam.rivera@acme.example'; // System administrator, not a Support administrator
const CASE_TITLE = 'Smart campaigns stopped sending';

test.describe('Support portal', () => {
  test('Jonas opens a critical Marketo Engage case, finds it in My cases and closes it', async ({
    page,
    app,
  }) => {
    // A whole journey with several axe runs: ~25 s alone, ~40 s beside other runs on 2 cores.
    test.slow();
    await app.signInAs(JONAS, '/overview');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Support', exact: true })
      .click();
    await expect(page).toHaveURL(/\/support$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your open cases' })).toBeVisible();
    // The seed's open case of his (issue #17 item 6), with its status.
    await expect(page.getByRole('link', { name: /^E-000003 — / })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: 'Open a support ticket' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open a support ticket' })).toBeVisible();
    const product = page.getByRole('combobox', { name: /^Product/ });
    await product.selectOption({ label: 'Marketo Engage' });
    await page
      .getByRole('combobox', { name: /^Marketo Engage instance/ })
      .selectOption({ label: 'Acme Production' });
    await page.getByRole('textbox', { name: /^Case title/ }).fill(CASE_TITLE);
    await page
      .getByRole('textbox', { name: /^Case description/ })
      .fill('Since 9:00 CET no smart campaign sends emails.\nSteps: open any campaign, Run Once.');
    await page.getByRole('radio', { name: 'Critical' }).check();
    await page.getByRole('textbox', { name: /^Business impact/ }).fill('Product launch emails are blocked.');
    await page.getByRole('radio', { name: 'EMEA' }).check();
    await expect(
      page.getByText('For immediate help with a critical issue, call +44 20 7946 0000 (EMEA).'),
    ).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Submit case' }).click();
    const heading = page.getByRole('heading', { level: 1, name: CASE_TITLE });
    await expect(heading).toBeVisible();
    await expect(page).toHaveURL(/\/support\/cases\/E-\d{6}$/);
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(caseId).toMatch(/^E-\d{6}$/);
    await expect(page.getByText(`Case ${caseId} opened`)).toBeVisible();

    // My cases lists it; open it from there.
    const supportNav = page.getByRole('navigation', { name: 'Support' });
    await supportNav.getByRole('link', { name: 'My cases' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My cases' })).toBeVisible();
    const row = page.getByRole('table', { name: 'My cases' }).getByRole('row', { name: new RegExp(caseId) });
    await expect(row).toContainText(CASE_TITLE);
    await expect(row).toContainText('Marketo Engage');
    await expect(row).toContainText('Critical');
    await expect(row.getByText('Awaiting assignment', { exact: true })).toBeVisible();
    await row.getByRole('link', { name: caseId }).click();

    await expect(heading).toBeVisible();
    const details = page.locator('dl');
    await expect(details).toContainText('Acme Production');
    await expect(details).toContainText('EMEA');
    await expect(details.getByText('Awaiting assignment', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Close case' }).click();
    const confirm = page.getByRole('dialog', { name: `Close case ${caseId}?` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Close case' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`Case ${caseId} closed`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reopen case' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close case' })).toHaveCount(0);
    await expect(details.getByText('Awaiting assignment', { exact: true })).toHaveCount(0);
    // The status chip and the new "Closed" date row.
    await expect(details.getByText('Closed', { exact: true })).toHaveCount(2);
  });

  test('a System administrator who is not a Support administrator gets no Support link and no form', async ({
    page,
    app,
  }) => {
    await app.signInAs(SAM, '/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support', exact: true }),
    ).toHaveCount(0);

    await app.open('/support/cases/new');
    await expect(
      page.getByRole('heading', { level: 1, name: 'You need the Support administrator role' }),
    ).toBeVisible();
    // He may assign the role, to a colleague; another System administrator can assign it to him (issue #18 item 13).
    await expect(page.getByText(/ask another System administrator to assign the role to you/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add admin' })).toHaveAttribute(
      'href',
      '/users/administrators?add=1&support=basic',
    );
    await expect(page.getByRole('textbox', { name: /^Case title/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Submit case' })).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: /Open a support ticket|Open ticket|Create case/ }),
    ).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('a Basic support administrator cannot choose Marketo Engage', async ({ page, app }) => {
    await app.signInAs(AMARA, '/support/cases/new');
    const product = page.getByRole('combobox', { name: /^Product/ });
    await expect(product).toBeVisible();
    await expect(product.getByRole('option', { name: 'Adobe Analytics' })).toHaveCount(1);
    await expect(product.getByRole('option', { name: /Marketo/ })).toHaveCount(0);
  });

  test('in French the portal is Assistance with Ouvrir un ticket d’assistance', async ({ page, app }) => {
    await app.open('/overview', { as: JONAS, lang: 'fr' });
    const main = page.getByRole('navigation', { name: 'Principale' });
    await main.getByRole('link', { name: 'Assistance', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Assistance' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ouvrir un ticket d’assistance' })).toBeVisible();
  });
});
