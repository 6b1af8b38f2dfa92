import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { PEOPLE } from '@mocks/db/seed';
import { CRITICAL_PHONE } from '@/api/schemas/support';
import { accept, grant } from '../play/api';
import {
  chooseProduct,
  choosePriority,
  chooseTimeZone,
  expectProductField,
  fillAnalyticsCase,
} from '../play/case-form';
import { label } from '../play/i18n';

/**
 * The case form (`/support/cases/new`, PRODUCT.md §3.3). Amara Okafor is a Basic support administrator (every
 * product but Marketo Engage), Jonas Weber a Product support administrator (Marketo Engage – Acme Production).
 */
const meta = {
  title: 'Support/Case form',
  parameters: { route: '/support/cases/new' },
  globals: { persona: 'amara' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  name: 'Empty – Basic support (Amara)',
  play: async () => {
    await expect(await screen.findByRole('button', { name: label('support:form.submit') })).toBeVisible();
  },
};

const product = (name: string, key?: string): Story => ({
  play: async ({ userEvent }) => {
    await chooseProduct(userEvent, name);
    if (key) await expectProductField(key);
  },
});
export const Analytics: Story = {
  ...product('Adobe Analytics', 'reportSuite'),
  name: 'Adobe Analytics – report suite',
};
export const ExperiencePlatform: Story = {
  ...product('Adobe Experience Platform', 'sandbox'),
  name: 'Adobe Experience Platform – sandbox',
};
export const Campaign: Story = {
  ...product('Adobe Campaign', 'environment'),
  name: 'Adobe Campaign – environment',
};
export const Target: Story = { ...product('Adobe Target'), name: 'Adobe Target – no product field' };

export const Marketo: Story = {
  name: 'Marketo Engage – granted instances only (Jonas)',
  globals: { persona: 'jonas' },
  play: async ({ userEvent }) => {
    await chooseProduct(userEvent, 'Marketo Engage');
    const instance = await screen.findByRole('combobox', {
      name: new RegExp(`^${label('support:form.instanceId')}`),
    });
    await expect(
      within(instance)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([label('support:form.chooseInstance'), 'Acme Production']);
  },
};

export const BothOptions: Story = {
  name: 'Basic and Product support – every product (Alex, both options)',
  globals: { persona: 'alex' },
  loaders: [
    async () => {
      const token = await grant({
        userId: PEOPLE.alex.id,
        roles: [{ role: 'support', basic: true, productSupport: true, instanceIds: ['mkto-acme-sandbox'] }],
      });
      await accept(token, PEOPLE.alex.email, 'p-alex-acme');
      return {};
    },
  ],
  play: async () => {
    const select = await screen.findByRole('combobox', {
      name: new RegExp(`^${label('support:form.product')}`),
    });
    await expect(within(select).getByRole('option', { name: 'Marketo Engage' })).toBeInTheDocument();
    await expect(within(select).getByRole('option', { name: 'Adobe Analytics' })).toBeInTheDocument();
  },
};

const critical = (zone: keyof typeof CRITICAL_PHONE): Story => ({
  play: async ({ userEvent }) => {
    await fillAnalyticsCase(userEvent, 'critical', zone);
    // The number is a tel: link inside the sentence, so the sentence is matched without its <phone> tags.
    const sentence = label('support:form.criticalPhone', {
      phone: CRITICAL_PHONE[zone],
      zone: label(`support:form.timeZones.${zone}`),
    }).replace(/<\/?phone>/g, '');
    const alert = await screen.findByText(
      (_, el) => el?.getAttribute('role') === 'status' && el.textContent === sentence,
    );
    await expect(alert).toBeVisible();
    await expect(within(alert).getByRole('link', { name: CRITICAL_PHONE[zone] })).toHaveAttribute(
      'href',
      `tel:${CRITICAL_PHONE[zone].replace(/ /g, '')}`,
    );
  },
});
export const CriticalAmericas: Story = { ...critical('americas'), name: 'Critical – Americas phone' };
export const CriticalEmea: Story = { ...critical('emea'), name: 'Critical – EMEA phone' };
export const CriticalApac: Story = { ...critical('apac'), name: 'Critical – APAC phone' };

export const CriticalNoZone: Story = {
  name: 'Critical – no time zone yet (every phone)',
  play: async ({ userEvent }) => {
    await screen.findByRole('button', { name: label('support:form.submit') });
    await choosePriority(userEvent, 'critical');
    await expect(await screen.findByText(label('support:form.criticalPhoneAll'))).toBeVisible();
  },
};

export const Missing: Story = {
  name: 'Submit – what is missing',
  play: async ({ userEvent }) => {
    await userEvent.click(await screen.findByRole('button', { name: label('support:form.submit') }));
    await expect(await screen.findByText(label('support:form.fixErrors'))).toBeVisible();
  },
};

export const Submitted: Story = {
  name: 'Submitted – the new case',
  play: async ({ userEvent }) => {
    await fillAnalyticsCase(userEvent);
    await chooseTimeZone(userEvent, 'americas');
    await userEvent.click(screen.getByRole('button', { name: label('support:form.submit') }));
    await expect(
      await screen.findByRole('heading', { level: 1, name: 'Revenue report shows no data' }),
    ).toBeVisible();
  },
};
