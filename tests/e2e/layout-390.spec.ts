import { expect, test } from './fixtures';

test.describe('document title and focus ring', () => {
  test('each screen names the browser tab, in English and French', async ({ page, app }) => {
    await app.open('/users');
    await expect(page).toHaveTitle('Users · Admin Console');
    await app.open('/users/user-groups', { lang: 'fr' });
    await expect(page).toHaveTitle('Groupes d’utilisateurs · Admin Console');
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
