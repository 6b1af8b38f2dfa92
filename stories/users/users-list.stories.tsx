import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';
import { label } from '../play/i18n';
import { expectLoading, expectRetry, fails, neverAnswers } from '../play/list-states';

/** The Users directory (`/users`): server-side search and paging over ~2,000 seeded users. */
const meta = { title: 'Users/Users list', parameters: { route: '/users' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'List',
  play: async () => {
    await expect(await screen.findByRole('heading', { level: 1, name: /Users/ })).toBeVisible();
  },
};

export const Search: Story = {
  name: 'Search – “camille”',
  parameters: { route: '/users?q=camille' },
  play: async () => {
    await expect(await screen.findByText('camille.martin@acme.example')).toBeVisible();
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: neverAnswers('/api/users'),
  play: expectLoading,
};

export const NoMatch: Story = {
  name: 'Empty – no user matches the search',
  parameters: { route: '/users?q=zzzzzz' },
  play: async () => {
    await expect(await screen.findByText(label('users:users.noMatch', { q: 'zzzzzz' }))).toBeVisible();
  },
};

export const Failed: Story = {
  name: 'Error – the list failed to load (Retry)',
  parameters: fails('/api/users'),
  play: expectRetry,
};
