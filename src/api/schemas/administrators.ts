import { z } from '../zod';
import { isoDate, pageOf } from './common';
import { grantDatesSchema, grantEndDateFormat, grantEndDatesSchema } from './grant-end-date';
import { roleGrantSchema, roleGrantsSchema, roleIdSchema } from './roles';
import { createUserSchema, idTypeSchema } from './users';

/** `expired`: invited, and the latest invitation expired unused (Resend invitation sends a new one). */
export const adminStatusSchema = z.enum(['active', 'pending', 'expired']);

/** The Administrators list's sort (`?sort=`, `?order=`): name by default. */
export const adminSortSchema = z.enum(['name', 'email', 'status']);
export type AdminSort = z.infer<typeof adminSortSchema>;
export const sortOrderSchema = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof sortOrderSchema>;
export type AdminStatus = z.infer<typeof adminStatusSchema>;

export const administratorSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  idType: idTypeSchema,
  roles: z.array(roleGrantSchema),
  /** Per role: when it was granted and accepted, and the day it ends when it is time-bound. */
  grants: z.optional(z.array(grantDatesSchema)),
  status: adminStatusSchema,
  invitedAt: z.optional(isoDate),
  acceptedAt: z.optional(isoDate),
  invitationExpiresAt: z.optional(isoDate),
  /** State of the latest invitation on the server's clock (a pending one past its date is `expired`). */
  invitationStatus: z.optional(z.enum(['pending', 'accepted', 'voided', 'expired'])),
  /** Optimistic concurrency: bumped on every change of this admin's rights. */
  version: z.number().check(z.int()),
});
export type Administrator = z.infer<typeof administratorSchema>;

export const administratorPageSchema = pageOf(administratorSchema);

/** POST /api/administrators — grant roles to an existing user or to a new user by email. */
export const grantRequestSchema = z
  .object({
    userId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    newUser: z.optional(createUserSchema),
    roles: roleGrantsSchema,
    /** `Remove these rights on a date`: the roles this request grants end on that day (mock clock, UTC). */
    endDate: z.optional(grantEndDateFormat),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (!v.userId === !v.newUser) {
        ctx.addIssue({ code: 'custom', path: ['userId'], message: 'validation.userRequired' });
      }
    }),
  );
export type GrantRequest = z.input<typeof grantRequestSchema>;

export const grantResponseSchema = z.object({
  administrator: administratorSchema,
  invitation: z.object({ token: z.string(), email: z.string(), expiresAt: isoDate }),
  /** Chosen roles the person already held (not duplicated). */
  alreadyHeld: z.array(roleIdSchema),
});
export type GrantResponse = z.infer<typeof grantResponseSchema>;

/** PUT /api/administrators/:userId — replace an admin's roles. */
export const updateRolesRequestSchema = z.object({
  roles: roleGrantsSchema,
  version: z.number().check(z.int()),
  /** The end day of the listed roles (`null`: no end); a role not listed keeps its own. */
  endDates: z.optional(grantEndDatesSchema),
});
export type UpdateRolesRequest = z.input<typeof updateRolesRequestSchema>;

/** POST /api/administrators/remove — remove the admin rights of several people at once (all or nothing). */
export const bulkRemoveRequestSchema = z.object({
  userIds: z
    .array(z.string().check(z.minLength(1), z.maxLength(100)))
    .check(z.minLength(1), z.maxLength(500)),
});
export type BulkRemoveRequest = z.input<typeof bulkRemoveRequestSchema>;
export const bulkRemoveResponseSchema = z.object({ removed: z.number().check(z.int()) });
