import { expect, screen, within, type UserEventObject } from 'storybook/test';
import { label, roleName } from './i18n';

/** The Add admin dialog, once open. */
export const wizard = () => screen.findByRole('dialog', { name: label('addAdmin:title') });

export async function openWizard(user: UserEventObject): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: label('administrators:addAdmin') }));
  return wizard();
}

/** Step 1: type in `Email or username` and pick the directory entry whose name matches. */
export async function chooseUser(user: UserEventObject, text: string, option: RegExp): Promise<void> {
  const dialog = await wizard();
  await user.click(within(dialog).getByRole('combobox', { name: label('addAdmin:user.label') }));
  await user.paste(text);
  await user.click(await screen.findByRole('option', { name: option }));
}

export async function next(user: UserEventObject): Promise<void> {
  await user.click(within(await wizard()).getByRole('button', { name: label('common:next') }));
  await within(await wizard()).findByRole('heading', { name: label('addAdmin:steps.selectRoles') });
}

/** Open the wizard, choose `text`'s user and go to step 2 (Select admin roles). */
export async function toRolesStep(
  user: UserEventObject,
  text = 'camille',
  option: RegExp = /Camille Martin/,
): Promise<HTMLElement> {
  await openWizard(user);
  await chooseUser(user, text, option);
  await next(user);
  return wizard();
}

export async function switchOn(user: UserEventObject, role: string): Promise<void> {
  await user.click(within(await wizard()).getByRole('switch', { name: roleName(role) }));
}

/** Support administrator options: `basicSupport`, `productSupport`. */
export async function checkSupport(user: UserEventObject, option: 'basicSupport' | 'productSupport') {
  await user.click(within(await wizard()).getByRole('checkbox', { name: roleName(option) }));
}

/** Open a labelled multi-select and pick options; `keepOpen` leaves its list open (to show it). */
export async function pickOptions(
  user: UserEventObject,
  fieldKey: string,
  options: string[],
  { keepOpen = false } = {},
): Promise<void> {
  await user.click(within(await wizard()).getByRole('combobox', { name: label(fieldKey) }));
  for (const o of options) await user.click(await screen.findByRole('option', { name: o }));
  if (!keepOpen) await user.keyboard('{Escape}');
}

export const marketoOption = (name: string) => label('addAdmin:roles.instanceOption', { name });

export async function expectSave(enabled: boolean): Promise<void> {
  const save = within(await wizard()).getByRole('button', { name: label('addAdmin:save') });
  if (enabled) await expect(save).toBeEnabled();
  else await expect(save).toBeDisabled();
}

export async function save(user: UserEventObject): Promise<void> {
  await user.click(within(await wizard()).getByRole('button', { name: label('addAdmin:save') }));
}
