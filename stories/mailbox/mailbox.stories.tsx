import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { PEOPLE } from '@mocks/db/seed';
import { grant } from '../play/api';
import { label } from '../play/i18n';
import { expectLoading, expectRetry, fails, neverAnswers } from '../play/list-states';

/** The demo mailbox (`/mailbox`): every email the backend sent, newest first, and the invitation email itself. */
const meta = { title: 'Mailbox/Mailbox', parameters: { route: '/mailbox' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const InvitationEmail: Story = {
  name: 'Invitation email – Product support administrator, two instances',
  loaders: [
    async () => {
      await grant({
        userId: PEOPLE.camille.id,
        roles: [
          {
            role: 'support',
            basic: false,
            productSupport: true,
            instanceIds: ['mkto-acme-prod', 'mkto-acme-sandbox'],
          },
        ],
      });
      return {};
    },
  ],
  play: async () => {
    const email = within(await screen.findByRole('article'));
    await expect(email.getByText('message@adobe.com')).toBeVisible();
    await expect(email.getByRole('link', { name: label('mailbox:email.getStarted') })).toBeVisible();
  },
};

export const SeveralRoles: Story = {
  name: 'Invitation email – System and User group administrator',
  loaders: [
    async () => {
      await grant({
        userId: PEOPLE.alex.id,
        roles: [{ role: 'system' }, { role: 'userGroup', groupIds: ['grp-web-analysts'] }],
      });
      return {};
    },
  ],
  play: async () => {
    await expect(await screen.findByRole('article')).toBeVisible();
  },
};

export const Empty: Story = {
  name: 'Empty – no email sent yet',
  play: async () => {
    await expect(await screen.findByText(label('mailbox:empty'))).toBeVisible();
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: neverAnswers('/api/mailbox'),
  play: expectLoading,
};

export const Failed: Story = {
  name: 'Error – the mailbox failed to load (Retry)',
  parameters: fails('/api/mailbox'),
  play: expectRetry,
};
