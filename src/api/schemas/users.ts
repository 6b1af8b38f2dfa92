import { z } from '../zod';
import { LANGUAGES } from '../languages';
import { roleGrantSchema } from './roles';
import { emailSchema, optionalNameSchema, optionalPhoneSchema, pageOf } from './common';

export const idTypeSchema = z.enum(['enterprise', 'adobe']);

/** The languages of the console and of its emails. */
export const languageSchema = z.enum(LANGUAGES);
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
  /** Where Adobe Support can call this person back; only in their own session and profile, never in lists. */
  supportPhone: z.optional(z.string()),
  /** The language of the person's emails, chosen on their profile. Only in their own session and profile. */
  language: z.optional(languageSchema),
  /** In the directory's list and search: the admin roles the person holds already (absent: none). */
  adminRoles: z.optional(z.array(roleGrantSchema)),
});
export type User = z.infer<typeof userSchema>;

/**
 * GET /api/users: one page of the directory. A search stops counting past a limit: then `totalCapped` is true and
 * `total` is only a lower bound (there are at least that many matches).
 */
export const userPageSchema = z.extend(pageOf(userSchema), { totalCapped: z.optional(z.boolean()) });
export type UserPage = z.infer<typeof userPageSchema>;

/** PUT /api/profile: the signed-in person's own settings (an empty `supportPhone` removes it). */
export const updateProfileSchema = z.object({ supportPhone: optionalPhoneSchema });
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;

/** PUT /api/profile/language: the language of the signed-in person's emails. */
export const updateLanguageSchema = z.object({ language: languageSchema });
export type UpdateLanguageInput = z.infer<typeof updateLanguageSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  firstName: optionalNameSchema,
  lastName: optionalNameSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;
