import { expect, test } from './fixtures';

test.describe('document title and focus ring', () => {
  test('each screen names the browser tab, in English and French', async ({ page, app }) => {
    await app.open('/users');
    await expect(page).toHaveTitle('Users · Admin Console');
    await app.open('/users/user-groups', { lang: 'fr' });
    await expect(page).toHaveTitle('Groupes d’utilisateurs · Admin Console');
    // The screens whose h1 is not a PageHeading (issue #18 item 10).
    for (const [path, en, fr] of [
      ['/users/administrators', 'Administrators', 'Administrateurs'],
      ['/insights/audit-log', 'Audit log', 'Journal d’audit'],
      ['/mailbox', 'Mailbox', 'Boîte de réception'],
      [
        '/invitations/not-a-token',
        'This invitation link is not valid',
        'Ce lien d’invitation n’est pas valide',
      ],
      ['/no-such-page', 'Page not found', 'Page introuvable'],
    ] as const) {
      await app.open(path, { lang: 'en' });
      await expect(page).toHaveTitle(`${en} · Admin Console`);
      await app.open(path, { lang: 'fr' });
      await expect(page).toHaveTitle(`${fr} · Admin Console`);
    }
    await app.open('/support', { as: 'priya.natarajan@acme.example', lang: 'en' });
    await expect(page).toHaveTitle('You need the Support administrator role · Admin Console');
    await app.open('/users', { as: 'camille.martin@acme.example', lang: 'fr' });
    await expect(page).toHaveTitle('Vous n’avez pas accès à l’Admin Console · Admin Console');
  });

  test('a keyboard-focused primary button shows the theme focus ring', async ({ page, app }) => {
    await app.open('/users/administrators');
    const button = page.getByRole('button', { name: 'Add admin', exact: true });
    await expect(button).toBeVisible();
    await page.keyboard.press('Shift');
    await button.focus();
    const outline = await button.evaluate((el) => {
      const style = getComputedStyle(el);
      return { width: style.outlineWidth, style: style.outlineStyle, offset: style.outlineOffset };
    });
    expect(outline).toEqual({ width: '2px', style: 'solid', offset: '2px' });
  });
});

test.describe('390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the wizard keeps chips readable and help texts clear of their wrapped labels', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    await page.getByRole('button', { name: 'Add admin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add admin' });
    await dialog.getByRole('combobox', { name: 'Email or username' }).fill('camille');
    await page.getByRole('option', { name: /Camille Martin/ }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('switch', { name: 'Support administrator' }).click();
    await dialog.getByRole('checkbox', { name: 'Product support administrator' }).click();
    await dialog.getByRole('combobox', { name: 'Marketo Engage instances' }).click();
    await page.getByRole('option', { name: 'Marketo Engage - Acme Sandbox' }).click();
    await page.keyboard.press('Escape');
    // The chip shows its whole name (wrapped), not "Marketo E…".
    const label = dialog
      .getByRole('button', { name: 'Marketo Engage - Acme Sandbox' })
      .locator('.MuiChip-label');
    const clipped = await label.evaluate(
      (el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
    );
    expect(clipped).toBe(false);
    // Each support type's label, wrapped over two lines here, ends above its help text.
    for (const [name, help] of [
      ['Basic support administrator', 'Support for all products except Marketo Engage.'],
      ['Product support administrator', /^Support for Marketo Engage/],
    ] as const) {
      const labelBox = await dialog.getByText(name, { exact: true }).boundingBox();
      const helpBox = await dialog.getByText(help).boundingBox();
      expect(labelBox && helpBox && labelBox.y + labelBox.height <= helpBox.y + 1).toBe(true);
    }
  });

  test('in French, the Users area shows its current tab whole and emails wrap only between their parts', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators', { lang: 'fr' });
    const current = page.getByRole('navigation', { name: /utilisateurs/i }).locator('[aria-current="page"]');
    const box = await current.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    // Each part of the address ("amara", ".okafor@", "acme", ".example") stays on one line.
    const cell = page.getByRole('cell', { name: 'amara.okafor@acme.example' });
    const brokenParts = await cell.evaluate(
      (td) =>
        [...td.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .filter((n) => {
            const range = document.createRange();
            range.selectNodeContents(n);
            return range.getClientRects().length > 1;
          }).length,
    );
    expect(brokenParts).toBe(0);
  });

  test('Administrators reads as cards: every row whole on screen, and still a table to assistive technology', async ({
    page,
    app,
  }) => {
    await app.open('/users/administrators');
    const row = page.getByRole('row', { name: /Jonas Weber/ });
    await expect(row).toBeVisible();
    // Nothing scrolls sideways: the name, email, roles and status of a row all lie within the screen.
    for (const cell of [
      row.getByRole('link', { name: 'Jonas Weber' }),
      row.getByRole('cell', { name: 'jonas.weber@acme.example' }),
      row.getByText('Product support'),
      row.getByText('Active'),
    ]) {
      const box = await cell.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    const table = page.getByRole('table', { name: 'Administrators' });
    expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(
      true,
    );
    // Chromium's own accessibility tree (not Playwright's) keeps the rows, cells and column headers.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string } }[];
    };
    const count = (role: string) => nodes.filter((n) => n.role?.value === role).length;
    expect(count('row')).toBeGreaterThan(5);
    expect(count('columnheader')).toBe(6);
    expect(count('cell') + count('gridcell')).toBeGreaterThan(20);
  });

  test('scrolled to the end, the prototype button covers none of the page', async ({ page }) => {
    await page.goto('/users/administrators?panel=on');
    const fab = page.getByRole('button', { name: 'Prototype panel' });
    await expect(fab).toBeVisible();
    await expect(page.getByRole('cell', { name: 'sam.rivera@acme.example' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const button = await fab.boundingBox();
    const overlaps = await page.evaluate(
      (b) =>
        [...document.querySelectorAll('main a, main button, main select, main input, main td')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .filter((r) => r.left < b.x + b.width && r.right > b.x && r.top < b.y + b.height && r.bottom > b.y)
          .length,
      button!,
    );
    expect(overlaps).toBe(0);
  });
});

test('in French at 1366 px, Organization cases fits the page: no sideways scroll, the last column on screen', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await app.open('/support/org-cases', { as: 'amara.okafor@acme.example', lang: 'fr' });
  const table = page.getByRole('table', { name: 'Dossiers de l’organisation' });
  await expect(table.getByRole('row', { name: /E-000002/ })).toBeVisible();
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(
    true,
  );
});

test('in French at 1024 px, the top bar keeps one row: its labels show as icons beside the navigation', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.open('/users/administrators', { lang: 'fr' });
  const account = page.getByRole('button', { name: /Sam Rivera/ });
  const tab = page
    .getByRole('navigation', { name: 'Principale' })
    .getByRole('link', { name: 'Utilisateurs' });
  await expect(tab).toBeVisible();
  const [a, n] = [(await account.boundingBox())!, (await tab.boundingBox())!];
  expect(Math.abs(a.y + a.height / 2 - (n.y + n.height / 2))).toBeLessThan(12);
  // Icon only, the name still read.
  await expect(page.getByRole('link', { name: 'Boîte de réception' })).toBeVisible();
  await expect(page.getByText('Acme Corp', { exact: true })).toBeHidden();
});
