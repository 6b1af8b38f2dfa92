import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/i18n/i18n';
import { renderApp } from '@tests/utils';
import { pickOptions, resetDraft, restoredAtRoles } from './helpers';

beforeEach(resetDraft);

const statements = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('What they will be able to do (#15 part 2)', () => {
  it('says in plain language what the chosen roles allow, and follows the selection without taking focus', async () => {
    const { user, dialog } = await restoredAtRoles([]);
    const region = within(dialog).getByRole('region', { name: 'What they will be able to do' });
    expect(statements(region)).toEqual(['Nothing yet: choose at least one role.']);

    await user.click(within(dialog).getByRole('switch', { name: 'Support administrator' }));
    const basic = within(dialog).getByRole('checkbox', { name: 'Basic support administrator' });
    await user.click(basic);
    expect(statements(region)).toEqual(['Open support cases for every product except Marketo Engage']);
    expect(basic).toHaveFocus();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Product support administrator' }));
    await pickOptions(user, 'Marketo Engage instances', ['Marketo Engage - Acme Production']);
    expect(statements(region)).toEqual([
      'Open support cases for every product except Marketo Engage',
      'Open support cases for Marketo Engage - Acme Production',
    ]);

    await user.click(within(dialog).getByRole('switch', { name: 'Product administrator' }));
    await pickOptions(user, 'Products', ['Adobe Analytics']);
    expect(statements(region)).toContain('Manage users and product profiles of Adobe Analytics');
    // Announced politely: the statements sit in a polite live region.
    expect(region.querySelector('[aria-live="polite"]')).toContainElement(
      within(region).getAllByRole('listitem')[0]!,
    );
  });

  it('with System administrator, says it covers everything and suggests the narrower roles', async () => {
    const { dialog } = await restoredAtRoles(['system', 'deployment']);
    const region = within(dialog).getByRole('region', { name: 'What they will be able to do' });
    expect(statements(region)).toEqual([
      'Everything in the Admin Console, including assigning System administrators',
    ]);
    expect(
      within(region).getByText(
        /If they only need Deployment administrator, leave System administrator off\./,
      ),
    ).toBeInTheDocument();
  });

  it('in French, with elision before a vowel', async () => {
    await changeLanguage('fr', false);
    const { user, dialog } = await restoredAtRoles(['product'], 'Ajouter un administrateur');
    const region = await within(dialog).findByRole('region', { name: 'Ce que cette personne pourra faire' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Produits' }));
    await user.click(await screen.findByRole('option', { name: 'Adobe Analytics' }));
    expect(statements(region)).toEqual([
      'Gérer les utilisateurs et les profils de produit d’Adobe Analytics',
    ]);
  });

  it('shows in Edit admin rights, for the rights as they will be after Save', async () => {
    const { user } = await renderApp('/users/administrators/u-jonas-weber');
    await user.click(await screen.findByRole('button', { name: 'Edit admin rights' }, { timeout: 8000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit admin rights' });
    const region = within(dialog).getByRole('region', { name: 'What they will be able to do' });
    expect(statements(region)).toEqual(['Open support cases for Marketo Engage - Acme Production']);
  });
});
