import { expect, expectNoA11yViolations, test } from './fixtures';

/**
 * Support portal, issue #17: as Jonas, a case with a watcher and an attachment, then a status change by Adobe Support
 * (prototype panel) and the watcher's email in /mailbox; Amara's Organization cases in French.
 */

const JONAS = 'jonas.weber@acme.example';
const AMARA = 'amara.okafor@acme.example';
const WATCHER = 'lead@partner.example';
const TITLE = 'Lead sync to the CRM stopped';
const LOG = 'Sync job 4711 failed: 429 Too Many Requests\n';

test.describe('Support portal: watchers, attachments, statuses', () => {
  test('Jonas opens a case with a watcher and an attachment; Adobe Support replies; the watcher is emailed', async ({
    page,
    app,
  }) => {
    // A whole journey with two axe runs and a download: ~25 s alone, more beside other runs on 2 cores.
    test.slow();
    // The support phone number of his profile (account menu › Profile) fills in the case's Phone number.
    await app.signInAs(JONAS, '/overview');
    await page.getByRole('button', { name: 'Account: Jonas Weber' }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.getByRole('textbox', { name: 'Support phone number' }).fill('+49 30 1234567');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Profile saved')).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Support', exact: true })
      .click();
    await page.getByRole('link', { name: 'Open a support ticket' }).click();
    await page.getByRole('combobox', { name: /^Product/ }).selectOption({ label: 'Marketo Engage' });
    await page
      .getByRole('combobox', { name: /^Marketo Engage instance/ })
      .selectOption({ label: 'Acme Production' });
    await page.getByRole('textbox', { name: /^Case title/ }).fill(TITLE);
    await page
      .getByRole('textbox', { name: /^Case description/ })
      .fill('Since 8:00 CET no lead reaches the CRM.\nThe sync log is attached.');
    await page
      .getByLabel('Add attachments')
      .setInputFiles([{ name: 'sync-job.log', mimeType: '', buffer: Buffer.from(LOG) }]);
    const toSend = page.getByRole('list', { name: 'Attachments to send' });
    await expect(toSend.getByRole('button', { name: 'Remove sync-job.log' })).toBeVisible();
    await expect(toSend).toContainText(`sync-job.log (${LOG.length} bytes)`);
    await page.getByRole('radio', { name: 'High' }).check();
    await page.getByRole('textbox', { name: /^Business impact/ }).fill('New leads are not followed up.');
    await page.getByRole('radio', { name: 'EMEA' }).check();
    await expect(page.getByRole('textbox', { name: 'Phone number' })).toHaveValue('+49 30 1234567');
    const watchers = page.getByRole('textbox', {
      name: /^Who else should we keep up to date\? \(Optional\)/,
    });
    await watchers.fill(WATCHER);
    await watchers.press('Enter');
    await expect(page.getByRole('list', { name: '1 person kept up to date' })).toContainText(WATCHER);
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Submit case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(caseId).toMatch(/^E-\d{6}$/);
    const status = page.locator('dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(status).toHaveText('Awaiting assignment');
    await expect(page.locator('dl')).toContainText('+49 30 1234567');

    // The attachment is listed with its size and downloads as it was sent.
    const file = page.getByRole('button', { name: `Download sync-job.log, ${LOG.length} bytes` });
    const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
    expect(download.suggestedFilename()).toBe('sync-job.log');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(LOG);

    // Adobe Support replies (prototype panel): the case moves on, as a support engineer's reply would.
    await page.goto(`/support/cases/${caseId}?panel=on`);
    await page.getByRole('button', { name: 'Prototype panel' }).click();
    const panel = page.getByRole('dialog', { name: 'Prototype panel' });
    await expect(panel.getByRole('combobox', { name: 'Case' })).toHaveValue(caseId);
    await panel.getByRole('button', { name: 'Reply from Adobe Support' }).click();
    await expect(page.getByText(`Adobe Support replied on ${caseId}.`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(status).toHaveText('In progress');
    const comments = page.getByRole('region', { name: 'Comments' });
    await expect(comments.getByText('Reply from Adobe Support')).toBeVisible();
    await expect(comments).toContainText('I am now working on your case');

    // On the case page: one more person kept up to date, and a comment with a file.
    const more = page.getByRole('textbox', { name: /^Who else should we keep up to date\? \(Optional\)/ });
    await more.fill('ops@acme.example');
    await more.press('Enter');
    await page.getByRole('button', { name: 'Save people kept up to date' }).click();
    await expect(page.getByText('People kept up to date saved')).toBeVisible();
    await expect(page.getByRole('list', { name: '2 people kept up to date' })).toContainText(
      'ops@acme.example',
    );
    await comments.getByRole('textbox', { name: 'Comment' }).fill('Here is the HAR of the sync page.');
    await comments
      .getByLabel('Add attachments')
      .setInputFiles([
        { name: 'sync-page.har', mimeType: '', buffer: Buffer.from('{"log":{"entries":[]}}') },
      ]);
    await expect(comments.getByRole('button', { name: 'Remove sync-page.har' })).toBeVisible();
    await comments.getByRole('button', { name: 'Add comment' }).click();
    await expect(comments.getByRole('button', { name: /^Download sync-page\.har/ })).toBeVisible();

    // The watcher's email, from message@adobe.com.
    await app.open(`/mailbox?to=${encodeURIComponent(WATCHER)}`);
    // Newest first: the comment, then Adobe Support's reply (opening the case sent nothing).
    const list = page.getByRole('list', { name: 'Emails' });
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(list.getByRole('button').first()).toContainText(`Support case ${caseId}: new comment`);
    await list.getByRole('button', { name: /reply from Adobe Support/ }).click();
    const email = page.getByRole('article');
    await expect(
      email.getByRole('heading', { name: `Support case ${caseId}: reply from Adobe Support` }),
    ).toBeVisible();
    await expect(email).toContainText('message@adobe.com');
    await expect(email).toContainText(`There is news on support case ${caseId}, “${TITLE}”, of Acme Corp`);
    await expect(email).toContainText('Status: In progress');
    await expect(email.getByRole('link', { name: 'View the case' })).toHaveAttribute(
      'href',
      `/support/cases/${caseId}`,
    );
    await expectNoA11yViolations(page);
  });

  test('Amara’s Organization cases in French: filtered in the URL, a colleague’s case included', async ({
    page,
    app,
  }) => {
    await app.open('/support/org-cases', { as: AMARA, lang: 'fr' });
    await expect(page.getByRole('heading', { level: 1, name: 'Dossiers de l’organisation' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Dossiers de l’organisation' });
    await expect(table.getByRole('row')).toHaveCount(5);
    await page.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'En cours' });
    await expect(page).toHaveURL(/status=in-progress/);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row', { name: /E-000006/ })).toContainText('Élodie Dubois');
    await expect(page.getByRole('button', { name: 'Télécharger les dossiers' })).toBeEnabled();
    await expectNoA11yViolations(page);
  });
});
