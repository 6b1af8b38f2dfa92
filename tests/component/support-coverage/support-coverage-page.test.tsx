import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAddAdminDraft } from '@/features/administrators/stores/add-admin-draft';
import { PEOPLE } from '@mocks/db/seed';
import { renderApp } from '@tests/utils';

const slow = { timeout: 20_000 };

describe('Support coverage (#15 part 4)', () => {
  it('Sam sees who covers each product and instance, and opens Add admin preset for an uncovered instance', async () => {
    useAddAdminDraft.getState().clear();
    const { user, router } = await renderApp('/users/administrators');
    await user.click(await screen.findByRole('link', { name: 'Support coverage' }, slow));
    const table = await screen.findByRole(
      'table',
      { name: 'Support coverage by product and instance' },
      slow,
    );
    const analytics = within(table).getByRole('row', { name: /^Adobe Analytics/ });
    expect(within(analytics).getByRole('link', { name: 'Amara Okafor' })).toBeInTheDocument();
    const production = within(table).getByRole('row', { name: /Marketo Engage - Acme Production/ });
    expect(within(production).getByRole('link', { name: 'Jonas Weber' })).toBeInTheDocument();
    const sandbox = within(table).getByRole('row', { name: /Marketo Engage - Acme Sandbox/ });
    expect(within(sandbox).getByText('No Support administrator')).toBeInTheDocument();

    await user.click(
      within(sandbox).getByRole('link', {
        name: 'Add a Support administrator for Marketo Engage - Acme Sandbox',
      }),
    );
    await screen.findByRole('dialog', { name: 'Add admin' }, slow);
    expect(router.state.location.search).toBe('');
    expect(useAddAdminDraft.getState().roles).toMatchObject({
      enabled: ['support'],
      basic: false,
      productSupport: true,
      instanceIds: ['mkto-acme-sandbox'],
    });
  });

  it('is for System administrators only: Priya gets the refusal, and no link', async () => {
    const list = await renderApp('/users/administrators', { as: PEOPLE.priya.email });
    await screen.findByRole('link', { name: 'Jonas Weber' }, slow);
    expect(screen.queryByRole('link', { name: 'Support coverage' })).toBeNull();
    list.unmount();
    await renderApp('/users/administrators/support-coverage', { as: PEOPLE.priya.email });
    expect(
      await screen.findByText('Only System administrators can see the support coverage.', {}, slow),
    ).toBeInTheDocument();
  });
});
