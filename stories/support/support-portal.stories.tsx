import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';
import { PEOPLE } from '@mocks/db/seed';
import type { CreateCaseInput } from '@/api/schemas/support';
import { accept, grant, openCase } from '../play/api';
import { label } from '../play/i18n';
import { expectLoading, expectRetry, fails, neverAnswers } from '../play/list-states';

/** The support portal (`/support`): only Support administrators get in. */
const meta = {
  title: 'Support/Support portal',
  parameters: { route: '/support' },
  globals: { persona: 'amara' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const analyticsCase: CreateCaseInput = {
  productId: 'analytics',
  title: 'Revenue report shows no data',
  description: 'Since Monday the Revenue report of acme-global is empty.',
  priority: 'high',
  businessImpact: 'The weekly revenue review cannot happen.',
  timeZone: 'emea',
  productFields: { reportSuite: 'acme-global' },
};
const twoCases = [
  async () => {
    await openCase(PEOPLE.amara.email, analyticsCase);
    await openCase(PEOPLE.amara.email, {
      ...analyticsCase,
      productId: 'target',
      title: 'Activity does not deliver',
      productFields: {},
    });
    return {};
  },
];

export const Home: Story = {
  name: 'Home – Basic support administrator (Amara)',
  play: async () => {
    await expect(await screen.findByRole('link', { name: label('support:home.openTicket') })).toBeVisible();
  },
};

export const HomeWithCases: Story = {
  name: 'Home – with open cases',
  loaders: twoCases,
  play: async () => {
    await expect(await screen.findByText(/Activity does not deliver/)).toBeVisible();
  },
};

export const NoAccess: Story = {
  name: 'No access – not a Support administrator (Sam)',
  globals: { persona: 'sam' },
  play: async () => {
    await expect(await screen.findByRole('heading', { name: label('support:gate.title') })).toBeVisible();
    await expect(screen.queryByRole('link', { name: label('support:home.openTicket') })).toBeNull();
  },
};

export const MyCases: Story = {
  name: 'My cases – list',
  parameters: { route: '/support/cases' },
  loaders: twoCases,
  play: async () => {
    await expect(await screen.findByText('Activity does not deliver')).toBeVisible();
  },
};

export const MyCasesEmpty: Story = {
  name: 'My cases – empty (Alex, a new Basic support administrator)',
  parameters: { route: '/support/cases' },
  globals: { persona: 'alex' },
  loaders: [
    async () => {
      const token = await grant({
        userId: PEOPLE.alex.id,
        roles: [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }],
      });
      await accept(token, PEOPLE.alex.email, 'p-alex-acme');
      return {};
    },
  ],
  play: async () => {
    await expect(await screen.findByText(label('support:cases.empty'))).toBeVisible();
  },
};

export const MyCasesLoading: Story = {
  name: 'My cases – loading',
  parameters: { route: '/support/cases', ...neverAnswers('/api/support/cases') },
  play: expectLoading,
};

export const MyCasesFailed: Story = {
  name: 'My cases – error (Retry)',
  parameters: { route: '/support/cases', ...fails('/api/support/cases') },
  play: expectRetry,
};

export const CaseDetail: Story = {
  name: 'Case detail – open case',
  loaders: [
    async () => {
      const c = await openCase(PEOPLE.amara.email, analyticsCase);
      return { route: `/support/cases/${c.id}` };
    },
  ],
  play: async () => {
    await expect(
      await screen.findByRole('heading', { level: 1, name: 'Revenue report shows no data' }),
    ).toBeVisible();
  },
};
