import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { findUserByEmail } from '@mocks/services/users';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';
import { openWizard, resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

describe('Add admin — choose a user', () => {
  it('adds a new user by email, with names, as Deployment administrator', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    const combo = within(dialog).getByRole('combobox', { name: 'Email or username' });
    await user.click(combo);
    await user.paste('ada.lovelace@example.com');
    expect(
      await screen.findByRole('option', { name: 'Add new user ada.lovelace@example.com' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    // The name fields come one render after the option (the new user is chosen in an effect).
    await user.type(await within(dialog).findByRole('textbox', { name: 'First name (optional)' }), 'Ada');
    await user.type(within(dialog).getByRole('textbox', { name: 'Last name (optional)' }), 'Lovelace');
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Deployment administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Invitation sent to ada.lovelace@example.com')).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Ada Lovelace' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Pending')).toBeInTheDocument();
    expect(within(row).getByText('Adobe ID')).toBeInTheDocument();
    expect(findUserByEmail('ada.lovelace@example.com')).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
  });

  it('says an invalid email is invalid and keeps Next disabled', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('someone@nowhere');
    expect(
      await within(dialog).findByText(
        'Enter a valid email address, like name@example.com.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Email or username' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(within(dialog).queryByRole('textbox', { name: 'First name (optional)' })).toBeNull();
  });

  it('rejects a 10,000-character name with a message', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('long.name@example.com');
    const first = await within(dialog).findByRole(
      'textbox',
      { name: 'First name (optional)' },
      { timeout: 5000 },
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeEnabled();
    await user.click(first);
    await user.paste('x'.repeat(10_000));
    expect(within(dialog).getByText('Use at most 100 characters.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('shows an HTML-looking name as text', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('payload.user');
    const option = await screen.findByRole(
      'option',
      { name: /<img src=x onerror=alert\(1\)> <b>Bold<\/b>/ },
      { timeout: 5000 },
    );
    expect(option.querySelector('img, b')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('can be used with the keyboard only', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    screen.getByRole('button', { name: 'Add admin' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Add admin' });
    expect(within(dialog).getByRole('combobox', { name: 'Email or username' })).toHaveFocus();
    await user.keyboard('camille.m');
    await screen.findByRole('option', { name: /Camille Martin/ }, { timeout: 5000 });
    await user.keyboard('{Enter}');
    await user.tab(); // Clear button of the combobox, or Next
    while (document.activeElement !== within(dialog).getByRole('button', { name: 'Next' })) await user.tab();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('heading', { name: 'Select admin roles' })).toHaveFocus();
    while (
      document.activeElement !== within(dialog).getByRole('switch', { name: 'Deployment administrator' })
    )
      await user.tab();
    await user.keyboard(' ');
    while (document.activeElement !== within(dialog).getByRole('button', { name: 'Save' })) await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Invitation sent to camille.martin@acme.example')).toBeInTheDocument();
    await expect.poll(() => screen.getByRole('button', { name: 'Add admin' })).toHaveFocus();
    expect(runtime().db.get('admins', 'u-camille-martin')?.roles).toEqual([{ role: 'deployment' }]);
  });
});
