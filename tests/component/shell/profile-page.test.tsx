import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isInvitationEmail } from '@/api/schemas/invitations';
import { setSession } from '@mocks/auth';
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

  // Issue #18 item 11: the language of one's emails is known once chosen here; the next email is written in it.
  it('chooses the language of one’s emails; the next invitation comes in it', async () => {
    const { screen, user } = await renderApp('/profile', { as: PEOPLE.camille.email });
    const language = await screen.findByRole('combobox', { name: 'Language of your emails' });
    expect(language).toHaveValue('');
    await user.selectOptions(language, 'Français');
    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(runtime().db.get('users', PEOPLE.camille.id)?.language).toBe('fr');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Language of your emails' })).toHaveValue('fr'),
    );
    // The option for "not chosen" is gone once a language is chosen.
    expect(screen.queryByRole('option', { name: 'Not chosen (English)' })).toBeNull();

    setSession(PEOPLE.sam.id);
    const res = await fetch('/api/administrators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: PEOPLE.camille.id, roles: [{ role: 'deployment' }] }),
    });
    expect(res.status).toBe(201);
    const sent = [...runtime().db.all('emails')]
      .filter(isInvitationEmail)
      .filter((m) => m.to === PEOPLE.camille.email);
    expect(sent.map((m) => [m.language, m.subject])).toEqual([
      ['fr', 'Vos droits d’administrateur pour l’Admin Console d’Adobe'],
    ]);
  }, 60_000);
});
