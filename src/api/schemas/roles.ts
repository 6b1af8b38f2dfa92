import { z } from '../zod';

export const ROLE_IDS = [
  'system',
  'product',
  'productProfile',
  'userGroup',
  'deployment',
  'support',
] as const;
export const roleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;

/** One id of a scope list: an empty or over-long id can name nothing that exists. */
const id = (empty: string) =>
  z.string().check(z.minLength(1, empty), z.maxLength(100, 'validation.unknownTarget'));
/**
 * Each id counted once (a repeated id is dropped, in the order first given). An overwrite keeps the type, so a scope
 * list's JSON Schema (openapi.json) is the same on the request and the response side.
 */
const once = z.overwrite((v: string[]) => [...new Set(v)]);
const ids = (message: string) => z.array(id(message)).check(z.maxLength(1000), z.minLength(1, message), once);

/** One granted role with its scope. */
export const roleGrantSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system') }),
  z.object({ role: z.literal('product'), productIds: ids('validation.productsRequired') }),
  z.object({ role: z.literal('productProfile'), profileIds: ids('validation.profilesRequired') }),
  z.object({ role: z.literal('userGroup'), groupIds: ids('validation.groupsRequired') }),
  z.object({ role: z.literal('deployment') }),
  z
    .object({
      role: z.literal('support'),
      basic: z.boolean(),
      productSupport: z.boolean(),
      instanceIds: z.array(id('validation.instancesRequired')).check(z.maxLength(1000), once),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (!v.basic && !v.productSupport) {
          ctx.addIssue({ code: 'custom', path: ['basic'], message: 'validation.supportOptionRequired' });
        }
        if (v.productSupport && v.instanceIds.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['instanceIds'], message: 'validation.instancesRequired' });
        }
        if (!v.productSupport && v.instanceIds.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['instanceIds'],
            message: 'validation.instancesWithoutProductSupport',
          });
        }
      }),
    ),
]);
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/** A set of roles: at least one, each role at most once. */
export const roleGrantsSchema = z.array(roleGrantSchema).check(
  z.minLength(1, 'validation.roleRequired'),
  z.superRefine((roles, ctx) => {
    const seen = new Set<string>();
    roles.forEach((r, i) => {
      if (seen.has(r.role))
        ctx.addIssue({ code: 'custom', path: [i, 'role'], message: 'validation.roleRepeated' });
      seen.add(r.role);
    });
  }),
);

/** Short labels of the Admin roles column (i18n keys under `roles.short`). */
export const SHORT_ROLE_LABELS = [
  'system',
  'product',
  'productProfile',
  'userGroup',
  'deployment',
  'basicSupport',
  'productSupport',
] as const;
export type ShortRoleLabel = (typeof SHORT_ROLE_LABELS)[number];

export function shortLabelsOf(roles: readonly RoleGrant[]): ShortRoleLabel[] {
  const out: ShortRoleLabel[] = [];
  for (const r of ROLE_IDS) {
    const g = roles.find((x) => x.role === r);
    if (!g) continue;
    if (g.role === 'support') {
      if (g.basic) out.push('basicSupport');
      if (g.productSupport) out.push('productSupport');
    } else {
      out.push(g.role);
    }
  }
  return out;
}

/** Does `roles` hold the Support administrator role (either option)? */
export function isSupportAdmin(roles: readonly RoleGrant[]): boolean {
  return roles.some((r) => r.role === 'support' && (r.basic || r.productSupport));
}
