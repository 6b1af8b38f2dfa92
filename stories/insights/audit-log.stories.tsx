import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';
import { PEOPLE } from '@mocks/db/seed';
import { basicSupport, grant } from '../play/api';
import { label } from '../play/i18n';
import { expectLoading, expectRetry, fails, neverAnswers } from '../play/list-states';

/** The audit log (`/insights/audit-log`). The seed has no entries: a story's loader makes some with the API. */
const meta = { title: 'Insights/Audit log', parameters: { route: '/insights/audit-log' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Entries: Story = {
  name: 'List – after two grants',
  loaders: [
    async () => {
      await grant({ userId: PEOPLE.camille.id, roles: basicSupport });
      await grant({ userId: PEOPLE.alex.id, roles: [{ role: 'deployment' }] });
      return {};
    },
  ],
  play: async () => {
    await expect((await screen.findAllByText(/Camille Martin/)).length).toBeGreaterThan(0);
  },
};

export const Empty: Story = {
  name: 'Empty',
  play: async () => {
    await expect(await screen.findByText(label('auditLog:empty'))).toBeVisible();
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: neverAnswers('/api/audit'),
  play: expectLoading,
};

export const Failed: Story = {
  name: 'Error – the log failed to load (Retry)',
  parameters: fails('/api/audit'),
  play: expectRetry,
};
