import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { newIdempotencyKey } from '@/api/client';
import type { RoleDraft } from '../model/role-draft';
import {
  emptyWizardDraft,
  readWizardDraft,
  type ChosenUser,
  type WizardDraft,
  type WizardStep,
} from '../model/wizard-draft';

export type AddAdminDraft = WizardDraft;

interface Actions {
  openWizard: () => void;
  /** Open a fresh wizard with this person already chosen (a user's `Make admin`), at step 1 so it can be checked. */
  openWizardFor: (chosen: ChosenUser & { kind: 'existing' }) => void;
  /** Cancel or Save success: forget everything. */
  clear: () => void;
  setStep: (step: WizardStep) => void;
  setQuery: (query: string) => void;
  choose: (chosen: ChosenUser | null) => void;
  setNames: (names: Partial<Pick<AddAdminDraft, 'firstName' | 'lastName'>>) => void;
  setRoles: (roles: RoleDraft) => void;
}

export const ADD_ADMIN_DRAFT_STORAGE_KEY = 'admin-console:add-admin-draft';

/** The in-progress Add admin wizard; survives a page reload (sessionStorage), cleared on Save or Cancel. */
export const useAddAdminDraft = create<AddAdminDraft & Actions>()(
  persist(
    (set, get) => ({
      ...emptyWizardDraft(),
      openWizard: () => set({ open: true, idempotencyKey: get().idempotencyKey || newIdempotencyKey() }),
      openWizardFor: (chosen) => {
        const now = get();
        // Already open for this person (the same link handled twice): keep the draft as it is.
        if (now.open && now.chosen?.kind === 'existing' && now.chosen.id === chosen.id) return;
        set({
          ...emptyWizardDraft(),
          open: true,
          query: chosen.name,
          chosen,
          idempotencyKey: newIdempotencyKey(),
        });
      },
      clear: () => set(emptyWizardDraft()),
      setStep: (step) => set({ step }),
      setQuery: (query) => set({ query }),
      choose: (chosen) => set({ chosen }),
      setNames: (names) => set(names),
      setRoles: (roles) => set({ roles }),
    }),
    {
      name: ADD_ADMIN_DRAFT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ open, step, query, chosen, firstName, lastName, roles, idempotencyKey }) => ({
        open,
        step,
        query,
        chosen,
        firstName,
        lastName,
        roles,
        idempotencyKey,
      }),
      // Validated by the draft's schema: anything unreadable (older shape, hand-edited storage) is an empty draft.
      merge: (persisted, current) => ({ ...current, ...readWizardDraft(persisted) }),
    },
  ),
);
