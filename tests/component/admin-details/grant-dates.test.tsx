import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addToDay, dayOf } from '@/api/schemas/grant-end-date';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';

const slow = { timeout: 8000 };

describe('Remove these rights on a date (Edit admin rights)', () => {
  it('reveals End date, says why a date is out of range, and saves the end date of the rights', async () => {
    const today = dayOf(runtime().now());
    const { user } = await renderApp('/users/administrators/u-jonas-weber');
    await user.click(await screen.findByRole('button', { name: 'Edit admin rights' }, slow));
    const dialog = await screen.findByRole('dialog', { name: 'Edit admin rights' });
    expect(within(dialog).queryByLabelText(/End date/)).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Remove these rights on a date' }));
    const field = within(dialog).getByLabelText(/End date/);
    fireEvent.change(field, { target: { value: addToDay(today, { years: 1, days: 1 }) } });
    expect(
      await within(dialog).findByText('The end date must be at most one year ahead.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    fireEvent.change(field, { target: { value: today } });
    expect(within(dialog).getByText('The end date must be tomorrow or later.')).toBeInTheDocument();
    fireEvent.change(field, { target: { value: addToDay(today, { days: 30 }) } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Admin rights of Jonas Weber updated.')).toBeInTheDocument();
    expect(runtime().db.get('admins', 'u-jonas-weber')?.grantDates?.support?.endDate).toBe(
      addToDay(today, { days: 30 }),
    );
  });
});

describe('Admin details: each role has its own dates (issue #18 item 14)', () => {
  it('a role given later shows its own invitation, not accepted yet, and its end date', async () => {
    const endDate = addToDay(dayOf(runtime().now()), { days: 30 });
    const res = await fetch('/api/administrators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-jonas-weber', roles: [{ role: 'deployment' }], endDate }),
    });
    expect(res.status).toBe(201);
    await renderApp('/users/administrators/u-jonas-weber');
    const deployment = (await screen.findByText('Deployment administrator', {}, slow)).closest('li')!;
    const support = screen.getByText('Product support administrator').closest('li')!;
    expect(within(support).getByText('Accepted')).toBeInTheDocument();
    expect(within(support).queryByText('Not accepted yet')).toBeNull();
    expect(within(deployment).getByText('Not accepted yet')).toBeInTheDocument();
    expect(within(deployment).getByText('Rights end')).toBeInTheDocument();
    // The record-wide pair (the new role's invitation beside the first one's acceptance) is gone.
    expect(screen.queryByRole('heading', { name: 'Invitation' })).toBeNull();
  });
});
