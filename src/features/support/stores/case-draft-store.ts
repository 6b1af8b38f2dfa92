import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Attachment, Priority, SupportTimeZone } from '@/api/schemas/support';

/** What the person typed in the case form (kept until the case is submitted). */
export interface CaseDraft {
  productId: string;
  title: string;
  description: string;
  priority: Priority | '';
  businessImpact: string;
  timeZone: SupportTimeZone | '';
  productFields: Record<string, string>;
  /** `Phone number`; undefined until typed in, when the form shows the profile's support phone number. */
  contactPhone?: string;
  /** `Who else should we keep up to date?` */
  watchers: string[];
  /** Files already uploaded for this case (kept across a reload; files still uploading are not). */
  attachments: Attachment[];
}

export const emptyDraft: CaseDraft = {
  productId: '',
  title: '',
  description: '',
  priority: '',
  businessImpact: '',
  timeZone: '',
  productFields: {},
  watchers: [],
  attachments: [],
};

interface DraftState {
  /** Whose draft this is: another person signing in in the same tab starts from an empty form. */
  ownerId: string | null;
  draft: CaseDraft;
  /** One key per draft: a double submit or a retry of this draft opens one case. */
  idempotencyKey: string;
  update: (patch: Partial<CaseDraft>) => void;
  setProductField: (key: string, value: string) => void;
  ensureOwner: (ownerId: string) => void;
  /** The only product (and instance) there is to choose: chosen already, unless the draft has a product. */
  chooseOnlyProduct: (productId: string, instanceId?: string) => void;
  reset: () => void;
}

const newKey = () => crypto.randomUUID();

/** The case form's draft, persisted in sessionStorage so it survives a reload of the tab. */
export const useCaseDraft = create<DraftState>()(
  persist(
    (set, get) => ({
      ownerId: null,
      draft: emptyDraft,
      idempotencyKey: newKey(),
      update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
      setProductField: (key, value) =>
        set((s) => ({ draft: { ...s.draft, productFields: { ...s.draft.productFields, [key]: value } } })),
      ensureOwner: (ownerId) => {
        if (get().ownerId !== ownerId) set({ ownerId, draft: emptyDraft, idempotencyKey: newKey() });
      },
      chooseOnlyProduct: (productId, instanceId) =>
        set((s) =>
          s.draft.productId
            ? s
            : {
                draft: {
                  ...s.draft,
                  productId,
                  productFields: instanceId
                    ? { ...s.draft.productFields, instanceId }
                    : s.draft.productFields,
                },
              },
        ),
      reset: () => set({ draft: emptyDraft, idempotencyKey: newKey() }),
    }),
    {
      name: 'admin-console-support-case-draft',
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ ownerId: s.ownerId, draft: s.draft, idempotencyKey: s.idempotencyKey }),
      // A draft saved before watchers and attachments existed gets them empty.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<DraftState>;
        return { ...current, ...p, draft: { ...emptyDraft, ...p.draft } };
      },
    },
  ),
);

/** True when the draft holds anything the person typed or chose. */
export const isDraftDirty = (d: CaseDraft) =>
  JSON.stringify({ ...emptyDraft, ...d, productFields: Object.values(d.productFields).filter(Boolean) }) !==
  JSON.stringify({ ...emptyDraft, productFields: [] });
