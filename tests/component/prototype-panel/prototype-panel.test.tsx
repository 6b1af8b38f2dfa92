import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { currentUser, setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { formatDate } from '@/i18n/i18n';
import { renderApp, server } from '@tests/utils';

const DAY = 86_400_000;

async function openPanel(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Prototype panel' }));
  const panel = await screen.findByRole('dialog', { name: 'Prototype panel' });
  // The controls appear once the mock backend's state has loaded.
  await within(panel).findByLabelText('Persona');
  return panel;
}

describe('Prototype panel', () => {
  it('opens from its button, closes, and toggles with Alt+Shift+P', async () => {
    const { user } = await renderApp('/users/administrators');
    const button = await screen.findByRole('button', { name: 'Prototype panel' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+P');

    await openPanel(user);
    await user.click(screen.getByRole('button', { name: 'Close prototype panel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Prototype panel' })).not.toBeInTheDocument(),
    );

    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    expect(await screen.findByRole('dialog', { name: 'Prototype panel' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Scenario' })).toHaveValue('default');
  });

  it('Escape after the shortcut returns focus to the panel button; the persona is shown in full under its field', async () => {
    const { user } = await renderApp('/users/administrators');
    const button = await screen.findByRole('button', { name: 'Prototype panel' });
    (await screen.findByRole('button', { name: 'Account: Sam Rivera' })).focus();
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    const panel = await screen.findByRole('dialog', { name: 'Prototype panel' });
    const persona = await within(panel).findByRole('combobox', { name: 'Persona' });
    // A native select cuts its value at the field's edge: the whole label, roles and all, wraps beneath it.
    const chosen = within(persona).getByRole('option', { selected: true }).textContent;
    expect(chosen).toMatch(/^Sam Rivera — /);
    expect(persona).toHaveAccessibleDescription(
      `Signed in now: ${chosen}. Choose someone else to sign in as them.`,
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('is hidden entirely with ?panel=off (flag set at boot)', async () => {
    sessionStorage.setItem('admin-console-panel', 'off');
    const { user } = await renderApp('/users/administrators');
    expect(await screen.findByRole('heading', { name: /Administrators/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prototype panel' })).not.toBeInTheDocument();
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    expect(screen.queryByRole('dialog', { name: 'Prototype panel' })).not.toBeInTheDocument();
  });

  it('lists every named person and switching persona changes the account menu', async () => {
    const { user } = await renderApp('/users/administrators');
    expect(await screen.findByRole('button', { name: 'Account: Sam Rivera' })).toBeInTheDocument();
    const panel = await openPanel(user);
    const persona = within(panel).getByRole('combobox', { name: 'Persona' });
    const names = within(persona)
      .getAllByRole('option')
      .map((o) => o.textContent);
    for (const name of [
      'Sam Rivera',
      'Priya Natarajan',
      'Lucas Moreau',
      'Hana Kobayashi',
      'Diego Alvarez',
      'Amara Okafor',
      'Jonas Weber',
      'Camille Martin',
      'Élodie Dubois',
      "Seán O'Brien",
      'Alex Chen',
    ]) {
      expect(names.some((n) => n?.startsWith(name))).toBe(true);
    }
    await user.selectOptions(persona, 'priya.natarajan@acme.example');
    expect(await screen.findByText('Signed in as Priya Natarajan.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Account: Priya Natarajan' })).toBeInTheDocument();
  });

  it('in empty-org, choosing someone the organisation does not have says so instead of a 404', async () => {
    const { user } = await renderApp('/users/administrators', { scenario: 'empty-org' });
    expect(await screen.findByRole('button', { name: 'Account: Sam Rivera' })).toBeInTheDocument();
    const panel = await openPanel(user);
    const persona = within(panel).getByRole('combobox', { name: 'Persona' });
    expect(
      within(persona).getByRole('option', { name: 'Jonas Weber — not in this organisation' }),
    ).toBeInTheDocument();
    await user.selectOptions(persona, 'jonas.weber@acme.example');
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Jonas Weber does not exist in this organisation (Empty organisation), so you are still signed in as before. Choose the Default scenario to sign in as them.',
    );
    expect(persona).toHaveValue('sam.rivera@acme.example');
    expect(screen.queryByText(/404|failed/)).not.toBeInTheDocument();
    // Sam is still the one signed in; in the default data set Jonas can be chosen again.
    expect(currentUser()?.email).toBe('sam.rivera@acme.example');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Scenario' }), 'default');
    await waitFor(() => expect(within(panel).queryByRole('status')).not.toBeInTheDocument());
    await user.selectOptions(persona, 'jonas.weber@acme.example');
    expect(await screen.findByText('Signed in as Jonas Weber.')).toBeInTheDocument();
  });

  it('Reset demo data asks for confirmation, then returns to the exact seed', async () => {
    const { user } = await renderApp('/users/administrators');
    const panel = await openPanel(user);
    expect(within(panel).getByText('0 changes since the start.')).toBeInTheDocument();
    // A persona switch is not a change of the data (issue #18 item 18); a grant is.
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Persona' }),
      'diego.alvarez@acme.example',
    );
    expect(await screen.findByText('Signed in as Diego Alvarez.')).toBeInTheDocument();
    expect(within(panel).getByText('0 changes since the start.')).toBeInTheDocument();
    expect(runtime().db.changeCount).toBe(0);
    setSession(PEOPLE.sam.id);
    const granted = await fetch('/api/administrators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-g-000002', roles: [{ role: 'deployment' }] }),
    });
    expect(granted.status).toBe(201);
    const changes = runtime().db.changeCount;
    expect(changes).toBeGreaterThan(0);
    // The panel reads its state again (here after a clock step).
    await user.click(within(panel).getByRole('button', { name: '+1 day' }));
    expect(await within(panel).findByText(`${changes} changes since the start.`)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset demo data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset demo data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset demo data?' })).not.toBeInTheDocument(),
    );
    expect(within(panel).getByText(`${changes} changes since the start.`)).toBeInTheDocument();

    await user.click(await within(panel).findByRole('button', { name: 'Reset demo data' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Reset demo data?' })).getByRole('button', {
        name: 'Reset demo data',
      }),
    );
    expect(await within(panel).findByText('0 changes since the start.')).toBeInTheDocument();
    expect(await screen.findByText('Demo data reset.')).toBeInTheDocument();
    expect(runtime().db.changeCount).toBe(0);
    // Like a person, press Escape once the confirmation has gone: it then closes the panel.
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset demo data?' })).not.toBeInTheDocument(),
    );
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Prototype panel' })).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Account: Sam Rivera' })).toBeInTheDocument(),
    );
  });

  it('opened over the wizard with a confirmation of its own: each one closed hands the page back (no aria-hidden left)', async () => {
    const { user } = await renderApp('/users/administrators');
    await user.click(await screen.findByRole('button', { name: 'Add admin' }, { timeout: 20_000 }));
    await screen.findByRole('dialog', { name: 'Add admin' });
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    const panel = await screen.findByRole('dialog', { name: 'Prototype panel' });
    await within(panel).findByLabelText('Persona');
    // Only the topmost modal is in the accessibility tree.
    expect(screen.queryByRole('dialog', { name: 'Add admin' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Reset demo data' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset demo data?' });
    expect(screen.queryByRole('dialog', { name: 'Prototype panel' })).not.toBeInTheDocument();
    // The session is read again after the reset; slow enough (as in a browser) for a screen to show if it waited.
    server.use(http.get('/api/session', () => delay(300)));
    await user.click(within(confirm).getByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByText('Demo data reset.')).toBeInTheDocument();
    // The reset reads everything again; the wizard under the panel stays where it was, under it.
    const back = await screen.findByRole('dialog', { name: 'Prototype panel' });
    await within(back).findByText('0 changes since the start.');
    expect(screen.queryByRole('dialog', { name: 'Add admin' })).not.toBeInTheDocument();
    await user.click(within(back).getByRole('button', { name: 'Close prototype panel' }));
    const wizard = await screen.findByRole('dialog', { name: 'Add admin' });
    await user.click(within(wizard).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Administrators/ })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('body > [aria-hidden="true"]')).toHaveLength(0));
  });

  it('clock buttons move the displayed mock date and Reset clock brings it back', async () => {
    const { user } = await renderApp('/users/administrators');
    const panel = await openPanel(user);
    const today = formatDate(new Date().toISOString());
    expect(within(panel).getByText(`Mock date: ${today}`)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: '+31 days' }));
    const later = formatDate(new Date(Date.now() + 31 * DAY).toISOString());
    expect(await within(panel).findByText(`Mock date: ${later}`)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: '+1 day' }));
    await user.click(within(panel).getByRole('button', { name: '+7 days' }));
    await waitFor(() => expect(runtime().clockOffsetMs).toBe(39 * DAY));

    await user.click(within(panel).getByRole('button', { name: 'Reset clock' }));
    expect(await within(panel).findByText(`Mock date: ${today}`)).toBeInTheDocument();
    expect(runtime().clockOffsetMs).toBe(0);
  });

  it('Copy link to this state copies a URL with persona, language, scenario, clock and route', async () => {
    const { user, router } = await renderApp('/users/administrators?q=jonas', {
      as: 'jonas.weber@acme.example',
    });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const panel = await openPanel(user);
    // The controls live outside /api, so they keep working in the server-errors scenario.
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Scenario' }), 'server-errors');
    await waitFor(() =>
      expect(within(panel).getByRole('combobox', { name: 'Scenario' })).toHaveValue('server-errors'),
    );
    await user.click(within(panel).getByRole('button', { name: '+31 days' }));
    await within(panel).findByText(/Offset: 31 days/);

    await user.click(within(panel).getByRole('button', { name: 'Copy link to this state' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = new URL(writeText.mock.calls[0]![0]);
    expect(url.pathname).toBe(router.state.location.pathname);
    expect(url.searchParams.get('q')).toBe('jonas');
    expect(url.searchParams.get('as')).toBe('jonas.weber@acme.example');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('scenario')).toBe('server-errors');
    expect(url.searchParams.get('clock')).toBe('+31d');
  });

  it('says once that unreadable saved demo data was reset', async () => {
    sessionStorage.setItem('admin-console-storage-reset', '1');
    await renderApp('/users/administrators');
    expect(
      await screen.findByText(
        'The saved demo data could not be read, so the demo was reset to its starting data.',
      ),
    ).toBeInTheDocument();
    expect(sessionStorage.getItem('admin-console-storage-reset')).toBeNull();
  });
  it('scenario server-errors keeps the shell and the list, with the failed read and Retry in place', async () => {
    const { user } = await renderApp('/users/administrators');
    await screen.findByRole('link', { name: 'Priya Natarajan' }, { timeout: 20_000 });
    const panel = await openPanel(user);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Scenario' }), 'server-errors');
    await user.click(within(panel).getByRole('button', { name: 'Close prototype panel' }));
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(retry.closest('[role="alert"]')).toHaveTextContent('Could not load administrators.');
    expect(runtime().scenario).toBe('server-errors');
    // Not a whole-app banner: the top bar, its navigation and the account stay, and so do the rows read before.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account: Sam Rivera' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Users area' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Priya Natarajan' })).toBeInTheDocument();
  });
});
