import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@tests/utils';
import { useAddAdminDraft } from '@/features/administrators/stores/add-admin-draft';
import { openWizard, resetDraft, restoredAtRoles, waitForTable } from './helpers';

beforeEach(resetDraft);
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('Add admin — what a new admin trips on (#18)', () => {
  it('shows the roles a person holds: a badge in the results, and Already assigned in step 2', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('diego');
    const option = await screen.findByRole('option', { name: /Diego Alvarez/ }, { timeout: 5000 });
    expect(option).toHaveTextContent('Admin roles already held:Deployment');
    await user.click(option);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    const deployment = await within(dialog).findByRole('switch', { name: 'Deployment administrator' });
    // Held and not scoped: on, not offered again, and said so.
    expect(deployment).toBeChecked();
    expect(deployment).toBeDisabled();
    expect(deployment).toHaveAccessibleDescription(/Already assigned/);
    expect(within(dialog).getByRole('switch', { name: 'Support administrator' })).toBeEnabled();
  });

  it('says for which scope a scoped role is held, and still offers it for more', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.click(within(dialog).getByRole('combobox', { name: 'Email or username' }));
    await user.paste('jonas');
    await user.click(await screen.findByRole('option', { name: /Jonas Weber/ }, { timeout: 5000 }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    const support = await within(dialog).findByRole('switch', { name: 'Support administrator' });
    expect(support).toHaveAccessibleDescription(/Already assigned for: Marketo Engage - Acme Production/);
    // Held for one instance: another can still be given.
    expect(support).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    const combo = within(dialog).getByRole('combobox', { name: 'Email or username' });
    await user.clear(combo);
    await user.paste('priya');
    await user.click(await screen.findByRole('option', { name: /Priya Natarajan/ }, { timeout: 5000 }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    const product = await within(dialog).findByRole('switch', { name: 'Product administrator' });
    expect(product).toHaveAccessibleDescription(/Already assigned for: Adobe Analytics, Adobe Target/);
    expect(product).toBeEnabled();
  });

  it('a Save error shows at the top of the step and takes the focus', async () => {
    const { user, dialog } = await restoredAtRoles();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Diego Alvarez already has the role you chose: Deployment administrator.',
    );
    expect(alert).toHaveFocus();
    // Before every control of the step, right under its heading.
    const firstSwitch = within(dialog).getAllByRole('switch')[0]!;
    expect(alert.compareDocumentPosition(firstSwitch) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const heading = within(dialog).getByRole('heading', { name: 'Select admin roles' });
    expect(heading.nextElementSibling).toBe(alert);
  });

  it('Enter picks the highlighted user while the list is open, then moves on to step 2', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    const combo = within(dialog).getByRole('combobox', { name: 'Email or username' });
    await user.type(combo, 'camille');
    await screen.findByRole('option', { name: /Camille Martin/ }, { timeout: 5000 });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(combo).toHaveValue('Camille Martin');
    expect(within(dialog).getByRole('heading', { name: 'Choose a user' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('heading', { name: 'Select admin roles' })).toHaveFocus();
  });

  it('Escape closes an open list first, then an untouched wizard at once', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await user.type(within(dialog).getByRole('combobox', { name: 'Email or username' }), 'camille');
    await screen.findByRole('option', { name: /Camille Martin/ }, { timeout: 5000 });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(dialog).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('dialog', { name: 'Add admin' })).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Discard this admin?' })).toBeNull();
  });

  it('Escape asks before it discards a started wizard', async () => {
    const { user, dialog } = await restoredAtRoles();
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard this admin?' });
    // The question starts on the safe answer: an Enter pressed by habit keeps the draft.
    await expect.poll(() => within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await expect.poll(() => screen.queryByRole('dialog', { name: 'Discard this admin?' })).toBeNull();
    expect(within(dialog).getByRole('switch', { name: 'Deployment administrator' })).toBeChecked();
    await user.keyboard('{Escape}');
    const again = await screen.findByRole('dialog', { name: 'Discard this admin?' });
    await user.click(within(again).getByRole('button', { name: 'Discard' }));
    await expect.poll(() => screen.queryByRole('dialog', { name: 'Add admin' })).toBeNull();
    expect(useAddAdminDraft.getState().chosen).toBeNull();
  });

  it('turning a role on scrolls its revealed options into view', async () => {
    // jsdom has no scrollIntoView: stubbed for this test only.
    const scroll = vi.fn<(this: Element, arg?: boolean | ScrollIntoViewOptions) => void>();
    Element.prototype.scrollIntoView = scroll;
    const { user, dialog } = await restoredAtRoles([]);
    expect(scroll).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('switch', { name: 'Product administrator' }));
    const products = within(dialog).getByRole('combobox', { name: 'Products' });
    const switchOn = within(dialog).getByRole('switch', { name: 'Product administrator' });
    const region = scroll.mock.contexts.find((el) => el.contains(products));
    expect(region).toBeDefined();
    expect(region!.contains(switchOn)).toBe(false);
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest' });
  });
});
