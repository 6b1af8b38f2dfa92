import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp, server } from '@tests/utils';
import {
  ADD_ADMIN_DRAFT_STORAGE_KEY,
  useAddAdminDraft,
} from '@/features/administrators/stores/add-admin-draft';
import { chooseUser, openWizard, pickOptions, resetDraft, waitForTable } from './helpers';

beforeEach(resetDraft);

/** Camille → Support administrator → Product support → Acme Production, Save not clicked yet: chosen by hand. */
async function readyToSaveByHand() {
  const r = await renderApp('/users/administrators');
  await waitForTable();
  const dialog = await openWizard(r.user);
  await chooseUser(r.user, 'camille', /Camille Martin/);
  await r.user.click(within(dialog).getByRole('button', { name: 'Next' }));
  await r.user.click(within(dialog).getByRole('switch', { name: 'Support administrator' }));
  await r.user.click(within(dialog).getByRole('checkbox', { name: 'Product support administrator' }));
  await pickOptions(r.user, 'Marketo Engage instances', ['Marketo Engage - Acme Production']);
  return { ...r, dialog };
}

/**
 * The same wizard as `readyToSaveByHand`, arranged as a draft restored from sessionStorage (the wizard reopens at
 * step 2), for the tests whose subject is what Save does; choosing by hand is covered by the tests that do it.
 */
async function readyToSave() {
  const state = {
    open: true,
    step: 1,
    query: 'Camille Martin',
    chosen: {
      kind: 'existing',
      id: 'u-camille-martin',
      name: 'Camille Martin',
      email: 'camille.martin@acme.example',
      idType: 'enterprise',
    },
    roles: { enabled: ['support'], productSupport: true, instanceIds: ['mkto-acme-prod'] },
    idempotencyKey: crypto.randomUUID(),
  };
  sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, JSON.stringify({ state, version: 1 }));
  await useAddAdminDraft.persist.rehydrate();
  const r = await renderApp('/users/administrators');
  const dialog = await screen.findByRole('dialog', { name: 'Add admin' }, { timeout: 20_000 });
  await within(dialog).findByRole('button', { name: 'Marketo Engage - Acme Production' });
  return { ...r, dialog };
}

async function expectEverythingKept(dialog: HTMLElement) {
  expect(within(dialog).getByRole('switch', { name: 'Support administrator' })).toBeChecked();
  expect(within(dialog).getByRole('checkbox', { name: 'Product support administrator' })).toBeChecked();
  expect(
    await within(dialog).findByRole('button', { name: 'Marketo Engage - Acme Production' }),
  ).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
}

const grants = () =>
  [...runtime().db.all('invitations')].filter((i) => i.userId === 'u-camille-martin').length;

describe('Add admin — failures and safety', () => {
  it('says when the person already holds the role (409) and loses nothing', async () => {
    const { user } = await renderApp('/users/administrators');
    await waitForTable();
    const dialog = await openWizard(user);
    await chooseUser(user, 'amara', /Amara Okafor/);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('switch', { name: 'Support administrator' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Basic support administrator' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Amara Okafor already has the role you chose: Basic support administrator.',
    );
    expect(within(dialog).getByRole('checkbox', { name: 'Basic support administrator' })).toBeChecked();
  });

  it('shows the 403 message', async () => {
    server.use(
      http.post('/api/administrators', () =>
        HttpResponse.json(
          {
            status: 403,
            title: 'Forbidden',
            code: 'forbidden-role',
            errors: { roles: ['validation.forbiddenRole.support'] },
          },
          { status: 403 },
        ),
      ),
    );
    const { user, dialog } = await readyToSave();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Only a System administrator can assign the Support administrator role.',
    );
    await expectEverythingKept(dialog);
  });

  it('keeps everything after a server error, and a retry grants once', async () => {
    let fail = true;
    server.use(
      http.post('/api/administrators', () =>
        fail ? HttpResponse.json({ status: 500, title: 'Internal error' }, { status: 500 }) : undefined,
      ),
    );
    const { user, dialog } = await readyToSave();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The admin was not added. The server could not complete the request (error 500).',
    );
    await expectEverythingKept(dialog);
    expect(grants()).toBe(0);
    fail = false;
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invitation sent to camille.martin@acme.example')).toBeInTheDocument();
    expect(grants()).toBe(1);
  });

  it('keeps everything after a network failure', async () => {
    server.use(http.post('/api/administrators', () => HttpResponse.error()));
    const { user, dialog } = await readyToSave();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The network is unreachable');
    await expectEverythingKept(dialog);
  });

  it('a double click on Save grants once and sends one invitation', async () => {
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/administrators') posts += 1;
    });
    const { user, dialog } = await readyToSave();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invitation sent to camille.martin@acme.example')).toBeInTheDocument();
    expect(posts).toBe(1);
    expect(grants()).toBe(1);
    server.events.removeAllListeners('request:start');
  });

  it('a restored wizard names its chosen scopes, with a placeholder (never a raw id) until the catalogue arrives', async () => {
    const chosen = {
      kind: 'existing',
      id: 'u-camille-martin',
      name: 'Camille Martin',
      email: 'camille.martin@acme.example',
      idType: 'enterprise',
    };
    const roles = {
      enabled: ['product', 'support'],
      productIds: ['analytics'],
      productSupport: true,
      instanceIds: ['mkto-acme-prod'],
    };
    const state = {
      open: true,
      step: 1,
      query: 'Camille Martin',
      chosen,
      roles,
      idempotencyKey: 'k-restored',
    };
    sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, JSON.stringify({ state, version: 1 }));
    await useAddAdminDraft.persist.rehydrate();
    let release = () => undefined as void;
    const catalogue = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('/api/products', () => catalogue.then(() => undefined)),
      http.get('/api/marketo-instances', () => catalogue.then(() => undefined)),
    );
    await renderApp('/users/administrators');
    const dialog = await screen.findByRole('dialog', { name: 'Add admin' }, { timeout: 20_000 });
    expect(within(dialog).getByRole('combobox', { name: 'Products' })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: 'Loading…' })).toHaveLength(2);
    for (const id of ['analytics', 'mkto-acme-prod'])
      expect(within(dialog).queryByText(id)).not.toBeInTheDocument();
    release();
    expect(await within(dialog).findByRole('button', { name: 'Adobe Analytics' })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Marketo Engage - Acme Production' }),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Loading…' })).not.toBeInTheDocument();
  });

  it('restores the wizard after a reload, at the same step', async () => {
    const first = await readyToSaveByHand();
    first.unmount();
    // A reload: memory is gone, sessionStorage stays.
    const saved = sessionStorage.getItem(ADD_ADMIN_DRAFT_STORAGE_KEY);
    useAddAdminDraft.setState({ open: false, step: 0, chosen: null, query: '' });
    sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, saved ?? '');
    await useAddAdminDraft.persist.rehydrate();

    const { user } = await renderApp('/users/administrators');
    const dialog = await screen.findByRole('dialog', { name: 'Add admin' }, { timeout: 20_000 });
    expect(within(dialog).getByRole('heading', { name: 'Select admin roles' })).toHaveFocus();
    await expectEverythingKept(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(within(dialog).getByRole('combobox', { name: 'Email or username' })).toHaveValue('Camille Martin');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect.poll(() => screen.queryByRole('dialog', { name: 'Add admin' })).toBeNull();
    expect(sessionStorage.getItem(ADD_ADMIN_DRAFT_STORAGE_KEY)).not.toContain('u-camille-martin');
  });
});
