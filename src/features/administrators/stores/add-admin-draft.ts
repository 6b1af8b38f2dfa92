import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { newIdempotencyKey } from '@/api/client';
import type { IdType } from '@/api/schemas/users';
import { emptyRoleDraft, type RoleDraft } from '../components/role-picker/role-draft';

export type WizardStep = 0 | 1;

/** The person the admin roles go to: someone from the directory, or a new user by email. */
export type ChosenUser =
  | { kind: 'existing'; id: string; name: string; email: string; idType: IdType }
  | { kind: 'new'; email: string };

export interface AddAdminDraft {
  open: boolean;
  step: WizardStep;
  /** Text typed in `Email or username`. */
  query: string;
  chosen: ChosenUser | null;
  firstName: string;
  lastName: string;
  roles: RoleDraft;
  /** One key per draft: a double click or a retry grants once and sends one invitation. */
  idempotencyKey: string;
}

interface Actions {
  openWizard: () => void;
  /** Cancel or Save success: forget everything. */
  clear: () => void;
  setStep: (step: WizardStep) => void;
  setQuery: (query: string) => void;
  choose: (chosen: ChosenUser | null) => void;
  setNames: (names: Partial<Pick<AddAdminDraft, 'firstName' | 'lastName'>>) => void;
  setRoles: (roles: RoleDraft) => void;
}

const initial = (): AddAdminDraft => ({
  open: false,
  step: 0,
  query: '',
  chosen: null,
  firstName: '',
  lastName: '',
  roles: emptyRoleDraft,
  idempotencyKey: '',
});

export const ADD_ADMIN_DRAFT_STORAGE_KEY = 'admin-console:add-admin-draft';

/** The in-progress Add admin wizard; survives a page reload (sessionStorage), cleared on Save or Cancel. */
export const useAddAdminDraft = create<AddAdminDraft & Actions>()(
  persist(
    (set, get) => ({
      ...initial(),
      openWizard: () => set({ open: true, idempotencyKey: get().idempotencyKey || newIdempotencyKey() }),
      clear: () => set(initial()),
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
      // Anything unreadable (older shape, hand-edited storage) falls back to an empty draft.
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);

function sanitize(v: unknown): Partial<AddAdminDraft> {
  if (!v || typeof v !== 'object') return {};
  const d = v as Partial<AddAdminDraft>;
  const ok =
    typeof d.open === 'boolean' &&
    (d.step === 0 || d.step === 1) &&
    typeof d.query === 'string' &&
    typeof d.idempotencyKey === 'string' &&
    typeof d.roles === 'object' &&
    d.roles !== null &&
    Array.isArray(d.roles.enabled);
  if (!ok) return {};
  return { ...d, roles: { ...emptyRoleDraft, ...d.roles } };
}
