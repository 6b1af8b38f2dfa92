import { findGrantViolation, type GrantViolation } from '@/api/rules/grant-rules';
import { findChangeViolation } from '@/api/rules/role-changes';
import type { AdminStatus } from '@/api/schemas/administrators';
import type { RoleGrant } from '@/api/schemas/roles';
import type { AdminRecord, UserRecord } from '../db/types';
import { ProblemError } from '../http';
import { runtime } from '../runtime';
import { effectiveStatus } from './invitations';

export const ROLE_NAMES: Record<string, string> = {
  system: 'System administrator',
  product: 'Product administrator',
  productProfile: 'Product profile administrator',
  userGroup: 'User group administrator',
  deployment: 'Deployment administrator',
  support: 'Support administrator',
};

const profileProduct = (id: string) => runtime().db.catalog.profiles.find((p) => p.id === id)?.productId;

/** 403 for a grant rule violation; `verb` says whether the refused change assigns or removes the role. */
function refuse(v: GrantViolation, verb: 'assign' | 'remove' = 'assign'): never {
  if (v.code === 'forbidden-role') {
    const only =
      v.role === 'system' || v.role === 'support' ? ` Only a System administrator can ${verb} it.` : '';
    throw new ProblemError(403, `You cannot ${verb} the ${ROLE_NAMES[v.role]} role.${only}`, {
      code: 'forbidden-role',
      errors: { roles: [`validation.forbiddenRole.${v.role}`] },
    });
  }
  throw new ProblemError(403, `You can only ${verb} ${ROLE_NAMES[v.role]} for your own products.`, {
    code: 'forbidden-scope',
    errors: { roles: ['validation.forbiddenScope'] },
  });
}

/** 403 unless the actor may grant (or take away) every role of `roles`, within their scope. */
export function assertMayGrant(actorRoles: RoleGrant[], roles: RoleGrant[]): void {
  const v = findGrantViolation(actorRoles, roles, profileProduct);
  if (v) refuse(v);
}

/** 403 unless the actor may take away every role of `roles`; the refusal says "remove". */
export function assertMayRemoveRoles(actorRoles: RoleGrant[], roles: RoleGrant[]): void {
  const v = findGrantViolation(actorRoles, roles, profileProduct);
  if (v) refuse(v, 'remove');
}

/** 403 unless every target that `before` → `after` adds or removes is one the actor may grant. */
export function assertMayChange(actorRoles: RoleGrant[], before: RoleGrant[], after: RoleGrant[]): void {
  const v = findChangeViolation(actorRoles, before, after, profileProduct);
  if (v) refuse(v);
}

/** 403 `self-edit` when the actor is the person whose rights the request would change. */
export function assertNotSelf(actor: UserRecord, userIds: readonly string[]): void {
  if (userIds.includes(actor.id)) {
    throw new ProblemError(403, 'Ask another administrator to change your rights', { code: 'self-edit' });
  }
}

/** 400 when a role names a product, profile, group or instance that does not exist. */
export function assertTargetsExist(roles: RoleGrant[]): void {
  const c = runtime().db.catalog;
  const has = (list: { id: string }[], ids: string[]) => ids.every((id) => list.some((x) => x.id === id));
  for (const r of roles) {
    const ok =
      r.role === 'product'
        ? has(c.products, r.productIds)
        : r.role === 'productProfile'
          ? has(c.profiles, r.profileIds)
          : r.role === 'userGroup'
            ? has(c.groups, r.groupIds)
            : r.role === 'support'
              ? has(c.instances, r.instanceIds)
              : true;
    if (!ok) {
      throw new ProblemError(400, 'The request names something that does not exist', {
        code: 'validation',
        errors: { roles: ['validation.unknownTarget'] },
      });
    }
  }
}

export const isActiveSystemAdmin = (a: AdminRecord) =>
  a.status === 'active' && a.roles.some((r) => r.role === 'system');

/** Whether an active System administrator remains besides the people in `losing` (user ids). */
export function othersKeepSystemAdmin(losing: ReadonlySet<string>): boolean {
  for (const a of runtime().db.all('admins'))
    if (isActiveSystemAdmin(a) && !losing.has(a.userId)) return true;
  return false;
}

/**
 * 409 when the change would leave the org without an active System administrator. `nextRoles` gives the roles
 * each of `changed` would have afterwards (none when removed).
 */
export function assertKeepsSystemAdmin(
  changed: readonly AdminRecord[],
  nextRoles: (a: AdminRecord) => RoleGrant[],
): void {
  const losing = new Set(
    changed
      .filter((a) => isActiveSystemAdmin(a) && !nextRoles(a).some((r) => r.role === 'system'))
      .map((a) => a.userId),
  );
  if (losing.size === 0 || othersKeepSystemAdmin(losing)) return;
  throw new ProblemError(409, 'The org must keep at least one System administrator', {
    code: 'last-system-admin',
  });
}

/** The admin and their user; 404 when the person is not an administrator. */
export function adminOrThrow(userId: string): { admin: AdminRecord; user: UserRecord } {
  const db = runtime().db;
  const admin = db.get('admins', userId);
  const user = db.get('users', userId);
  if (!admin || !user)
    throw new ProblemError(404, 'This person is not an administrator', { code: 'not-found' });
  return { admin, user };
}

/** The status the API reports: a pending admin whose latest invitation has expired is `expired`. */
export function adminStatusOf(a: AdminRecord): AdminStatus {
  if (a.status !== 'pending' || !a.invitationToken) return a.status;
  const inv = runtime().db.get('invitations', a.invitationToken);
  return inv && effectiveStatus(inv) === 'expired' ? 'expired' : 'pending';
}
