import { z } from '../zod';
import { isoDate, pageOf } from './common';

export const AUDIT_EVENTS = [
  'admin.granted',
  'admin.changed',
  'admin.removed',
  'admin.rightsEnded',
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
  /** Human-readable detail in English, composed by the server (e.g. role short labels). */
  detail: z.string(),
  object: z.string(),
  affectedUser: z.optional(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  admin: z.optional(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);
