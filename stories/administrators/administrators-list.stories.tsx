import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';
import { label } from '../play/i18n';
import { expectLoading, expectRetry, fails, neverAnswers } from '../play/list-states';

/** The Administrators page (`/users/administrators`): the seed's seven admins, and the list's other states. */
const meta = {
  title: 'Administrators/Administrators list',
  parameters: { route: '/users/administrators' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'List',
  play: async () => {
    await expect(await screen.findByRole('link', { name: 'Sam Rivera' })).toBeVisible();
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: neverAnswers('/api/administrators'),
  play: expectLoading,
};

export const NoMatch: Story = {
  name: 'Empty – no administrator matches the search',
  parameters: { route: '/users/administrators?q=nobody-here' },
  play: async () => {
    await expect(
      await screen.findByText(label('administrators:noMatch', { q: 'nobody-here' })),
    ).toBeVisible();
  },
};

export const Failed: Story = {
  name: 'Error – the list failed to load (Retry)',
  parameters: fails('/api/administrators'),
  play: expectRetry,
};

export const NoAccess: Story = {
  name: 'No access – a user without admin rights (Camille)',
  globals: { persona: 'camille' },
  play: async () => {
    await expect(await screen.findByText(label('noAccess.title'))).toBeVisible();
  },
};
