import {
  PRODUCT_FIELDS,
  createCaseSchema,
  type CreateCaseInput,
  type SupportProduct,
} from '@/api/schemas/support';
import type { CaseDraft } from '../../stores/case-draft-store';

/** Form fields in display order (first invalid one gets focus); the product-specific field comes after Product. */
export const FIELD_ORDER = [
  'productId',
  'title',
  'description',
  'attachmentIds',
  'priority',
  'businessImpact',
  'timeZone',
  'contactPhone',
  'watchers',
] as const;

/** The `Phone number` the form shows: what was typed, else the profile's support phone number. */
export const contactPhoneOf = (draft: CaseDraft, profilePhone: string | undefined) =>
  draft.contactPhone ?? profilePhone ?? '';

export type DraftErrors = Record<string, string>;

/**
 * Validate the draft with the same schema the server uses, plus what the form knows (required radio
 * choices, the product-specific field). Messages are i18n keys (`validation.*` in common or support).
 */
export function validateDraft(
  draft: CaseDraft,
  products: readonly SupportProduct[],
  profilePhone?: string,
): { errors: DraftErrors; input?: CreateCaseInput } {
  const errors: DraftErrors = {};
  const rule = PRODUCT_FIELDS[draft.productId];
  const productFields: Record<string, string> = {};
  if (rule) productFields[rule.key] = draft.productFields[rule.key] ?? '';
  // Extra keys of the draft (attachments) are not part of the request: the schema drops them.
  const parsed = createCaseSchema.safeParse({
    ...draft,
    productFields,
    contactPhone: contactPhoneOf(draft, profilePhone),
    watchers: draft.watchers,
    attachmentIds: draft.attachments.map((a) => a.id),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (path === 'priority' || path === 'timeZone') continue;
      if (path.startsWith('productFields.')) errors[path] ??= 'validation.fieldTooLong';
      // One message for the watchers field, whichever address it is about (the field shows which).
      else if (path.startsWith('watchers')) errors.watchers ??= issue.message;
      else errors[path] ??= issue.message;
    }
  }
  if (!draft.priority) errors.priority = 'validation.priorityRequired';
  if (!draft.timeZone) errors.timeZone = 'validation.timeZoneRequired';
  if (draft.productId && !products.some((p) => p.id === draft.productId))
    errors.productId = 'validation.productRequired';
  if (rule) {
    const value = (productFields[rule.key] ?? '').trim();
    const path = `productFields.${rule.key}`;
    if (!value) errors[path] = rule.required;
    const product = products.find((p) => p.id === draft.productId);
    if (value && product && draft.productId === 'marketo' && !product.instances.some((i) => i.id === value)) {
      errors[path] = rule.required;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { errors, input: { ...parsed.data, productFields } };
}

/**
 * The form field a server error path names: one of FIELD_ORDER, or the chosen product's own field
 * (`productFields.<key>`, also for the bare `productFields`). Anything else names no field of the form.
 */
export function caseFieldOf(path: string, productId: string): string | undefined {
  if ((FIELD_ORDER as readonly string[]).includes(path)) return path;
  // One message for the watchers (or files) field, whichever address (or file) it is about.
  const head = path.split('.')[0] ?? '';
  if (head === 'watchers' || head === 'attachmentIds') return head;
  const rule = PRODUCT_FIELDS[productId];
  if (rule && (path === 'productFields' || path === `productFields.${rule.key}`))
    return `productFields.${rule.key}`;
  return undefined;
}

/** The first field (in display order) with an error. */
export function firstInvalid(errors: DraftErrors): string | undefined {
  const order: string[] = [
    FIELD_ORDER[0],
    ...Object.keys(errors).filter((k) => k.startsWith('productFields.')),
    ...FIELD_ORDER.slice(1),
  ];
  return order.find((f) => errors[f]);
}
