import { z } from '../zod';
import { ATTACHMENTS_MAX } from '../rules/attachments';
import { emailSchema, isoDate, optionalPhoneSchema, pageOf } from './common';

export const TITLE_MAX = 255;
export const DESCRIPTION_MAX = 32_000;

export const prioritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Priority = z.infer<typeof prioritySchema>;
export const timeZoneSchema = z.enum(['americas', 'emea', 'apac']);
export type SupportTimeZone = z.infer<typeof timeZoneSchema>;

/**
 * Where a case stands: opened and waiting for a support engineer, being worked on, waiting for the customer's
 * answer (`awaiting-reply`: "Awaiting your reply"), closed. Cases stored before these existed were `open`; they
 * load as `awaiting-assignment` (mocks/db/migrations.ts).
 */
export const CASE_STATUSES = ['awaiting-assignment', 'in-progress', 'awaiting-reply', 'closed'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
/** A list's status filter: one status, `open` (any but closed), or every case (`''`). */
export const caseStatusFilterSchema = z.enum(['', 'open', ...CASE_STATUSES]);
export type CaseStatusFilter = z.infer<typeof caseStatusFilterSchema>;

/** Phone numbers for immediate help with a Critical case. */
export const CRITICAL_PHONE: Record<SupportTimeZone, string> = {
  americas: '+1 800 555 0100',
  emea: '+44 20 7946 0000',
  apac: '+61 2 5550 0000',
};

const text = (max: number, required: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, required), z.maxLength(max, tooLong));

/** Most people kept up to date on one case. */
export const WATCHERS_MAX = 10;

/**
 * `Who else should we keep up to date?`: up to 10 email addresses, each with the shared email rule, none twice
 * (compared in lower case, as the email rule normalises them).
 */
export const watchersSchema = z.array(emailSchema).check(
  z.maxLength(WATCHERS_MAX, 'validation.watchersTooMany'),
  z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((email, i) => {
      if (seen.has(email)) ctx.addIssue({ code: 'custom', path: [i], message: 'validation.watcherRepeated' });
      seen.add(email);
    });
  }),
);

/** Ids of uploaded attachments (POST /api/support/attachments) to attach: at most 5, each once. */
export const attachmentIdsSchema = z.pipe(
  z
    .array(z.string().check(z.minLength(1), z.maxLength(100)))
    .check(z.maxLength(ATTACHMENTS_MAX, 'validation.attachmentsTooMany')),
  z.transform((ids: string[]) => [...new Set(ids)]),
);

export const createCaseSchema = z.object({
  productId: z.string().check(z.minLength(1, 'validation.productRequired'), z.maxLength(100)),
  title: text(TITLE_MAX, 'validation.titleRequired', 'validation.titleTooLong'),
  description: text(DESCRIPTION_MAX, 'validation.descriptionRequired', 'validation.descriptionTooLong'),
  priority: prioritySchema,
  businessImpact: text(2000, 'validation.businessImpactRequired', 'validation.businessImpactTooLong'),
  timeZone: timeZoneSchema,
  /** Product-specific fields: instanceId (Marketo Engage), sandbox (AEP), reportSuite (Analytics), environment (Campaign). */
  productFields: z._default(z.record(z.string(), z.string().check(z.trim(), z.maxLength(200))), {}),
  /** `Phone number` (Priority and contact): where Adobe Support can call back. */
  contactPhone: optionalPhoneSchema,
  watchers: z._default(watchersSchema, []),
  attachmentIds: z._default(attachmentIdsSchema, []),
});
export type CreateCaseInput = z.input<typeof createCaseSchema>;

/** POST /api/support/attachments is `multipart/form-data` with the file in this one field (one file per request). */
export const ATTACHMENT_UPLOAD_FIELD = 'file';

/** A file attached to a case or a comment, as listed (its bytes: GET /api/support/attachments/:id). */
export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().check(z.int()),
  type: z.string(),
  uploadedAt: isoDate,
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** Adobe Support's replies are written in the reader's language from these templates. */
export const SUPPORT_MESSAGES = ['assigned', 'needsInfo'] as const;

export const caseCommentSchema = z.object({
  id: z.string(),
  at: isoDate,
  /** `support`: a reply from Adobe Support (its text is `message`, rendered in the reader's language). */
  author: z.enum(['customer', 'support']),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  message: z.optional(z.enum(SUPPORT_MESSAGES)),
  attachments: z.array(attachmentSchema),
});
export type CaseComment = z.infer<typeof caseCommentSchema>;

export const supportCaseSchema = z.object({
  id: z.string().check(z.regex(/^E-\d{6}$/)),
  ownerId: z.string(),
  ownerName: z.string(),
  productId: z.string(),
  productName: z.string(),
  title: z.string(),
  description: z.string(),
  priority: prioritySchema,
  businessImpact: z.string(),
  timeZone: timeZoneSchema,
  productFields: z.record(z.string(), z.string()),
  contactPhone: z.optional(z.string()),
  status: caseStatusSchema,
  /** The support engineer working on it, once assigned. */
  agentName: z.optional(z.string()),
  watchers: z.array(z.string()),
  attachments: z.array(attachmentSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
  closedAt: z.optional(isoDate),
  comments: z.array(caseCommentSchema),
});
export type SupportCase = z.infer<typeof supportCaseSchema>;
export const supportCasePageSchema = pageOf(supportCaseSchema);

export const addCommentSchema = z.object({
  body: text(DESCRIPTION_MAX, 'validation.commentRequired', 'validation.commentTooLong'),
  attachmentIds: z._default(attachmentIdsSchema, []),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

/** PUT /api/support/cases/:caseId/watchers */
export const updateWatchersSchema = z.object({ watchers: watchersSchema });

/** Whether a closed case can still be reopened (computed by the server on its clock; 14 days after closing). */
export const REOPEN_WINDOW_DAYS = 14;
export const supportCaseViewSchema = z.extend(supportCaseSchema, { canReopen: z.boolean() });
export type SupportCaseView = z.infer<typeof supportCaseViewSchema>;
export const supportCaseViewPageSchema = pageOf(supportCaseViewSchema);

/**
 * GET /api/support/cases (the caller's own) and GET /api/support/org-cases (every case the caller's support role
 * covers): search, status, and for the organisation's cases product, priority and requestor (a user id).
 */
export const caseListQuerySchema = z.object({
  q: z._default(z.string().check(z.maxLength(200)), ''),
  status: z._default(caseStatusFilterSchema, ''),
  product: z._default(z.string().check(z.maxLength(100)), ''),
  priority: z._default(z.enum(['', 'low', 'medium', 'high', 'critical']), ''),
  requestor: z._default(z.string().check(z.maxLength(100)), ''),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

/** GET /api/support/org-cases/requestors: who opened the cases the caller can see. */
export const requestorSchema = z.object({ id: z.string(), name: z.string() });
export type Requestor = z.infer<typeof requestorSchema>;

/** The product-specific field each product asks for, with its "required" message key (support namespace). */
export const PRODUCT_FIELDS: Readonly<Record<string, { key: string; required: string }>> = {
  marketo: { key: 'instanceId', required: 'validation.instanceRequired' },
  aep: { key: 'sandbox', required: 'validation.sandboxRequired' },
  analytics: { key: 'reportSuite', required: 'validation.reportSuiteRequired' },
  campaign: { key: 'environment', required: 'validation.environmentRequired' },
};

/** GET /api/support/products: what the signed-in Support administrator may open cases for. */
export const supportProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Marketo Engage only: the instances this person was granted. */
  instances: z.array(z.object({ id: z.string(), name: z.string(), munchkinId: z.string() })),
});
export type SupportProduct = z.infer<typeof supportProductSchema>;
