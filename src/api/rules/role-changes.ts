import type { RoleGrant, RoleId } from '../schemas/roles';
import { findGrantViolation, type GrantViolation } from './grant-rules';

/** Ids in exactly one of `a` and `b`: what was added or removed. */
function changedIds(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((x) => !inB.has(x)), ...b.filter((x) => !inA.has(x))];
}

/** The scope ids of a scoped role (`null` for a role without targets). */
function scopeOf(r: RoleGrant): string[] | null {
  switch (r.role) {
    case 'product':
      return r.productIds;
    case 'productProfile':
      return r.profileIds;
    case 'userGroup':
      return r.groupIds;
    case 'support':
      return r.instanceIds;
    default:
      return null;
  }
}

/** The grant `r` with just `ids` as its scope. */
function withScope(r: RoleGrant, ids: string[]): RoleGrant {
  switch (r.role) {
    case 'product':
      return { role: 'product', productIds: ids };
    case 'productProfile':
      return { role: 'productProfile', profileIds: ids };
    case 'userGroup':
      return { role: 'userGroup', groupIds: ids };
    case 'support':
      return { ...r, instanceIds: ids };
    default:
      return r;
  }
}

/**
 * What an edit of someone's rights changes, target by target: every product, product profile, user group and
 * Marketo Engage instance added or removed (as a grant of its role with just those targets), every role without
 * targets added or removed, and a support option switched on or off. Narrowing a scope is a change to it.
 */
export function changedTargets(before: readonly RoleGrant[], after: readonly RoleGrant[]): RoleGrant[] {
  const out: RoleGrant[] = [];
  const roles = new Set<RoleId>([...before.map((r) => r.role), ...after.map((r) => r.role)]);
  for (const role of roles) {
    const b = before.find((r) => r.role === role);
    const a = after.find((r) => r.role === role);
    if (!a || !b) {
      // The whole role is added or removed, with every target it has.
      out.push((a ?? b)!);
      continue;
    }
    const ids = changedIds(scopeOf(b) ?? [], scopeOf(a) ?? []);
    const options =
      a.role === 'support' &&
      b.role === 'support' &&
      (a.basic !== b.basic || a.productSupport !== b.productSupport);
    if (ids.length || options) out.push(withScope(a, ids));
  }
  return out;
}

/**
 * The first change of `before` → `after` that the actor may not make (`null` when they may make them all): each
 * added or removed target must be one they may grant.
 */
export function findChangeViolation(
  actorRoles: readonly RoleGrant[],
  before: readonly RoleGrant[],
  after: readonly RoleGrant[],
  profileProduct: (profileId: string) => string | undefined,
): GrantViolation | null {
  return findGrantViolation(actorRoles, changedTargets(before, after), profileProduct);
}

/** Whether `after` gives anything `before` did not (a role, a target or a support option): a grant, so an email. */
export function addsRights(before: readonly RoleGrant[], after: readonly RoleGrant[]): boolean {
  return after.some((a) => {
    const b = before.find((r) => r.role === a.role);
    if (!b) return true;
    const had = new Set(scopeOf(b) ?? []);
    if ((scopeOf(a) ?? []).some((id) => !had.has(id))) return true;
    return (
      a.role === 'support' &&
      b.role === 'support' &&
      ((a.basic && !b.basic) || (a.productSupport && !b.productSupport))
    );
  });
}
