import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { PEOPLE } from '@mocks/db/seed';
import { accept, basicSupport, grant, invitationFor } from '../play/api';
import { label } from '../play/i18n';

/**
 * The invitation link (`/invitations/:token`, PRODUCT.md §3.2). Each story's loader has Sam grant roles through the
 * API, which sends a real invitation; its token makes the route. Then the toolbar's persona opens it.
 */
const meta = { title: 'Invitations/Invitation page' } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const heading = (key: string, options: Record<string, unknown> = {}) =>
  screen.findByRole('heading', { name: label(`invitations:${key}`, options) });
const org = { org: 'Acme Corp' };
/** A fresh invitation of Alex Chen as Basic support administrator. */
const alexInvited = [async () => ({ route: await invitationFor() })];

export const GetStarted: Story = {
  name: 'Invitation – Get started (signed out)',
  globals: { persona: 'signed-out' },
  loaders: alexInvited,
  play: async () => {
    await expect(await heading('title', org)).toBeVisible();
    await expect(screen.getByRole('button', { name: label('invitations:getStarted') })).toBeVisible();
  },
};

export const SetUpProfile: Story = {
  name: 'Set up your profile – a new user, after signing in',
  globals: { persona: 'signed-out' },
  loaders: [
    async () => ({
      route: await invitationFor({ newUser: { email: 'nia.park@example.com' }, roles: basicSupport }),
    }),
  ],
  play: async ({ userEvent }) => {
    await userEvent.click(await screen.findByRole('button', { name: label('invitations:getStarted') }));
    // The sign-in page, its Email filled in from the invitation.
    await expect(await screen.findByLabelText(label('signIn:email'))).toHaveValue('nia.park@example.com');
    await userEvent.click(screen.getByRole('button', { name: label('common:continue') }));
    await expect(await heading('setUp.title')).toBeVisible();
  },
};

export const JoinTeam: Story = {
  name: 'Join team – Alex Chen (two profiles)',
  globals: { persona: 'alex' },
  loaders: alexInvited,
  play: async ({ userEvent }) => {
    await userEvent.click(await screen.findByRole('button', { name: label('invitations:getStarted') }));
    await expect(await heading('join.title', org)).toBeVisible();
    await expect(screen.getByRole('button', { name: label('invitations:join.button') })).toBeVisible();
  },
};

export const SelectProfile: Story = {
  name: 'Select a profile – Alex Chen',
  globals: { persona: 'alex' },
  loaders: alexInvited,
  play: async ({ userEvent }) => {
    await userEvent.click(await screen.findByRole('button', { name: label('invitations:getStarted') }));
    await userEvent.click(await screen.findByRole('button', { name: label('invitations:join.button') }));
    await expect(await heading('select.title')).toBeVisible();
    const group = screen.getByRole('radiogroup', { name: label('invitations:select.legend') });
    await expect(within(group).getAllByRole('radio')).toHaveLength(2);
  },
};

export const SelectProfilePersonal: Story = {
  name: 'Select a profile – the personal profile refused',
  globals: { persona: 'alex' },
  loaders: alexInvited,
  play: async ({ userEvent }) => {
    await userEvent.click(await screen.findByRole('button', { name: label('invitations:getStarted') }));
    await userEvent.click(await screen.findByRole('button', { name: label('invitations:join.button') }));
    const group = await screen.findByRole('radiogroup', { name: label('invitations:select.legend') });
    await userEvent.click(within(group).getByRole('radio', { name: 'Personal profile' }));
    await userEvent.click(screen.getByRole('button', { name: label('invitations:select.continue') }));
    await expect(
      await screen.findByText(label('invitations:errors.personalProfile', org)),
    ).toBeInTheDocument();
  },
};

export const WrongAccount: Story = {
  name: 'Another account is signed in (Camille opens Alex’s link)',
  globals: { persona: 'camille' },
  loaders: alexInvited,
  play: async () => {
    await expect(await heading('wrongAccountTitle')).toBeVisible();
  },
};

export const Expired: Story = {
  name: 'Expired – 31 days later',
  globals: { persona: 'alex' },
  parameters: { clock: '+31d' },
  loaders: alexInvited,
  play: async () => {
    await expect(await heading('status.expiredTitle')).toBeVisible();
  },
};

export const Used: Story = {
  name: 'Already used',
  globals: { persona: 'alex' },
  loaders: [
    async () => {
      const token = await grant({ userId: PEOPLE.alex.id, roles: basicSupport });
      await accept(token, PEOPLE.alex.email, 'p-alex-acme');
      return { route: `/invitations/${token}` };
    },
  ],
  play: async () => {
    await expect(await heading('status.acceptedTitle')).toBeVisible();
  },
};

export const Voided: Story = {
  name: 'Voided – replaced by a newer invitation',
  globals: { persona: 'alex' },
  loaders: [
    async () => {
      const first = await grant({ userId: PEOPLE.alex.id, roles: basicSupport });
      await grant({ userId: PEOPLE.alex.id, roles: [{ role: 'deployment' }] });
      return { route: `/invitations/${first}` };
    },
  ],
  play: async () => {
    await expect(await heading('status.voidedTitle')).toBeVisible();
  },
};

export const NotFound: Story = {
  name: 'Unknown link',
  globals: { persona: 'signed-out' },
  loaders: [async () => ({ route: '/invitations/0123456789abcdef0123456789abcdef0123' })],
  play: async () => {
    await expect(await heading('status.notFoundTitle')).toBeVisible();
  },
};
