import { beforeEach, describe, expect, it } from 'vitest';
import {
  ADD_ADMIN_DRAFT_STORAGE_KEY,
  useAddAdminDraft,
} from '@/features/administrators/stores/add-admin-draft';

const store = () => useAddAdminDraft.getState();

/** What a page reload does: memory is gone, sessionStorage stays, the store rehydrates. */
async function reload() {
  const saved = sessionStorage.getItem(ADD_ADMIN_DRAFT_STORAGE_KEY);
  useAddAdminDraft.setState({ open: false, step: 0, query: '', chosen: null, idempotencyKey: '' });
  if (saved !== null) sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, saved);
  await useAddAdminDraft.persist.rehydrate();
}

beforeEach(() => store().clear());

describe('Add admin draft store', () => {
  it('opening creates one idempotency key per draft, kept across re-opens', () => {
    store().openWizard();
    const key = store().idempotencyKey;
    expect(key).toMatch(/.{8,}/);
    store().openWizard();
    expect(store().idempotencyKey).toBe(key);
    store().clear();
    store().openWizard();
    expect(store().idempotencyKey).not.toBe(key);
  });

  it('survives a reload through sessionStorage', async () => {
    store().openWizard();
    store().setQuery('camille');
    store().choose({
      kind: 'existing',
      id: 'u-camille-martin',
      name: 'Camille Martin',
      email: 'camille.martin@acme.example',
      idType: 'enterprise',
    });
    store().setStep(1);
    store().setRoles({ ...store().roles, enabled: ['support'], basic: true });
    const key = store().idempotencyKey;
    expect(sessionStorage.getItem(ADD_ADMIN_DRAFT_STORAGE_KEY)).toContain('u-camille-martin');

    await reload();
    expect(store()).toMatchObject({
      open: true,
      step: 1,
      query: 'camille',
      chosen: { kind: 'existing', id: 'u-camille-martin' },
      roles: { enabled: ['support'], basic: true },
      idempotencyKey: key,
    });
  });

  it('keeps a new user by email with names', async () => {
    store().openWizard();
    store().choose({ kind: 'new', email: 'new.person@example.com' });
    store().setNames({ firstName: 'Ada', lastName: 'Lovelace' });
    await reload();
    expect(store()).toMatchObject({
      chosen: { kind: 'new', email: 'new.person@example.com' },
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
  });

  it('clear() forgets everything, also in storage', async () => {
    store().openWizard();
    store().setQuery('x');
    store().clear();
    await reload();
    expect(store()).toMatchObject({ open: false, step: 0, query: '', chosen: null, idempotencyKey: '' });
  });

  it('ignores an unreadable stored draft', async () => {
    sessionStorage.setItem(
      ADD_ADMIN_DRAFT_STORAGE_KEY,
      JSON.stringify({ state: { open: 'yes', step: 7 }, version: 1 }),
    );
    await useAddAdminDraft.persist.rehydrate();
    expect(store()).toMatchObject({ open: false, step: 0 });
  });

  it('ignores a stored draft whose chosen user or roles do not read as the wizard’s (zod schema)', async () => {
    const valid = {
      open: true,
      step: 1,
      query: 'camille',
      chosen: {
        kind: 'existing',
        id: 'u-camille-martin',
        name: 'Camille',
        email: 'c@acme.example',
        idType: 'enterprise',
      },
      firstName: '',
      lastName: '',
      roles: { enabled: ['deployment'] },
      idempotencyKey: 'k-1',
    };
    const broken = [
      { ...valid, chosen: { kind: 'existing', id: 'u-camille-martin' } },
      { ...valid, chosen: { kind: 'admin', email: 'c@acme.example' } },
      { ...valid, roles: { enabled: ['superuser'] } },
      { ...valid, roles: { enabled: ['product'], productIds: [42] } },
    ];
    for (const state of broken) {
      store().clear();
      sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, JSON.stringify({ state, version: 1 }));
      await useAddAdminDraft.persist.rehydrate();
      expect(store(), JSON.stringify(state)).toMatchObject({ open: false, chosen: null, idempotencyKey: '' });
    }
    // The same draft, readable: restored, the scopes it lacked start empty.
    sessionStorage.setItem(ADD_ADMIN_DRAFT_STORAGE_KEY, JSON.stringify({ state: valid, version: 1 }));
    await useAddAdminDraft.persist.rehydrate();
    expect(store()).toMatchObject({
      open: true,
      step: 1,
      roles: { enabled: ['deployment'], productIds: [] },
    });
  });
});
