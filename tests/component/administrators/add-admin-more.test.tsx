import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, server } from '@tests/utils';
import { chooseUser, openWizard, resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

describe('Add admin — more outcomes', () => {
  it('says which chosen roles were already held when the others were granted', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await chooseUser(user, 'amara', /Amara Okafor/);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Deployment administrator' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Support administrator' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Basic support administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'Invitation sent to amara.okafor@acme.example. Amara Okafor already held: Basic support administrator. Those were not added again.',
      ),
    ).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Amara Okafor' })).closest('tr') as HTMLElement;
    await within(row).findByText('Deployment');
    expect(within(row).getAllByText('Basic support')).toHaveLength(1);
  });

  it('puts the field errors of a 400 answer under their fields, back in step 1, translated', async () => {
    server.use(
      http.post('/api/administrators', () =>
        HttpResponse.json(
          {
            status: 400,
            title: 'The request is not valid',
            code: 'validation',
            // A message the locale files lack (the server's own English) reads as a generic one.
            errors: {
              'newUser.email': ['validation.emailInvalid'],
              'newUser.lastName': ['Too big: expected string to have <=100 characters'],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('new.person@example.com');
    await within(dialog).findByRole('textbox', { name: 'First name (optional)' }, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Deployment administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The admin was not added. Correct what is marked, then save again.');
    const email = within(dialog).getByRole('combobox', { name: 'Email or username' });
    expect(within(dialog).getByRole('heading', { name: 'Choose a user' })).toBeInTheDocument();
    await expect.poll(() => email).toHaveFocus();
    expect(email).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');
    expect(within(dialog).getByRole('textbox', { name: 'Last name (optional)' })).toHaveAccessibleDescription(
      'This value is not valid. Check it and try again.',
    );
  });

  it('puts a 400 answer’s role errors under each role, staying in step 2', async () => {
    server.use(
      http.post('/api/administrators', () =>
        HttpResponse.json(
          {
            status: 400,
            title: 'The request is not valid',
            code: 'validation',
            // The roles as sent, in order: System administrator, then Deployment administrator.
            errors: { 'roles.0': ['validation.unknownTarget'], 'roles.1.role': ['validation.roleRepeated'] },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await chooseUser(user, 'camille', /Camille Martin/);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('switch', { name: 'System administrator' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Deployment administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Correct what is marked');
    expect(within(dialog).getByRole('heading', { name: 'Select admin roles' })).toBeInTheDocument();
    expect(within(dialog).getByRole('switch', { name: 'System administrator' })).toHaveAccessibleDescription(
      expect.stringContaining('Something you chose no longer exists. Reload and choose again.'),
    );
    expect(
      within(dialog).getByRole('switch', { name: 'Deployment administrator' }),
    ).toHaveAccessibleDescription(expect.stringContaining('A role was chosen twice.'));
  });

  it('is complete in French', async () => {
    const { user } = await renderApp('/users/administrators', { lang: 'fr' });
    await screen.findByRole('heading', { level: 1, name: /^Administrateurs/ }, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Ajouter un administrateur' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter un administrateur' });
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    await chooseUserFr(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Suivant' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Administrateur d’assistance' }));
    expect(
      within(dialog).getByRole('checkbox', { name: 'Administrateur d’assistance de base' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Administrateur d’assistance produit' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Retour' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });
});

async function chooseUserFr(user: Awaited<ReturnType<typeof renderApp>>['user'], dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('combobox', { name: 'Adresse e-mail ou nom d’utilisateur' }));
  await user.paste('camille');
  await user.click(await screen.findByRole('option', { name: /Camille Martin/ }, { timeout: 5000 }));
}
