import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';
import { expectLoading, expectRetry, fails, neverAnswers } from '../play/list-states';

/** User groups (`/users/user-groups`). */
const meta = { title: 'Users/User groups', parameters: { route: '/users/user-groups' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'List',
  play: async () => {
    await expect(await screen.findByText('EMEA Marketing')).toBeVisible();
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: neverAnswers('/api/user-groups'),
  play: expectLoading,
};

export const Failed: Story = {
  name: 'Error – the list failed to load (Retry)',
  parameters: fails('/api/user-groups'),
  play: expectRetry,
};
