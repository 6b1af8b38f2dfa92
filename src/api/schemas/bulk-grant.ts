import { z } from '../zod';
import { roleIdSchema } from './roles';

/** Most rows one bulk grant (or its dry run) takes; a larger request is refused whole (413 `too-many-rows`). */
export const BULK_GRANT_MAX_ROWS = 5000;

/** One cell's text; generous, since a row's own rules (email, names) give the precise verdict. */
const cell = z.string().check(z.maxLength(1000));
/** The values of one cell (the CSV separates them with `;`). */
const values = z.array(z.string().check(z.maxLength(300))).check(z.maxLength(200));

/**
 * One row of the CSV, as read: the person by email (and names, for someone new), and what to grant as written.
 * `roles` are role ids (`system`, `product`…) and `support` options `basic` / `productSupport`: the client maps
 * the names of the role picker (English or French) to them; anything else is judged an unknown role or option.
 * Products, profiles, groups and Marketo Engage instances are ids or names (instances also by Munchkin ID).
 */
export const bulkGrantRowSchema = z.object({
  email: cell,
  firstName: z.optional(cell),
  lastName: z.optional(cell),
  roles: values,
  support: z.optional(values),
  products: z.optional(values),
  productProfiles: z.optional(values),
  userGroups: z.optional(values),
  instances: z.optional(values),
});
export type BulkGrantRow = z.input<typeof bulkGrantRowSchema>;

/** POST /api/administrators/bulk (`?dryRun=true` judges every row and changes nothing). */
export const bulkGrantRequestSchema = z.object({
  rows: z
    .array(bulkGrantRowSchema)
    .check(
      z.minLength(1, 'validation.rowsRequired'),
      z.maxLength(BULK_GRANT_MAX_ROWS, 'validation.tooManyRows'),
    ),
});
export type BulkGrantRequest = z.input<typeof bulkGrantRequestSchema>;

/** Why a row cannot be granted, in the order they are looked for (a row gets the first that applies). */
export const BULK_ROW_REASONS = [
  'invalid-email',
  'duplicate-row',
  'invalid-name',
  'unknown-role',
  'unknown-support-option',
  'unknown-target',
  'scope-without-role',
  'role-required',
  'scope-missing',
  'not-allowed',
  'self',
  'already-held',
] as const;
export const bulkRowReasonSchema = z.enum(BULK_ROW_REASONS);
export type BulkRowReason = z.infer<typeof bulkRowReasonSchema>;

export const bulkRowResultSchema = z.object({
  /** Index of the row in the request (0 for the first). */
  row: z.number().check(z.int()),
  email: z.string(),
  /** `ready` in a dry run, `granted` once done; `failed` with a reason otherwise. */
  status: z.enum(['ready', 'granted', 'failed']),
  reason: z.optional(bulkRowReasonSchema),
  /**
   * What the reason is about: the unknown name as written (`unknown-role`, `unknown-support-option`,
   * `unknown-target`), the role concerned (`scope-missing`, `scope-without-role`, `not-allowed`, `already-held`),
   * the index of the first row with this email (`duplicate-row`).
   */
  detail: z.optional(z.string()),
  /** The role concerned, when the reason is about one. */
  role: z.optional(roleIdSchema),
});
export type BulkRowResult = z.infer<typeof bulkRowResultSchema>;

export const bulkGrantResponseSchema = z.object({
  dryRun: z.boolean(),
  /** Rows that are (dry run) or were ready to grant. */
  ready: z.number().check(z.int()),
  /** Rows granted by this request (0 in a dry run). */
  granted: z.number().check(z.int()),
  rows: z.array(bulkRowResultSchema),
});
export type BulkGrantResponse = z.infer<typeof bulkGrantResponseSchema>;
