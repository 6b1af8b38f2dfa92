import { z } from '../zod';

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
});
export type Product = z.infer<typeof productSchema>;

export const productProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  productId: z.string(),
});
export type ProductProfile = z.infer<typeof productProfileSchema>;

export const userGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.number().check(z.int()),
});
export type UserGroup = z.infer<typeof userGroupSchema>;

export const marketoInstanceSchema = z.object({
  id: z.string(),
  name: z.string(),
  munchkinId: z.string(),
});
export type MarketoInstance = z.infer<typeof marketoInstanceSchema>;

export const orgSchema = z.object({
  id: z.string(),
  name: z.string(),
  claimedDomains: z.array(z.string()),
});
export type Org = z.infer<typeof orgSchema>;
