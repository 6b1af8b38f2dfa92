import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

/** Invitation lifecycle (PRODUCT.md §3.2): grant → email from message@adobe.com → Get started → active admin. */

const SAM = 'sam.rivera@acme.example';
const ALEX = { id: 'u-alex-chen', email: 'alex.chen@mail.example', name: 'Alex Chen' };
const NEW_ADMIN = { email: 'new.admin@acme.example', first: 'Noor', last: 'Haddad', name: 'Noor Haddad' };
const SUBJECT = 'Your administrator rights for the Adobe Admin Console';
const WELCOME = 'Welcome! You are now an administrator of Acme Corp.';

/** Grant roles through the real API from the page (as the signed-in persona, Sam by default). */
async function grantViaApi(page: Page, userId: string, roles: unknown[]): Promise<string> {
  const result = await page.evaluate(
    async ({ userId, roles }) => {
      const res = await fetch('/api/administrators', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId, roles }),
      });
      const body = (await res.json()) as { invitation?: { token: string } };
      return { status: res.status, token: body.invitation?.token ?? '' };
    },
    { userId, roles },
  );
  expect(result.status, 'grant through POST /api/administrators').toBe(201);
  return result.token;
}

/** Open the mailbox and read the newest email sent to `to`; returns the reading pane. */
async function openEmailTo(page: Page, to: string): Promise<Locator> {
  await expect(page.getByRole('heading', { level: 1, name: 'Mailbox' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Emails' });
  await list
    .getByRole('button', { name: new RegExp(to.replace(/\./g, '\\.')) })
    .first()
    .click();
  const email = page.getByRole('article', { name: SUBJECT });
  await expect(email).toBeVisible();
  await expect(email.getByText(to)).toBeVisible();
  await expect(email.getByText('message@adobe.com', { exact: true })).toBeVisible();
  return email;
}

/** The administrators table row of `name` (as Sam), with its status. */
async function expectAdminStatus(page: Page, name: string, status: 'Active' | 'Pending'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Administrators' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row.getByText(status, { exact: true })).toBeVisible();
}

test.describe('Invitation lifecycle', () => {
  test('a new user added by email accepts by setting up a profile and becomes Active', async ({
    page,
    app,
  }) => {
    // A whole journey with several axe runs: ~25 s alone, ~40 s beside other runs on 2 cores.
    test.slow();
    await app.open('/users/administrators');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrators' })).toBeVisible();

    // Sam grants Basic support administrator to someone not yet in the directory.
    await page.getByRole('button', { name: 'Add admin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add admin' });
    await dialog.getByRole('combobox', { name: 'Email or username' }).fill(NEW_ADMIN.email);
    await page.getByRole('option', { name: `Add new user ${NEW_ADMIN.email}` }).click();
    await dialog.getByRole('textbox', { name: 'First name (optional)' }).fill(NEW_ADMIN.first);
    await dialog.getByRole('textbox', { name: 'Last name (optional)' }).fill(NEW_ADMIN.last);
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByRole('switch', { name: 'Support administrator', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Basic support administrator', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(`Invitation sent to ${NEW_ADMIN.email}`)).toBeVisible();
    await expectAdminStatus(page, NEW_ADMIN.name, 'Pending');

    // Sam signs out: from here on we are the invitee.
    await page.getByRole('button', { name: /^Account: Sam Rivera/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await app.open('/mailbox');
    const email = await openEmailTo(page, NEW_ADMIN.email);
    await expect(email.getByText('Basic support administrator', { exact: true })).toBeVisible();
    await expect(
      email.getByText(/add a support phone number so that Adobe Customer Care can call you back/),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await email.getByRole('link', { name: 'Get started' }).click();

    // The invitation page: what it gives, then Get started → sign in with the email prefilled.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your administrator rights for Acme Corp' }),
    ).toBeVisible();
    await expect(page.getByText(`You will sign in as ${NEW_ADMIN.email} first.`)).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Get started' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(NEW_ADMIN.email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // No profile yet: Set up your profile.
    const profileHeading = page.getByRole('heading', { level: 1, name: 'Set up your profile' });
    await expect(profileHeading).toBeVisible();
    await expect(profileHeading).toBeFocused();
    await expectNoA11yViolations(page);
    await page.getByRole('textbox', { name: 'First name' }).fill(NEW_ADMIN.first);
    await page.getByRole('textbox', { name: 'Last name' }).fill(NEW_ADMIN.last);
    await page.getByRole('combobox', { name: 'Country/region' }).selectOption({ label: 'Germany' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // In the Admin Console with the new rights (a Support administrator sees Support).
    await expect(page.getByText(WELCOME)).toBeVisible();
    await expect(page).toHaveURL(/\/users\/administrators$/);
    await expect(page.getByRole('button', { name: `Account: ${NEW_ADMIN.name}` })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support', exact: true }),
    ).toBeVisible();

    await app.signInAs(SAM, '/users/administrators');
    await expectAdminStatus(page, NEW_ADMIN.name, 'Active');
  });

  test('Alex Chen (two profiles) joins the team with the Acme Corp profile, not the personal one', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    await grantViaApi(page, ALEX.id, [{ role: 'deployment' }]);

    await app.open('/mailbox');
    const email = await openEmailTo(page, ALEX.email);
    await expect(email.getByText('Deployment administrator', { exact: true })).toBeVisible();
    await email.getByRole('link', { name: 'Get started' }).click();

    // Still signed in as Sam: the page says so and offers to switch account.
    await expect(page.getByRole('heading', { name: 'This invitation is for another account' })).toBeVisible();
    await page.getByRole('button', { name: 'Switch account' }).click();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(ALEX.email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Join the Acme Corp team' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Join team' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Select a profile' })).toBeVisible();
    await expectNoA11yViolations(page);
    const personal = page.getByRole('radio', { name: 'Personal profile' });
    await expect(personal).toHaveAccessibleDescription('Does not give access to Acme Corp.');
    await personal.check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page.getByText(
        'Your personal profile does not give access to Acme Corp, so no rights were activated. Choose the Acme Corp profile.',
      ),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/invitations\//);

    await page.getByRole('radio', { name: 'Acme Corp' }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByText(WELCOME)).toBeVisible();
    await expect(page).toHaveURL(/\/users\/administrators$/);
    await expect(page.getByRole('button', { name: `Account: ${ALEX.name}` })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    await app.signInAs(SAM, '/users/administrators');
    await expectAdminStatus(page, ALEX.name, 'Active');
  });

  test('before accepting, the invitee has no access yet and is told to use Get started', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    await grantViaApi(page, ALEX.id, [{ role: 'deployment' }]);

    await app.signInAs(ALEX.email, '/users/administrators');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your administrator rights are not active yet' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Open the invitation email from message@adobe.com and select Get started to accept your administrator rights.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Open the demo mailbox' }).click();
    await openEmailTo(page, ALEX.email);
  });

  test('a link opened after 30 days shows a clear expired page', async ({ page, app }) => {
    await app.open('/users/administrators');
    await grantViaApi(page, ALEX.id, [{ role: 'deployment' }]);

    await app.open('/mailbox', { clock: '+31d' });
    const email = await openEmailTo(page, ALEX.email);
    await email.getByRole('link', { name: 'Get started' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'This invitation has expired' })).toBeVisible();
    await expect(page.getByText(/Invitations work for 30 days; this one expired on/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Get started' })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('the audit log shows the grant, the invitation sent and accepted, and exports CSV', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    const token = await grantViaApi(page, ALEX.id, [{ role: 'deployment' }]);

    // Alex accepts through the API with his Acme Corp profile.
    const accepted = await page.evaluate(
      async ({ email, token }) => {
        const json = { 'Content-Type': 'application/json' };
        const signIn = await fetch('/api/session', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ email }),
        });
        const accept = await fetch(`/api/invitations/${encodeURIComponent(token)}/accept`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ profileId: 'p-alex-acme' }),
        });
        return [signIn.status, accept.status];
      },
      { email: ALEX.email, token },
    );
    expect(accepted, 'sign in as Alex, then accept').toEqual([200, 200]);

    await app.signInAs(SAM, '/insights/audit-log');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Audit log entries' });
    const alexRows = table.getByRole('row').filter({ hasText: ALEX.email });
    for (const event of ['Admin rights granted', 'Invitation sent', 'Invitation accepted']) {
      await expect(alexRows.filter({ hasText: event }).first(), event).toBeVisible();
    }
    await expectNoA11yViolations(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.split('\r\n');
    expect(header).toBe('Date,Event,Detail,Object,Affected user,Admin');
    expect(lines.some((l) => l.includes('Invitation accepted') && l.includes(ALEX.email))).toBe(true);
    await expect(page.getByText(/^Audit log exported \(\d+ entries\)\.$/)).toBeVisible();
  });
});
