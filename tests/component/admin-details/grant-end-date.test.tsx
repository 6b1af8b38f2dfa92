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
