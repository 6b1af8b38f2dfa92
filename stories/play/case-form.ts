import { expect, screen, type UserEventObject } from 'storybook/test';
import { label } from './i18n';

const field = (role: 'combobox' | 'textbox', key: string) =>
  screen.findByRole(role, { name: new RegExp(`^${label(`support:form.${key}`)}`) });

/** Choose the product in the case form (a native select; product names are the catalog's). */
export async function chooseProduct(user: UserEventObject, product: string): Promise<void> {
  await user.selectOptions(await field('combobox', 'product'), product);
}

async function enter(user: UserEventObject, key: string, text: string): Promise<void> {
  await user.click(await field('textbox', key));
  await user.paste(text);
}

export async function choosePriority(user: UserEventObject, priority: string): Promise<void> {
  await user.click(screen.getByRole('radio', { name: label(`support:form.priorities.${priority}`) }));
}

export async function chooseTimeZone(user: UserEventObject, zone: string): Promise<void> {
  await user.click(screen.getByRole('radio', { name: label(`support:form.timeZones.${zone}`) }));
}

/** A filled Adobe Analytics case, ready to submit. */
export async function fillAnalyticsCase(user: UserEventObject, priority = 'high', zone = 'emea') {
  await chooseProduct(user, 'Adobe Analytics');
  await enter(user, 'caseTitle', 'Revenue report shows no data');
  await enter(user, 'caseDescription', 'Since Monday the Revenue report of acme-global is empty.');
  await choosePriority(user, priority);
  await enter(user, 'businessImpact', 'The weekly revenue review cannot happen.');
  await chooseTimeZone(user, zone);
  await enter(user, 'reportSuite', 'acme-global');
}

export async function expectProductField(key: string, role: 'combobox' | 'textbox' = 'textbox') {
  await expect(await field(role, key)).toBeVisible();
}
