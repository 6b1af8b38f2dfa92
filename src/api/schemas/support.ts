import { z } from '../zod';
import { isoDate, pageOf } from './common';

export const TITLE_MAX = 255;
export const DESCRIPTION_MAX = 32_000;

export const prioritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Priority = z.infer<typeof prioritySchema>;
export const timeZoneSchema = z.enum(['americas', 'emea', 'apac']);
export type SupportTimeZone = z.infer<typeof timeZoneSchema>;

/** Phone numbers for immediate help with a Critical case. */
export const CRITICAL_PHONE: Record<SupportTimeZone, string> = {
  americas: '+1 800 555 0100',
  emea: '+44 20 7946 0000',
  apac: '+61 2 5550 0000',
};

const text = (max: number, required: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, required), z.maxLength(max, tooLong));

export const createCaseSchema = z.object({
  productId: z.string().check(z.minLength(1, 'validation.productRequired'), z.maxLength(100)),
  title: text(TITLE_MAX, 'validation.titleRequired', 'validation.titleTooLong'),
  description: text(DESCRIPTION_MAX, 'validation.descriptionRequired', 'validation.descriptionTooLong'),
  priority: prioritySchema,
  businessImpact: text(2000, 'validation.businessImpactRequired', 'validation.businessImpactTooLong'),
  timeZone: timeZoneSchema,
  /** Product-specific fields: instanceId (Marketo Engage), sandbox (AEP), reportSuite (Analytics), environment (Campaign). */
  productFields: z._default(z.record(z.string(), z.string().check(z.trim(), z.maxLength(200))), {}),
});
export type CreateCaseInput = z.input<typeof createCaseSchema>;

export const caseCommentSchema = z.object({
  id: z.string(),
  at: isoDate,
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
});

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
  status: z.enum(['open', 'closed']),
  createdAt: isoDate,
  updatedAt: isoDate,
  closedAt: z.optional(isoDate),
  comments: z.array(caseCommentSchema),
});
export type SupportCase = z.infer<typeof supportCaseSchema>;
export const supportCasePageSchema = pageOf(supportCaseSchema);

export const addCommentSchema = z.object({
  body: text(DESCRIPTION_MAX, 'validation.commentRequired', 'validation.commentTooLong'),
});

/** Whether a closed case can still be reopened (computed by the server on its clock; 14 days after closing). */
export const REOPEN_WINDOW_DAYS = 14;
export const supportCaseViewSchema = z.extend(supportCaseSchema, { canReopen: z.boolean() });
export type SupportCaseView = z.infer<typeof supportCaseViewSchema>;
export const supportCaseViewPageSchema = pageOf(supportCaseViewSchema);

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
