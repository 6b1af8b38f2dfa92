import { z } from '../zod';
import { adminStatusSchema } from './administrators';

/** One person who can open support cases for a product or instance (or will, once their invitation is accepted). */
export const coveringAdminSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Basic support covers every product but Marketo Engage; Product support covers Marketo Engage instances. */
  role: z.enum(['basic', 'productSupport']),
  status: adminStatusSchema,
});
export type CoveringAdmin = z.infer<typeof coveringAdminSchema>;

/**
 * A product (every one but Marketo Engage) or one Marketo Engage instance, with who covers it. `covered` is true
 * only when an active Support administrator covers it: pending or expired invitations are listed but cover nothing.
 */
export const coverageEntrySchema = z.object({
  productId: z.string(),
  productName: z.string(),
  instance: z.optional(z.object({ id: z.string(), name: z.string() })),
  covered: z.boolean(),
  admins: z.array(coveringAdminSchema),
});
export type CoverageEntry = z.infer<typeof coverageEntrySchema>;

export const supportCoverageSchema = z.object({ items: z.array(coverageEntrySchema) });
export type SupportCoverage = z.infer<typeof supportCoverageSchema>;
