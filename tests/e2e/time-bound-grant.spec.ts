import { expect, test } from './fixtures';

/** Issue #15 part 3: a grant with an end date ends on the mock clock, and says so by email. */
const CAMILLE = 'Camille Martin';

/** `YYYY-MM-DD` as the Administrators table shows it (the locale's medium date, a UTC day). */
const shown = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

test('Sam grants Support administrator for 30 days; +31 days on the mock clock ends it, with an email', async ({
  page,
  app,
}) => {
  await app.open('/users/administrators');
  await page.goto('/users/administrators?panel=on');
  const now = await page.evaluate(
    async () => ((await (await fetch('/__mock/state')).json()) as { now: string }).now,
  );
  const end = new Date(Date.parse(now.slice(0, 10)) + 30 * 86_400_000).toISOString().slice(0, 10);

  await page.getByRole('button', { name: 'Add admin', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add admin' });
  await dialog
    .getByRole('combobox', { name: 'Email or username' })
    .pressSequentially('camille', { delay: 30 });
  await page.getByRole('option', { name: new RegExp(CAMILLE) }).click();
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await dialog.getByRole('switch', { name: 'Support administrator', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Basic support administrator', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Remove these rights on a date' }).check();
  const endDate = dialog.getByLabel(/^End date/);
  // Today is refused, with the reason; Save waits for a date in range.
  await endDate.fill(now.slice(0, 10));
  await expect(dialog.getByText('The end date must be tomorrow or later.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await endDate.fill(end);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Invitation sent to camille.martin@acme.example')).toBeVisible();

  const row = page.getByRole('row', { name: new RegExp(CAMILLE) });
  await expect(row.getByText(`Until ${shown(end, 'en-US')}`)).toBeVisible();

  // The prototype panel moves the clock: the grant's end day has come, and the table says so at once.
  await page.getByRole('button', { name: 'Prototype panel' }).click();
  const panel = page.getByRole('dialog', { name: 'Prototype panel' });
  await panel.getByRole('button', { name: '+31 days' }).click();
  await page.keyboard.press('Escape');
  await expect(row).toHaveCount(0);

  await app.open('/mailbox?to=camille.martin%40acme.example');
  const list = page.getByRole('list', { name: 'Emails' });
  await list.getByRole('button', { name: /Some of your administrator rights have ended/ }).click();
  const email = page.getByRole('article');
  await expect(
    email.getByRole('heading', { name: 'Some of your administrator rights have ended' }),
  ).toBeVisible();
  await expect(email).toContainText('message@adobe.com');
  await expect(email.getByRole('listitem')).toHaveText(['Basic support administrator']);

  // Read with the French interface, the email stays in its recipient's language (Camille chose none: English);
  // the mailbox's own labels are French (issue #18 item 11).
  await app.open('/mailbox?to=camille.martin%40acme.example', { lang: 'fr' });
  await page
    .getByRole('list', { name: 'E-mails' })
    .getByRole('button', { name: /Some of your administrator rights have ended/ })
    .click();
  const read = page.getByRole('article', { name: 'Some of your administrator rights have ended' });
  await expect(read).toHaveAttribute('lang', 'en');
  await expect(read.getByText('De', { exact: true })).toBeVisible();
  await expect(read.getByRole('listitem')).toHaveText(['Basic support administrator']);
});
