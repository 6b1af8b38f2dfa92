import { z } from '@/api/zod';
import { roleGrantSchema } from '@/api/schemas/roles';
import { idTypeSchema } from '@/api/schemas/users';
import { emptyRoleDraft, roleDraftSchema } from './role-draft';

/** The person the admin roles go to: someone from the directory, or a new user by email. */
export const chosenUserSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('existing'),
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    name: z.string().check(z.maxLength(500)),
    email: z.string().check(z.maxLength(254)),
    idType: idTypeSchema,
    /** The admin roles the person held when chosen: marked `Already assigned` in step 2. */
    adminRoles: z.optional(z.array(roleGrantSchema).check(z.maxLength(20))),
  }),
  z.object({ kind: z.literal('new'), email: z.string().check(z.minLength(1), z.maxLength(254)) }),
]);
export type ChosenUser = z.output<typeof chosenUserSchema>;

/**
 * The in-progress Add admin wizard as it is kept in sessionStorage. What comes back from storage is parsed with
 * this schema: an older shape or a hand-edited value falls back to an empty draft instead of reaching the screen.
 */
export const wizardDraftSchema = z.object({
  open: z.boolean(),
  step: z.union([z.literal(0), z.literal(1)]),
  /** Text typed in `Email or username`. */
  query: z.string().check(z.maxLength(254)),
  chosen: z.nullable(chosenUserSchema),
  firstName: z._default(z.string().check(z.maxLength(500)), ''),
  lastName: z._default(z.string().check(z.maxLength(500)), ''),
  roles: roleDraftSchema,
  /** One key per draft: a double click or a retry grants once and sends one invitation. */
  idempotencyKey: z.string().check(z.maxLength(255)),
});
export type WizardDraft = z.output<typeof wizardDraftSchema>;
export type WizardStep = WizardDraft['step'];

export const emptyWizardDraft = (): WizardDraft => ({
  open: false,
  step: 0,
  query: '',
  chosen: null,
  firstName: '',
  lastName: '',
  roles: emptyRoleDraft,
  idempotencyKey: '',
});

/** A stored draft, or nothing when it does not read as one. */
export function readWizardDraft(stored: unknown): WizardDraft | null {
  const parsed = wizardDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** How the wizard names the person: a directory user by name; a new user by the typed names, else the email. */
export function draftPersonName(draft: Pick<WizardDraft, 'chosen' | 'firstName' | 'lastName'>): string {
  const { chosen } = draft;
  if (!chosen) return '';
  if (chosen.kind === 'existing') return chosen.name;
  const typed = [draft.firstName.trim(), draft.lastName.trim()].filter(Boolean).join(' ');
  return typed || chosen.email;
}
