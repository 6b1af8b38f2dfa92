import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, screen, within } from 'storybook/test';
import { PEOPLE } from '@mocks/db/seed';
import type { Administrator } from '@/api/schemas/administrators';
import { call, signInAs } from '../play/api';
import { label, roleName } from '../play/i18n';
import {
  checkSupport,
  chooseUser,
  expectSave,
  marketoOption,
  openWizard,
  pickOptions,
  save,
  switchOn,
  toRolesStep,
  wizard,
} from '../play/wizard';

/**
 * The Add admin wizard on the Administrators page (PRODUCT.md §3.1), each state reached by a user's clicks against
 * the mock backend. The play functions find controls by the app's own messages, so every story also works with the
 * toolbar's language switched to French.
 */
/** The wizard's error message, scrolled into view: it comes below the roles, out of sight in a long step 2. */
async function shownAlert(dialog: HTMLElement): Promise<HTMLElement> {
  const alert = await within(dialog).findByRole('alert');
  alert.scrollIntoView({ block: 'center' });
  return alert;
}

const meta = {
  title: 'Administrators/Add admin wizard',
  parameters: { route: '/users/administrators' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const ChooseUserEmpty: Story = {
  name: 'Step 1 – Choose a user, empty',
  play: async ({ userEvent }) => {
    const dialog = await openWizard(userEvent);
    await expect(within(dialog).getByRole('button', { name: label('common:next') })).toBeDisabled();
  },
};

export const ChooseUserFilled: Story = {
  name: 'Step 1 – Choose a user, user chosen',
  play: async ({ userEvent }) => {
    const dialog = await openWizard(userEvent);
    await chooseUser(userEvent, 'camille', /Camille Martin/);
    await expect(within(dialog).getByRole('button', { name: label('common:next') })).toBeEnabled();
  },
};

export const ChooseUserNew: Story = {
  name: 'Step 1 – Choose a user, new user by email',
  play: async ({ userEvent }) => {
    const dialog = await openWizard(userEvent);
    await userEvent.click(within(dialog).getByRole('combobox', { name: label('addAdmin:user.label') }));
    await userEvent.paste('ada.lovelace@example.com');
    await userEvent.type(
      await within(dialog).findByRole('textbox', { name: label('addAdmin:user.firstName') }),
      'Ada',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: label('addAdmin:user.lastName') }),
      'Lovelace',
    );
    await expect(within(dialog).getByRole('button', { name: label('common:next') })).toBeEnabled();
  },
};

export const ChooseUserInvalidEmail: Story = {
  name: 'Step 1 – Choose a user, invalid email',
  play: async ({ userEvent }) => {
    const dialog = await openWizard(userEvent);
    await userEvent.click(within(dialog).getByRole('combobox', { name: label('addAdmin:user.label') }));
    await userEvent.paste('someone@nowhere');
    await expect(await within(dialog).findByText(label('validation.emailInvalid'))).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: label('common:next') })).toBeDisabled();
  },
};

export const RolesEmpty: Story = {
  name: 'Step 2 – Select admin roles, empty (Save disabled)',
  play: async ({ userEvent }) => {
    await toRolesStep(userEvent);
    await expectSave(false);
  },
};

/** One story per role switched on, with what it reveals (scoped roles: their empty multi-select). */
const roleOn = (role: string, saveEnabled: boolean, reveals?: string): Story => ({
  name: `Step 2 – Role picker, ${role} on`,
  play: async ({ userEvent }) => {
    await toRolesStep(userEvent);
    await switchOn(userEvent, role);
    await expect(within(await wizard()).getByRole('switch', { name: roleName(role) })).toBeChecked();
    if (reveals) {
      await expect(within(await wizard()).getByRole('combobox', { name: label(reveals) })).toBeVisible();
    }
    await expectSave(saveEnabled);
  },
});
export const RoleSystem: Story = { ...roleOn('system', true), name: 'Step 2 – System administrator on' };
export const RoleProduct: Story = {
  ...roleOn('product', false, 'addAdmin:roles.products'),
  name: 'Step 2 – Product administrator on (Products)',
};
export const RoleProductProfile: Story = {
  ...roleOn('productProfile', false, 'addAdmin:roles.profiles'),
  name: 'Step 2 – Product profile administrator on (Product profiles)',
};
export const RoleUserGroup: Story = {
  ...roleOn('userGroup', false, 'addAdmin:roles.groups'),
  name: 'Step 2 – User group administrator on (User groups)',
};
export const RoleDeployment: Story = {
  ...roleOn('deployment', true),
  name: 'Step 2 – Deployment administrator on',
};
export const RoleSupport: Story = {
  ...roleOn('support', false),
  name: 'Step 2 – Support administrator on, no option (Save disabled)',
};

export const SupportBasic: Story = {
  name: 'Step 2 – Support, Basic support administrator (Save enabled)',
  play: async ({ userEvent }) => {
    await toRolesStep(userEvent);
    await switchOn(userEvent, 'support');
    await checkSupport(userEvent, 'basicSupport');
    await expectSave(true);
  },
};

export const SupportInstancesOpen: Story = {
  name: 'Step 2 – Support, Product support with the instances open',
  play: async ({ userEvent }) => {
    await toRolesStep(userEvent);
    await switchOn(userEvent, 'support');
    await checkSupport(userEvent, 'productSupport');
    await expectSave(false);
    await pickOptions(userEvent, 'addAdmin:roles.instances', [], { keepOpen: true });
    const list = await screen.findByRole('listbox');
    await expect(within(list).getAllByRole('option')).toHaveLength(3);
    await expect(within(list).getByRole('option', { name: marketoOption('Acme Sandbox') })).toBeVisible();
  },
};

export const SupportBoth: Story = {
  name: 'Step 2 – Support, Basic and Product support, instances chosen (Save enabled)',
  play: async ({ userEvent }) => {
    await toRolesStep(userEvent);
    await switchOn(userEvent, 'support');
    await checkSupport(userEvent, 'basicSupport');
    await checkSupport(userEvent, 'productSupport');
    await pickOptions(userEvent, 'addAdmin:roles.instances', [
      marketoOption('Acme Production'),
      marketoOption('Acme EMEA Production'),
    ]);
    await expectSave(true);
  },
};

export const RolesAsProductAdmin: Story = {
  name: 'Step 2 – As Priya, a Product administrator (only the roles she can grant)',
  globals: { persona: 'priya' },
  play: async ({ userEvent }) => {
    const dialog = await toRolesStep(userEvent);
    await expect(within(dialog).getByRole('switch', { name: roleName('product') })).toBeInTheDocument();
    await expect(within(dialog).queryByRole('switch', { name: roleName('system') })).toBeNull();
    await expect(within(dialog).queryByRole('switch', { name: roleName('support') })).toBeNull();
  },
};

export const SaveForbidden: Story = {
  name: 'Save – 403, rights changed meanwhile',
  globals: { persona: 'priya' },
  play: async ({ userEvent }) => {
    const dialog = await toRolesStep(userEvent);
    await switchOn(userEvent, 'product');
    await pickOptions(userEvent, 'addAdmin:roles.products', ['Adobe Analytics']);
    // Meanwhile Sam narrows Priya's rights to Adobe Target (real API), so the backend refuses Adobe Analytics.
    await signInAs(PEOPLE.sam.email);
    const priya = await call<Administrator>('GET', `/api/administrators/${PEOPLE.priya.id}`);
    await call('PUT', `/api/administrators/${PEOPLE.priya.id}`, {
      roles: [{ role: 'product', productIds: ['target'] }],
      version: priya.version,
    });
    await signInAs(PEOPLE.priya.email);
    await save(userEvent);
    await expect(await shownAlert(dialog)).toHaveTextContent(label('validation.forbiddenScope'));
  },
};

export const SaveConflict: Story = {
  name: 'Save – 409, the person already has the role',
  play: async ({ userEvent }) => {
    const dialog = await toRolesStep(userEvent, 'amara', /Amara Okafor/);
    await switchOn(userEvent, 'support');
    await checkSupport(userEvent, 'basicSupport');
    await save(userEvent);
    await expect(await shownAlert(dialog)).toHaveTextContent(/Amara Okafor/);
  },
};

export const SaveServerError: Story = {
  name: 'Save – 500, server error (everything kept)',
  parameters: {
    msw: {
      handlers: [
        http.post('/api/administrators', () =>
          HttpResponse.json(
            { status: 500, title: 'Internal error', code: 'server-error' },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ userEvent }) => {
    const dialog = await toRolesStep(userEvent);
    await switchOn(userEvent, 'deployment');
    await save(userEvent);
    await expect(await shownAlert(dialog)).toHaveTextContent(label('errors.server', { status: 500 }));
    await expect(within(dialog).getByRole('switch', { name: roleName('deployment') })).toBeChecked();
  },
};

export const Saved: Story = {
  name: 'Saved – invitation sent, the person is Pending',
  play: async ({ userEvent }) => {
    await toRolesStep(userEvent);
    await switchOn(userEvent, 'support');
    await checkSupport(userEvent, 'basicSupport');
    await save(userEvent);
    await expect(
      await screen.findByText(label('addAdmin:invitationSent', { email: PEOPLE.camille.email })),
    ).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Camille Martin' })).closest('tr');
    await expect(within(row as HTMLElement).getByText(label('status.pending'))).toBeVisible();
  },
};
