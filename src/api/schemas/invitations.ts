import { z } from '../zod';
import { isoDate } from './common';
import { roleGrantSchema } from './roles';
import { optionalPhoneSchema, requiredNameSchema } from './common';
import { caseStatusSchema } from './support';
import { languageSchema } from './users';

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

const emailHeaders = {
  id: z.string(),
  from: z.string(),
  to: z.string(),
  toName: z.string(),
  sentAt: isoDate,
  /** In the email's language. */
  subject: z.string(),
  /** The recipient's language where it is known (the one they chose in the console), else English; absent: English. */
  language: z.optional(languageSchema),
};

/** The invitation email sent for every grant. */
export const invitationEmailSchema = z.object({
  ...emailHeaders,
  kind: z.literal('admin-invitation'),
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
export type InvitationEmail = z.infer<typeof invitationEmailSchema>;

/** What happened to a case, for its watchers' email. */
export const CASE_CHANGES = ['commented', 'supportReplied', 'closed', 'reopened'] as const;
export type CaseChange = (typeof CASE_CHANGES)[number];

/** The email each watcher of a case gets when it changes (a comment, Adobe Support's reply, closing, reopening). */
export const caseUpdateEmailSchema = z.object({
  ...emailHeaders,
  kind: z.literal('case-update'),
  orgName: z.string(),
  caseId: z.string(),
  caseTitle: z.string(),
  change: z.enum(CASE_CHANGES),
  /** The case's status after the change. */
  status: caseStatusSchema,
  /** Who made the change (the support engineer for a reply from Adobe Support). */
  actorName: z.string(),
});
export type CaseUpdateEmail = z.infer<typeof caseUpdateEmailSchema>;

/** Time-bound grants: the email sent when rights reach their end day and are removed. */
export const rightsEndedEmailSchema = z.object({
  ...emailHeaders,
  kind: z.literal('rights-ended'),
  orgName: z.string(),
  /** The UTC day the rights ended (`YYYY-MM-DD`). */
  endDate: z.string(),
  /** The rights removed; names resolved so the email reads on its own. */
  rights: z.array(z.object({ role: roleGrantSchema, scopeNames: z.array(z.string()) })),
});
export type RightsEndedEmail = z.infer<typeof rightsEndedEmailSchema>;

/** An email sent by the backend (the outbox shown at /mailbox). */
export const emailMessageSchema = z.discriminatedUnion('kind', [
  invitationEmailSchema,
  caseUpdateEmailSchema,
  rightsEndedEmailSchema,
]);
export type EmailMessage = z.infer<typeof emailMessageSchema>;
export const isInvitationEmail = (m: EmailMessage): m is InvitationEmail => m.kind === 'admin-invitation';

export const setUpProfileSchema = z.object({
  firstName: requiredNameSchema,
  lastName: requiredNameSchema,
  country: z.string().check(z.trim(), z.minLength(2, 'validation.countryRequired'), z.maxLength(2)),
  /** Optional: where Adobe Support can call a Support administrator back. */
  supportPhone: optionalPhoneSchema,
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
