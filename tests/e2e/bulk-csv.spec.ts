import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

const HEADER =
  'Email,First name,Last name,Admin roles,Products,Product profiles,User groups,Support,Marketo Engage instances';
const csvFile = (lines: string[]) => ({
  name: 'admins.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8'),
});
const textOf = async (d: Download) => (await readFile(await d.path())).toString('utf8');

test('Add admins from CSV: dry run, grant the ready rows, announce, offer the failed rows', async ({
  page,
  app,
}) => {
  await app.signInAs('sam.rivera@acme.example');
  await page.getByRole('button', { name: 'Add admins from CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add admins from CSV' });

  const template = page.waitForEvent('download');
  await dialog.getByRole('link', { name: 'Download template' }).click();
  expect((await textOf(await template)).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(HEADER);

  await dialog
    .getByLabel('CSV file')
    .setInputFiles(
      csvFile([
        'noor.haddad@acme.example,Noor,Haddad,Product support administrator,,,,,Marketo Engage - Acme Sandbox',
        'ravi.menon@acme.example,Ravi,Menon,Product administrator,Adobe Analytics,,,,',
        '=HYPERLINK("http://evil.example"),,,Deployment administrator,,,,,',
        'ravi.menon@acme.example,,,Deployment administrator,,,,,',
      ]),
    );
  const table = dialog.getByRole('table', { name: 'Result of the check, row by row' });
  await expect(table.getByRole('columnheader', { name: 'Result' })).toBeVisible();
  const results = table.getByRole('row').locator('td:last-child');
  await expect(results).toHaveText([
    'Ready',
    'Ready',
    'The email address is not valid.',
    'This email is already on row 2; each person goes on one row.',
  ]);
  // The formula is shown as text, never run.
  await expect(table.getByRole('cell', { name: '=HYPERLINK("http://evil.example")' })).toBeVisible();
  await expectNoA11yViolations(page);

  await dialog.getByRole('button', { name: 'Grant 2 admins' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Invitations sent to 2 people' })).toBeVisible();
  const failed = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the 2 rows that failed' }).click();
  const failedCsv = await textOf(await failed);
  expect(failedCsv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(failedCsv).toContain('The email address is not valid.');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add admins from CSV' })).toBeFocused();
  for (const name of ['Noor Haddad', 'Ravi Menon']) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await expect(row.getByText('Pending')).toBeVisible();
  }
});

test('in French, with French role names: the reasons and the button speak French', async ({ page, app }) => {
  await app.open('/users/administrators', { lang: 'fr' });
  await page.getByRole('button', { name: 'Ajouter des administrateurs à partir d’un CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter des administrateurs à partir d’un CSV' });
  await dialog
    .getByLabel('Fichier CSV')
    .setInputFiles(
      csvFile([
        "lea.roux@acme.example,Léa,Roux,Administrateur d'assistance,,,,Assistance de base,",
        'amara.okafor@acme.example,,,Administrateur d’assistance,,,,Administrateur d’assistance de base,',
        'x@acme.example,,,Administrateur royal,,,,,',
      ]),
    );
  await expect(dialog.getByRole('row').locator('td:last-child')).toHaveText([
    'Prête',
    'Cette personne a déjà ce rôle : Administrateur d’assistance.',
    'Aucun rôle d’administrateur ne s’appelle « Administrateur royal ».',
  ]);
  await dialog.getByRole('button', { name: 'Attribuer 1 administrateur' }).click();
  await expect(dialog.getByText('Invitation envoyée à 1 personne')).toBeVisible();
});
