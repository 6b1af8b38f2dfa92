import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';
import { chooseUser, openWizard, pickOptions, resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

async function toRolesStep(as?: string) {
  const r = await renderApp('/users/administrators', as ? { as } : {});
  await waitForTable();
  const dialog = await openWizard(r.user);
  await chooseUser(r.user, 'camille', /Camille Martin/);
  await r.user.click(within(dialog).getByRole('button', { name: 'Next' }));
  return { ...r, dialog };
}

describe('Add admin — Select admin roles', () => {
  it('keeps Save disabled until every rule is met, and says why', async () => {
    const { user, dialog } = await toRolesStep();
    const save = () => within(dialog).getByRole('button', { name: 'Save' });
    const sw = (name: string) => within(dialog).getByRole('switch', { name });

    expect(save()).toBeDisabled();
    expect(within(dialog).getByText(/Choose at least one role\./)).toBeInTheDocument();

    await user.click(sw('Product administrator'));
    expect(save()).toBeDisabled();
    expect(within(dialog).getByText(/Choose at least one product\./)).toBeInTheDocument();
    await pickOptions(user, 'Products', ['Adobe Analytics']);
    expect(save()).toBeEnabled();

    await user.click(sw('Product profile administrator'));
    expect(save()).toBeDisabled();
    expect(within(dialog).getByText(/Choose at least one product profile\./)).toBeInTheDocument();
    await pickOptions(user, 'Product profiles', ['Target - Approvers']);
    expect(save()).toBeEnabled();

    await user.click(sw('User group administrator'));
    expect(save()).toBeDisabled();
    expect(within(dialog).getByText(/Choose at least one user group\./)).toBeInTheDocument();
    await pickOptions(user, 'User groups', ['Web Analysts']);
    expect(save()).toBeEnabled();

    await user.click(sw('Support administrator'));
    expect(save()).toBeDisabled();
    expect(
      within(dialog).getByText(/Choose Basic support administrator, Product support administrator or both\./),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Product support administrator' }));
    expect(save()).toBeDisabled();
    expect(within(dialog).getByText(/Choose at least one Marketo Engage instance\./)).toBeInTheDocument();
    // Each instance is named as the contract says, with its Munchkin ID after it and as its description.
    await user.click(within(dialog).getByRole('combobox', { name: 'Marketo Engage instances' }));
    const sandbox = await screen.findByRole('option', { name: 'Marketo Engage - Acme Sandbox' });
    expect(sandbox).toHaveTextContent('Marketo Engage - Acme Sandbox · Munchkin ID 789-XYZ-012');
    expect(sandbox).toHaveAccessibleDescription('Munchkin ID 789-XYZ-012');
    await user.keyboard('{Escape}');
    await pickOptions(user, 'Marketo Engage instances', ['Marketo Engage - Acme Sandbox']);
    expect(save()).toBeEnabled();

    // Switching a role off drops its requirement.
    await user.click(sw('Support administrator'));
    expect(save()).toBeEnabled();
  });

  it('grants Basic and Product support together', async () => {
    const { user, dialog } = await toRolesStep();
    await user.click(within(dialog).getByRole('switch', { name: 'Support administrator' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Basic support administrator' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Product support administrator' }));
    await pickOptions(user, 'Marketo Engage instances', [
      'Marketo Engage - Acme Production',
      'Marketo Engage - Acme EMEA Production',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invitation sent to camille.martin@acme.example')).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Camille Martin' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Basic support')).toBeInTheDocument();
    expect(within(row).getByText('Product support')).toBeInTheDocument();
    expect(runtime().db.get('admins', 'u-camille-martin')?.roles).toEqual([
      {
        role: 'support',
        basic: true,
        productSupport: true,
        instanceIds: ['mkto-acme-prod', 'mkto-acme-emea-prod'],
      },
    ]);
  });

  it('a Product administrator sees only the roles and products they may grant', async () => {
    const { user, dialog } = await toRolesStep('priya.natarajan@acme.example');
    const switches = within(dialog)
      .getAllByRole('switch')
      .map((s) => s.closest('label')?.textContent);
    expect(switches).toEqual([
      'Product administrator',
      'Product profile administrator',
      'User group administrator',
    ]);
    expect(within(dialog).queryByRole('switch', { name: 'Support administrator' })).toBeNull();
    expect(within(dialog).queryByRole('switch', { name: 'System administrator' })).toBeNull();

    await user.click(within(dialog).getByRole('switch', { name: 'Product administrator' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Products' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Adobe Analytics', 'Adobe Target']);
    await user.keyboard('{Escape}');

    await user.click(within(dialog).getByRole('switch', { name: 'Product profile administrator' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Product profiles' }));
    const profiles = (await screen.findAllByRole('option')).map((o) => o.textContent ?? '');
    expect(profiles.length).toBeGreaterThan(0);
    expect(profiles.every((p) => p.startsWith('Analytics') || p.startsWith('Target'))).toBe(true);
  });
});
