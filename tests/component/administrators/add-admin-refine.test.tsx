import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@tests/utils';
import { resetDraft } from './helpers';

beforeEach(resetDraft);

const REFINE = 'Type more of the name or email to narrow the search.';

describe('Add admin — a search with more results than it lists (issue #18 item 20)', () => {
  it('says the results are the first of many and asks to refine; a search that fits says nothing', async () => {
    const { user } = await renderApp('/users/administrators?add=1');
    const dialog = await screen.findByRole('dialog', { name: 'Add admin' }, { timeout: 20_000 });
    const field = within(dialog).getByRole('combobox', { name: 'Email or username' });
    await user.click(field);
    await user.paste('a');
    expect(await screen.findByText(`Showing the first 10 of many matches. ${REFINE}`)).toBeVisible();
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(10);
    await user.paste('n');
    expect(await screen.findByText(`Showing the first 10 of 49 matches. ${REFINE}`)).toBeVisible();
    await user.clear(field);
    await user.paste('camille');
    await screen.findByRole('option', { name: /Camille Martin/ });
    expect(screen.queryByText(/Showing the first/)).not.toBeInTheDocument();
  });
});
