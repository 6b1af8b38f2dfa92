import { z } from '../zod';
import { emailSchema, optionalNameSchema } from './common';

export const idTypeSchema = z.enum(['enterprise', 'adobe']);
export type IdType = z.infer<typeof idTypeSchema>;

export const profileSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['personal', 'business']),
  /** Set for a business profile: the org it belongs to. */
  orgId: z.optional(z.string()),
});
export type Profile = z.infer<typeof profileSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** Display name: "First Last", or the email when the person has no name. */
  name: z.string(),
  idType: idTypeSchema,
  profiles: z.array(profileSchema),
  country: z.optional(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  firstName: optionalNameSchema,
  lastName: optionalNameSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;
