import { z } from '../zod';
import { emailSchema } from './common';
import { roleGrantSchema } from './roles';
import { userSchema } from './users';

export const signInRequestSchema = z.object({ email: emailSchema });
export type SignInRequest = z.input<typeof signInRequestSchema>;

/** GET /api/session — who is signed in, with their active admin roles. */
export const sessionSchema = z.object({
  user: userSchema,
  /** Active (accepted) roles only; pending invitations give no rights yet. */
  roles: z.array(roleGrantSchema),
  /** True when the person has admin roles waiting for acceptance. */
  hasPendingInvitation: z.boolean(),
  org: z.object({ id: z.string(), name: z.string() }),
});
export type Session = z.infer<typeof sessionSchema>;
