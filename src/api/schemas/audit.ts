import { z } from '../zod';
import { auditDetailSchema, auditObjectSchema } from './audit-detail';
import { isoDate, pageOf } from './common';

export const AUDIT_EVENTS = [
  'admin.granted',
  'admin.changed',
  'admin.removed',
  'admin.rightsEnded',
  'admin.rightsKept',
  'user.created',
  'invitation.sent',
  'invitation.resent',
  'invitation.accepted',
  'invitation.expired',
  'case.created',
  'case.commented',
  'case.closed',
  'case.reopened',
  'case.supportReplied',
  'case.watchersChanged',
] as const;
export const auditEventSchema = z.enum(AUDIT_EVENTS);
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: isoDate,
  event: auditEventSchema,
  /** What happened, as data: the client writes it in the reader's language. */
  detail: auditDetailSchema,
  object: auditObjectSchema,
  affectedUser: z.optional(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  admin: z.optional(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);

/**
 * `GET /api/audit?from=&to=`: entries from `from` (included) to `to` (excluded), instants with an offset. The audit
 * log sends the start of its `From` day and of the day after its `To` day in the reader's time zone.
 */
export const auditInstantSchema = z.iso.datetime({ offset: true });
