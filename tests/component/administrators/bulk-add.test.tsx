import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isInvitationEmail } from '@/api/schemas/invitations';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';
import { waitForTable } from './helpers';

const csv = [
  'Email,First name,Last name,Admin roles,Products,Product profiles,User groups,Support,Marketo Engage instances',
  'ines.garcia@acme.example,Inès,Garcia,Support administrator,,,,Basic support administrator,',
  'camille.martin@acme.example,,,Administrateur de produit,Adobe Analytics;Adobe Target,,,,',
  'not-an-email,,,Deployment administrator,,,,,',
  'amara.okafor@acme.example,,,Support administrator,,,,Basic support administrator,',
].join('\r\n');

describe('Add admins from CSV', () => {
  it('checks the file first (Result per row), grants the ready rows, announces the invitations', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    await user.click(screen.getByRole('button', { name: 'Add admins from CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add admins from CSV' });
    expect(within(dialog).getByRole('link', { name: 'Download template' })).toHaveAttribute(
      'download',
      'admins-template.csv',
    );
    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      new File([csv], 'admins.csv', { type: 'text/csv' }),
    );
    const table = () => within(dialog).getByRole('table', { name: 'Result of the check, row by row' });
    await within(dialog).findByRole('table', { name: 'Result of the check, row by row' });
    const results = () =>
      within(table())
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell').at(-1)?.textContent);
    expect(within(table()).getByRole('columnheader', { name: 'Result' })).toBeInTheDocument();
    expect(results()).toEqual([
      'Ready',
      'Ready',
      'The email address is not valid.',
      'This person already holds this role: Support administrator.',
    ]);
    expect([...runtime().db.all('emails')].filter(isInvitationEmail)).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Grant 2 admins' }));
    expect(await within(dialog).findByText('Invitations sent to 2 people')).toBeInTheDocument();
    expect(results()).toEqual(['Granted', 'Granted', 'The email address is not valid.', expect.any(String)]);
    expect(within(dialog).getByRole('button', { name: 'Download the 2 rows that failed' })).toBeEnabled();
    expect(
      [...runtime().db.all('emails')]
        .filter(isInvitationEmail)
        .map((e) => e.to)
        .sort(),
    ).toEqual(['camille.martin@acme.example', 'ines.garcia@acme.example']);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('link', { name: 'Inès Garcia' })).toBeInTheDocument();
  });
});
