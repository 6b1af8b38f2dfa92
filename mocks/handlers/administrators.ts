import { http, HttpResponse } from 'msw';
import { z } from '@/api/zod';
import { alreadyHeld, canAddAdmins, findGrantViolation, mergeRoles } from '@/api/rules/grant-rules';
import {
  grantRequestSchema,
  updateRolesRequestSchema,
  type Administrator,
} from '@/api/schemas/administrators';
import type { RoleGrant } from '@/api/schemas/roles';
import { isAnyAdmin, requireRole } from '../auth';
import { fold } from '../db/directory-index';
import type { AdminRecord, UserRecord } from '../db/types';
import { API, ProblemError, idempotent, pageParams, paginate, readBody, withProblems } from '../http';
import { runtime } from '../runtime';
import { writeAudit } from '../services/audit-log';
import { sendInvitation, voidOpenInvitations } from '../services/invitations';
import { describeRoles } from '../services/roles-text';
import { toAdministrator } from '../services/serialize';
import { createUser, findUserByEmail } from '../services/users';

const ROLE_NAMES: Record<string, string> = {
  system: 'System administrator',
  product: 'Product administrator',
  productProfile: 'Product profile administrator',
  userGroup: 'User group administrator',
  deployment: 'Deployment administrator',
  support: 'Support administrator',
};

/** 403 unless the actor may grant (or take away) every role of `roles`, within their scope. */
function assertMayGrant(actorRoles: RoleGrant[], roles: RoleGrant[]): void {
  const c = runtime().db.catalog;
  const v = findGrantViolation(actorRoles, roles, (id) => c.profiles.find((p) => p.id === id)?.productId);
  if (!v) return;
  if (v.code === 'forbidden-role') {
    const only =
      v.role === 'system' || v.role === 'support' ? ' Only a System administrator can assign it.' : '';
    throw new ProblemError(403, `You cannot assign the ${ROLE_NAMES[v.role]} role.${only}`, {
      code: 'forbidden-role',
      errors: { roles: [`validation.forbiddenRole.${v.role}`] },
    });
  }
  throw new ProblemError(403, `You can only assign ${ROLE_NAMES[v.role]} for your own products.`, {
    code: 'forbidden-scope',
    errors: { roles: ['validation.forbiddenScope'] },
  });
}

/** 400 when a role names a product, profile, group or instance that does not exist. */
function assertTargetsExist(roles: RoleGrant[]): void {
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

function systemAdminCount(exceptUserId?: string): number {
  let n = 0;
  for (const a of runtime().db.all('admins')) {
    if (a.userId !== exceptUserId && a.status === 'active' && a.roles.some((r) => r.role === 'system'))
      n += 1;
  }
  return n;
}

function assertNotLastSystemAdmin(a: AdminRecord, nextRoles: RoleGrant[]): void {
  const losesSystem = a.roles.some((r) => r.role === 'system') && !nextRoles.some((r) => r.role === 'system');
  if (losesSystem && a.status === 'active' && systemAdminCount(a.userId) === 0) {
    throw new ProblemError(409, 'The org must keep at least one System administrator', {
      code: 'last-system-admin',
    });
  }
}

function adminOrThrow(userId: string): { admin: AdminRecord; user: UserRecord } {
  const db = runtime().db;
  const admin = db.get('admins', userId);
  const user = db.get('users', userId);
  if (!admin || !user)
    throw new ProblemError(404, 'This person is not an administrator', { code: 'not-found' });
  return { admin, user };
}

function listAdmins(url: URL): { items: Administrator[]; total: number; page: number; pageSize: number } {
  const db = runtime().db;
  const { page, pageSize, q } = pageParams(url);
  const status = url.searchParams.get('status');
  // `?role=system`: holders of that role only (the UI counts the active System administrators with it).
  const role = url.searchParams.get('role');
  const needle = fold(q.trim());
  const rows: { a: AdminRecord; u?: UserRecord }[] = [];
  // Already in name order, and only admins whose user exists (cached by the database): a request filters,
  // it does not sort 10,000 admins; without a search it reads the users of the page only.
  for (const id of db.adminIdsByName()) {
    const a = db.get('admins', id);
    if (!a || (status && a.status !== status) || (role && !a.roles.some((r) => r.role === role))) continue;
    if (!needle) {
      rows.push({ a });
      continue;
    }
    const u = db.get('users', a.userId);
    if (!u || !fold(`${u.name} ${u.email}`).includes(needle)) continue;
    rows.push({ a, u });
  }
  const p = paginate(rows, page, pageSize);
  const items: Administrator[] = [];
  for (const { a, u } of p.items) {
    const user = u ?? db.get('users', a.userId);
    if (user) items.push(toAdministrator(a, user));
  }
  return { ...p, items };
}

const bulkRemoveSchema = z.object({
  userIds: z
    .array(z.string().check(z.minLength(1), z.maxLength(100)))
    .check(z.minLength(1), z.maxLength(500)),
});

function removeAdmin(userId: string, actor: UserRecord, actorRoles: RoleGrant[]): void {
  const { admin, user } = adminOrThrow(userId);
  assertMayGrant(actorRoles, admin.roles);
  assertNotLastSystemAdmin(admin, []);
  const db = runtime().db;
  db.delete('admins', userId);
  voidOpenInvitations(userId);
  writeAudit('admin.removed', `Removed: ${describeRoles(admin.roles)}`, 'Administrator', user, actor);
}

export const administratorHandlers = [
  http.get(
    `${API}/administrators`,
    withProblems(({ request }) => {
      requireRole(isAnyAdmin, 'view administrators');
      return HttpResponse.json(listAdmins(new URL(request.url)));
    }),
  ),

  http.get(
    `${API}/administrators/:userId`,
    withProblems(({ params }) => {
      requireRole(isAnyAdmin, 'view administrators');
      const { admin, user } = adminOrThrow(String(params.userId));
      return HttpResponse.json(toAdministrator(admin, user));
    }),
  ),

  /** Grant roles to an existing user or a new user by email; sends the invitation. Idempotent with a key. */
  http.post(
    `${API}/administrators`,
    withProblems(({ request }) =>
      idempotent(request, async () => {
        const { user: actor, roles: actorRoles } = requireRole(canAddAdmins, 'add administrators');
        const body = await readBody(request, grantRequestSchema);
        assertMayGrant(actorRoles, body.roles);
        assertTargetsExist(body.roles);
        const db = runtime().db;
        let user: UserRecord | undefined;
        if (body.userId) {
          user = db.get('users', body.userId);
          if (!user) throw new ProblemError(404, 'User not found', { code: 'not-found' });
        } else if (body.newUser) {
          user = findUserByEmail(body.newUser.email) ?? createUser(body.newUser, actor);
        }
        if (!user) throw new ProblemError(400, 'Choose a user', { code: 'validation' });
        const existing = db.get('admins', user.id);
        const held = existing ? alreadyHeld(existing.roles, body.roles) : [];
        if (existing && held.length === body.roles.length) {
          const names = held.map((r) => ROLE_NAMES[r]).join(', ');
          throw new ProblemError(409, `${user.name} already has this role: ${names}.`, {
            code: 'role-already-held',
            detail: held.join(','),
          });
        }
        const now = runtime().now().toISOString();
        const roles = existing ? mergeRoles(existing.roles, body.roles) : body.roles;
        const invitation = sendInvitation(user, roles, actor);
        const record: AdminRecord = {
          userId: user.id,
          roles,
          status: existing?.status === 'active' ? 'active' : 'pending',
          invitedAt: now,
          ...(existing?.acceptedAt ? { acceptedAt: existing.acceptedAt } : {}),
          invitationToken: invitation.token,
          version: (existing?.version ?? 0) + 1,
        };
        db.put('admins', user.id, record);
        writeAudit(
          existing ? 'admin.changed' : 'admin.granted',
          `Granted: ${describeRoles(body.roles)}`,
          'Administrator',
          user,
          actor,
        );
        return HttpResponse.json(
          {
            administrator: toAdministrator(record, user),
            invitation: { token: invitation.token, email: user.email, expiresAt: invitation.expiresAt },
            alreadyHeld: held,
          },
          { status: 201 },
        );
      }),
    ),
  ),

  /** Replace an admin's roles (optimistic concurrency on `version`). */
  http.put(
    `${API}/administrators/:userId`,
    withProblems(async ({ request, params }) => {
      const { user: actor, roles: actorRoles } = requireRole(canAddAdmins, 'edit administrators');
      const body = await readBody(request, updateRolesRequestSchema);
      const db = runtime().db;
      const userId = String(params.userId);
      const admin = db.get('admins', userId);
      const user = db.get('users', userId);
      if (!admin || !user) {
        throw new ProblemError(
          409,
          'This administrator was removed in the meantime. Reload to see the current state.',
          {
            code: 'admin-removed',
          },
        );
      }
      if (admin.version !== body.version) {
        throw new ProblemError(
          409,
          'These rights were changed in the meantime. Reload to see the current state.',
          {
            code: 'version-conflict',
          },
        );
      }
      // Only what changes needs the actor's rights: a Product administrator may edit the product scope of an
      // admin who also holds roles they could not grant, as long as those stay as they are.
      const same = (a: RoleGrant, b: RoleGrant) => JSON.stringify(a) === JSON.stringify(b);
      const added = body.roles.filter((r) => !admin.roles.some((e) => same(e, r)));
      const removed = admin.roles.filter((r) => !body.roles.some((n) => n.role === r.role));
      assertMayGrant(actorRoles, [...added, ...removed]);
      assertTargetsExist(body.roles);
      assertNotLastSystemAdmin(admin, body.roles);
      const next: AdminRecord = { ...admin, roles: body.roles, version: admin.version + 1 };
      db.put('admins', userId, next);
      writeAudit('admin.changed', `Now: ${describeRoles(body.roles)}`, 'Administrator', user, actor);
      return HttpResponse.json(toAdministrator(next, user));
    }),
  ),

  http.delete(
    `${API}/administrators/:userId`,
    withProblems(({ params }) => {
      const { user: actor, roles } = requireRole(canAddAdmins, 'remove administrators');
      removeAdmin(String(params.userId), actor, roles);
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  /** Remove several admins at once (all or nothing). */
  http.post(
    `${API}/administrators/remove`,
    withProblems(async ({ request }) => {
      const { user: actor, roles } = requireRole(canAddAdmins, 'remove administrators');
      const { userIds } = await readBody(request, bulkRemoveSchema);
      const db = runtime().db;
      // Only active System administrators count towards the last one (a pending one holds no rights yet).
      const systemIds = userIds.filter((id) => {
        const a = db.get('admins', id);
        return a?.status === 'active' && a.roles.some((r) => r.role === 'system');
      });
      if (systemIds.length && systemAdminCount() - systemIds.length <= 0) {
        throw new ProblemError(409, 'The org must keep at least one System administrator', {
          code: 'last-system-admin',
        });
      }
      for (const id of userIds) adminOrThrow(id);
      for (const id of userIds) removeAdmin(id, actor, roles);
      return HttpResponse.json({ removed: userIds.length });
    }),
  ),

  http.post(
    `${API}/administrators/:userId/resend-invitation`,
    withProblems(({ request, params }) =>
      idempotent(request, () => {
        const { user: actor } = requireRole(canAddAdmins, 'resend invitations');
        const { admin, user } = adminOrThrow(String(params.userId));
        if (admin.status !== 'pending') {
          throw new ProblemError(409, 'This administrator has already accepted the invitation', {
            code: 'already-active',
          });
        }
        const inv = sendInvitation(user, admin.roles, actor, true);
        const next: AdminRecord = { ...admin, invitationToken: inv.token, invitedAt: inv.createdAt };
        runtime().db.put('admins', user.id, next);
        return HttpResponse.json(toAdministrator(next, user));
      }),
    ),
  ),
];
