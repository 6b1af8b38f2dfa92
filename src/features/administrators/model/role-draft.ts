import { z } from '@/api/zod';
import type { SupportPreset } from '@/lib/add-admin-link';
import { ROLE_IDS, roleGrantsSchema, roleIdSchema, type RoleGrant } from '@/api/schemas/roles';

const ids = z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(1000)), []);

/**
 * What the role picker edits: which roles are switched on, and the scope of each. Read back from storage (a
 * restored wizard) through this schema: a field missing from an older draft starts empty.
 */
export const roleDraftSchema = z.object({
  enabled: z._default(z.array(roleIdSchema).check(z.maxLength(ROLE_IDS.length)), []),
  productIds: ids,
  profileIds: ids,
  groupIds: ids,
  basic: z._default(z.boolean(), false),
  productSupport: z._default(z.boolean(), false),
  instanceIds: ids,
  /** `Remove these rights on a date`: absent when unticked, the `End date` typed (maybe empty) when ticked. */
  endDate: z.optional(z.string().check(z.maxLength(10))),
});
export type RoleDraft = z.output<typeof roleDraftSchema>;

export const emptyRoleDraft: RoleDraft = {
  enabled: [],
  productIds: [],
  profileIds: [],
  groupIds: [],
  basic: false,
  productSupport: false,
  instanceIds: [],
};

/** Support administrator switched on as a link asks (`Add a Support administrator` on Support coverage). */
export function supportPresetDraft(preset: SupportPreset): RoleDraft {
  return {
    ...emptyRoleDraft,
    enabled: ['support'],
    basic: preset.kind === 'basic',
    productSupport: preset.kind === 'instance',
    instanceIds: preset.kind === 'instance' ? [preset.instanceId] : [],
  };
}

/** The grants a draft stands for, in the canonical role order. */
export function toRoleGrants(draft: RoleDraft): RoleGrant[] {
  const out: RoleGrant[] = [];
  for (const role of ROLE_IDS) {
    if (!draft.enabled.includes(role)) continue;
    switch (role) {
      case 'system':
      case 'deployment':
        out.push({ role });
        break;
      case 'product':
        out.push({ role, productIds: [...draft.productIds] });
        break;
      case 'productProfile':
        out.push({ role, profileIds: [...draft.profileIds] });
        break;
      case 'userGroup':
        out.push({ role, groupIds: [...draft.groupIds] });
        break;
      case 'support':
        out.push({
          role,
          basic: draft.basic,
          productSupport: draft.productSupport,
          instanceIds: draft.productSupport ? [...draft.instanceIds] : [],
        });
        break;
    }
  }
  return out;
}

/** A draft prefilled from existing grants (Edit admin rights). */
export function fromRoleGrants(grants: readonly RoleGrant[]): RoleDraft {
  const d: RoleDraft = { ...emptyRoleDraft, enabled: [] };
  for (const g of grants) {
    d.enabled.push(g.role);
    if (g.role === 'product') d.productIds = [...g.productIds];
    if (g.role === 'productProfile') d.profileIds = [...g.profileIds];
    if (g.role === 'userGroup') d.groupIds = [...g.groupIds];
    if (g.role === 'support') {
      d.basic = g.basic;
      d.productSupport = g.productSupport;
      d.instanceIds = [...g.instanceIds];
    }
  }
  d.enabled = ROLE_IDS.filter((r) => d.enabled.includes(r));
  return d;
}

/**
 * Why the draft cannot be saved yet: i18n keys (under `common:`) from the shared grant schema,
 * in order, without repeats. Empty when the draft is valid.
 */
export function roleDraftIssues(draft: RoleDraft): string[] {
  const parsed = roleGrantsSchema.safeParse(toRoleGrants(draft));
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((i) => i.message))];
}

export function isRoleDraftValid(draft: RoleDraft): boolean {
  return roleDraftIssues(draft).length === 0;
}
