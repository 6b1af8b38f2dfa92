import { z } from '../zod';
import { isoDate } from './common';
import { roleGrantSchema } from './roles';
import { requiredNameSchema } from './common';

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'voided', 'expired']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z.object({
  token: z.string(),
  userId: z.string(),
  email: z.string(),
  orgName: z.string(),
  roles: z.array(roleGrantSchema),
  status: invitationStatusSchema,
  createdAt: isoDate,
  expiresAt: isoDate,
  acceptedAt: z.optional(isoDate),
  invitedBy: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** An email sent by the backend (the outbox shown at /mailbox). */
export const emailMessageSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  toName: z.string(),
  sentAt: isoDate,
  subject: z.string(),
  kind: z.enum(['admin-invitation']),
  orgName: z.string(),
  invitationToken: z.string(),
  /** Rights at the time of sending; names resolved so the email reads on its own. */
  rights: z.array(
    z.object({
      role: roleGrantSchema,
      scopeNames: z.array(z.string()),
    }),
  ),
  resend: z.boolean(),
});
export type EmailMessage = z.infer<typeof emailMessageSchema>;

export const setUpProfileSchema = z.object({
  firstName: requiredNameSchema,
  lastName: requiredNameSchema,
  country: z.string().check(z.trim(), z.minLength(2, 'validation.countryRequired'), z.maxLength(2)),
});
export type SetUpProfileInput = z.input<typeof setUpProfileSchema>;

export const acceptInvitationSchema = z.object({
  profileId: z.string().check(z.minLength(1), z.maxLength(100)),
});

/** One right as shown to the invitee: the role and the names of its scope. */
export const invitationRightSchema = z.object({ role: roleGrantSchema, scopeNames: z.array(z.string()) });
export type InvitationRight = z.infer<typeof invitationRightSchema>;

/** GET /api/invitations/:token — public view of an invitation (status on the server's clock). */
export const invitationViewSchema = z.object({
  token: z.string(),
  email: z.string(),
  orgName: z.string(),
  roles: z.array(roleGrantSchema),
  rights: z.array(invitationRightSchema),
  status: invitationStatusSchema,
  expiresAt: isoDate,
  acceptedAt: z.optional(isoDate),
});
export type InvitationView = z.infer<typeof invitationViewSchema>;
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
