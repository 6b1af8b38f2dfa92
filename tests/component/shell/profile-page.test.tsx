import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { expectFocusedHeading, renderApp } from '@tests/utils';

describe('Account menu › Profile (issue #17 item 5)', () => {
  it('sets the support phone number with the international rule', async () => {
    const { screen, user, router } = await renderApp('/overview', { as: PEOPLE.jonas.email });
    await user.click(
      await screen.findByRole('button', { name: 'Account: Jonas Weber' }, { timeout: 15_000 }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Profile' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
    await expectFocusedHeading({ level: 1, name: 'Profile' });
    expect(screen.getByText('jonas.weber@acme.example')).toBeInTheDocument();
    const phone = screen.getByRole('textbox', { name: 'Support phone number' });
    await user.click(phone);
    await user.paste('49 30 1234567');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(phone).toHaveAccessibleDescription(/Enter an international number/);
    expect(phone).toHaveFocus();
    await user.clear(phone);
    await user.paste('+49 30 1234567');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(runtime().db.get('users', PEOPLE.jonas.id)?.supportPhone).toBe('+49 30 1234567');
  }, 60_000);
});
