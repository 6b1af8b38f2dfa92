import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';
import { chooseUser, openWizard, pickOptions, resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

describe('Add admin — existing user', () => {
  it('grants Product support for Marketo Engage - Acme Production and shows the person as Pending', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    expect(within(dialog).getByRole('heading', { name: 'Choose a user' })).toBeInTheDocument();
    const combo = within(dialog).getByRole('combobox', { name: 'Email or username' });
    expect(combo).toHaveFocus();
    const next = within(dialog).getByRole('button', { name: 'Next' });
    expect(next).toBeDisabled();

    await chooseUser(user, 'camille', /Camille Martin/);
    expect(next).toBeEnabled();
    await user.click(next);
    expect(within(dialog).getByRole('heading', { name: 'Select admin roles' })).toHaveFocus();

    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(within(dialog).getByRole('switch', { name: 'Support administrator' }));
    expect(save).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Product support administrator' }));
    expect(save).toBeDisabled();
    await pickOptions(user, 'Marketo Engage instances', ['Marketo Engage - Acme Production']);
    expect(save).toBeEnabled();
    await user.click(save);

    expect(await screen.findByText('Invitation sent to camille.martin@acme.example')).toBeInTheDocument();
    await expect.poll(() => screen.queryByRole('dialog', { name: 'Add admin' })).toBeNull();
    const row = (await screen.findByRole('link', { name: 'Camille Martin' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Pending')).toBeInTheDocument();
    expect(within(row).getByText('Product support')).toBeInTheDocument();
    await expect.poll(() => screen.getByRole('button', { name: 'Add admin' })).toHaveFocus();

    const camille = runtime().db.get('admins', 'u-camille-martin');
    expect(camille?.roles).toEqual([
      { role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] },
    ]);
  });
});
