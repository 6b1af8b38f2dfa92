import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderApp } from '@tests/utils';
import {
  ADD_ADMIN_DRAFT_STORAGE_KEY,
  useAddAdminDraft,
} from '@/features/administrators/stores/add-admin-draft';

// The wizard tests drive the whole app through many steps on a shared, slow CI machine.
vi.setConfig({ testTimeout: 60_000 });

/** Forget any draft left in memory by a previous test (sessionStorage is cleared by the setup). */
export function resetDraft() {
  useAddAdminDraft.getState().clear();
}

export async function openWizard(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Add admin' }));
  return screen.findByRole('dialog', { name: 'Add admin' });
}

/** Type in `Email or username` and pick the option whose name matches. */
export async function chooseUser(user: UserEvent, text: string, option: RegExp) {
  const dialog = screen.getByRole('dialog', { name: 'Add admin' });
  await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
  await user.paste(text);
  await user.click(await screen.findByRole('option', { name: option }, { timeout: 5000 }));
}

/** Pick options in a labelled multi-select (MUI Autocomplete multiple). */
export async function pickOptions(user: UserEvent, label: string, options: string[]) {
  const dialog = screen.getByRole('dialog', { name: 'Add admin' });
  const combo = within(dialog).getByRole('combobox', { name: label });
  await user.click(combo);
  for (const o of options) await user.click(await screen.findByRole('option', { name: o }));
  await user.keyboard('{Escape}');
}

/** The first render loads the lazy route and the list: allow for a cold start. */
export function waitForTable(name = 'Sam Rivera') {
  return screen.findByRole('link', { name }, { timeout: 20_000 });
}

/** A wizard restored (as after a reload) at step 2 with Diego chosen and Deployment administrator on. */
export async function restoredAtRoles(roles: string[] = ['deployment'], dialogName = 'Add admin') {
  const chosen = {
    kind: 'existing',
    id: 'u-diego-alvarez',
    name: 'Diego Alvarez',
    email: 'diego.alvarez@acme.example',
    idType: 'enterprise',
  };
  const state = {
    open: true,
    step: 1,
    query: 'Diego Alvarez',
    chosen,
    roles: { enabled: roles },
    idempotencyKey: 'k-trips',
  };
  sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, JSON.stringify({ state, version: 1 }));
  await useAddAdminDraft.persist.rehydrate();
  const r = await renderApp('/users/administrators');
  const dialog = await screen.findByRole('dialog', { name: dialogName }, { timeout: 20_000 });
  return { ...r, dialog };
}
