import type { RoleGrant, RoleId } from '../schemas/roles';

/** What the signed-in admin may grant, derived from their active roles. */
export interface GrantPolicy {
  roles: RoleId[];
  /** For product-scoped roles: the product ids the actor may grant; `'all'` for a System administrator. */
  productIds: string[] | 'all';
}

export function grantPolicyOf(actorRoles: readonly RoleGrant[]): GrantPolicy {
  if (actorRoles.some((r) => r.role === 'system')) {
    return {
      roles: ['system', 'product', 'productProfile', 'userGroup', 'deployment', 'support'],
      productIds: 'all',
    };
  }
  const product = actorRoles.find((r) => r.role === 'product');
  if (product) {
    return { roles: ['product', 'productProfile', 'userGroup'], productIds: [...product.productIds] };
  }
  return { roles: [], productIds: [] };
}

export function canAddAdmins(actorRoles: readonly RoleGrant[]): boolean {
  return grantPolicyOf(actorRoles).roles.length > 0;
}

export type GrantViolation =
  { code: 'forbidden-role'; role: RoleId } | { code: 'forbidden-scope'; role: RoleId; ids: string[] };

/**
 * Checks every requested role (and its scope) against the actor's policy.
 * `profileProduct` maps a product profile id to its product id.
 */
export function findGrantViolation(
  actorRoles: readonly RoleGrant[],
  requested: readonly RoleGrant[],
  profileProduct: (profileId: string) => string | undefined,
): GrantViolation | null {
  const policy = grantPolicyOf(actorRoles);
  for (const r of requested) {
    if (!policy.roles.includes(r.role)) return { code: 'forbidden-role', role: r.role };
    if (policy.productIds === 'all') continue;
    const own = new Set(policy.productIds);
    if (r.role === 'product') {
      const bad = r.productIds.filter((id) => !own.has(id));
      if (bad.length) return { code: 'forbidden-scope', role: r.role, ids: bad };
    }
    if (r.role === 'productProfile') {
      const bad = r.profileIds.filter((id) => !own.has(profileProduct(id) ?? ''));
      if (bad.length) return { code: 'forbidden-scope', role: r.role, ids: bad };
    }
  }
  return null;
}

/**
 * Roles of `requested` that `existing` already covers entirely (same role, every scope item held),
 * used to say "already holds" instead of duplicating a grant.
 */
export function alreadyHeld(existing: readonly RoleGrant[], requested: readonly RoleGrant[]): RoleId[] {
  const held: RoleId[] = [];
  for (const r of requested) {
    const e = existing.find((x) => x.role === r.role);
    if (!e) continue;
    if (covers(e, r)) held.push(r.role);
  }
  return held;
}

function covers(e: RoleGrant, r: RoleGrant): boolean {
  const sub = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
  switch (r.role) {
    case 'system':
    case 'deployment':
      return true;
    case 'product':
      return e.role === 'product' && sub(r.productIds, e.productIds);
    case 'productProfile':
      return e.role === 'productProfile' && sub(r.profileIds, e.profileIds);
    case 'userGroup':
      return e.role === 'userGroup' && sub(r.groupIds, e.groupIds);
    case 'support':
      return (
        e.role === 'support' &&
        (!r.basic || e.basic) &&
        (!r.productSupport || e.productSupport) &&
        sub(r.instanceIds, e.instanceIds)
      );
  }
}

/** Merge `requested` into `existing`: scopes are unioned, options OR-ed. */
export function mergeRoles(existing: readonly RoleGrant[], requested: readonly RoleGrant[]): RoleGrant[] {
  const out: RoleGrant[] = existing.map((r) => ({ ...r }));
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  for (const r of requested) {
    const i = out.findIndex((x) => x.role === r.role);
    const e = out[i];
    if (!e) {
      out.push(r);
      continue;
    }
    if (e.role === 'product' && r.role === 'product')
      out[i] = { ...e, productIds: union(e.productIds, r.productIds) };
    else if (e.role === 'productProfile' && r.role === 'productProfile')
      out[i] = { ...e, profileIds: union(e.profileIds, r.profileIds) };
    else if (e.role === 'userGroup' && r.role === 'userGroup')
      out[i] = { ...e, groupIds: union(e.groupIds, r.groupIds) };
    else if (e.role === 'support' && r.role === 'support')
      out[i] = {
        role: 'support',
        basic: e.basic || r.basic,
        productSupport: e.productSupport || r.productSupport,
        instanceIds: union(e.instanceIds, r.instanceIds),
      };
  }
  return out;
}
