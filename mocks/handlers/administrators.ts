import { http } from 'msw';
import { alreadyHeld, canAddAdmins } from '@/api/rules/grant-rules';
import { addsRights } from '@/api/rules/role-changes';
import { roleIdSchema, SHORT_ROLE_LABELS, shortLabelsOf, type ShortRoleLabel } from '@/api/schemas/roles';
import {
  adminSortSchema,
  adminStatusSchema,
  sortOrderSchema,
  bulkRemoveRequestSchema,
  grantRequestSchema,
  updateRolesRequestSchema,
  type Administrator,
  type UpdateRolesRequest,
} from '@/api/schemas/administrators';
import { isAnyAdmin, requireRole } from '../auth';
import { fold } from '../db/directory-index';
import type { AdminRecord, UserRecord } from '../db/types';
import {
  API,
  ProblemError,
  json,
  pageParams,
  paginate,
  readBody,
  readNoBody,
  withProblems,
  type Answer,
} from '../http';
import { idempotent } from '../idempotency';
import { runtime } from '../runtime';
import {
  ROLE_NAMES,
  adminOrThrow,
  adminStatusOf,
  assertKeepsSystemAdmin,
  assertMayChange,
  assertMayGrant,
  assertMayRemoveRoles,
  assertNotSelf,
  assertTargetsExist,
} from '../services/admins';
import { writeAudit } from '../services/audit-log';
import { applyGrant } from '../services/grant-effect';
import { assertEndDateInRange, datesAfterEdit, rolesWithNewEndDate } from '../services/grant-dates';
import { sendInvitation, voidOpenInvitations } from '../services/invitations';
import { toAdministrator } from '../services/serialize';
import { createUser, findUserByEmail } from '../services/users';

/** A filter of the list's query: absent or empty means none; a value outside the schema is a 400 (as the contract says). */
function filterParam<T extends string>(
  url: URL,
  name: string,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
): T | null {
  const raw = url.searchParams.get(name);
  if (!raw) return null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success || parsed.data === undefined) {
    throw new ProblemError(400, `Unknown ${name} filter`, {
      code: 'validation',
      errors: { [name]: ['validation.invalid'] },
    });
  }
  return parsed.data;
}

/** `?qRoles=`: short role labels (the client matched `q` against their names in the reader's language). */
function roleLabelsParam(url: URL): Set<ShortRoleLabel> {
  const raw = url.searchParams.get('qRoles');
  if (!raw) return new Set();
  const labels = raw.split(',').filter(Boolean);
  const known = new Set<string>(SHORT_ROLE_LABELS);
  if (labels.length > SHORT_ROLE_LABELS.length || labels.some((l) => !known.has(l))) {
    throw new ProblemError(400, 'Unknown role label in qRoles', {
      code: 'validation',
      errors: { qRoles: ['validation.invalid'] },
    });
  }
  return new Set(labels as ShortRoleLabel[]);
}

const STATUS_ORDER: Record<string, number> = { active: 0, pending: 1, expired: 2 };

function listAdmins(url: URL): { items: Administrator[]; total: number; page: number; pageSize: number } {
  const db = runtime().db;
  const { page, pageSize, q } = pageParams(url);
  const status = filterParam(url, 'status', adminStatusSchema);
  // `?role=system`: holders of that role only (the UI counts the active System administrators with it).
  const role = filterParam(url, 'role', roleIdSchema);
  const sort = filterParam(url, 'sort', adminSortSchema) ?? 'name';
  const order = filterParam(url, 'order', sortOrderSchema) ?? 'asc';
  const qRoles = roleLabelsParam(url);
  const needle = fold(q.trim());
  const rows: { a: AdminRecord; u?: UserRecord }[] = [];
  // Already in name order, and only admins whose user exists (cached by the database): a request filters,
  // it does not sort 10,000 admins; without a search it reads the users of the page only.
  for (const id of db.adminIdsByName()) {
    const a = db.get('admins', id);
    if (!a || (status && adminStatusOf(a) !== status) || (role && !a.roles.some((r) => r.role === role)))
      continue;
    if (!needle) {
      rows.push({ a });
      continue;
    }
    const u = db.get('users', a.userId);
    const byRole = qRoles.size > 0 && shortLabelsOf(a.roles).some((l) => qRoles.has(l));
    if (!u || !(byRole || fold(`${u.name} ${u.email}`).includes(needle))) continue;
    rows.push({ a, u });
  }
  if (sort !== 'name' || order === 'desc') {
    // Another order than the index's: every row's sort key, then a stable sort (name order breaks ties).
    const keyed = rows.map((r, i) => {
      const u = r.u ?? db.get('users', r.a.userId);
      const key =
        sort === 'email' ? (u?.email ?? '') : sort === 'status' ? (STATUS_ORDER[adminStatusOf(r.a)] ?? 0) : i;
      return { r: { ...r, u }, key, i };
    });
    const dir = order === 'desc' ? -1 : 1;
    keyed.sort((x, y) => (x.key < y.key ? -dir : x.key > y.key ? dir : x.i - y.i));
    rows.splice(0, rows.length, ...keyed.map((k) => k.r));
  }
  const p = paginate(rows, page, pageSize);
  const items: Administrator[] = [];
  for (const { a, u } of p.items) {
    const user = u ?? db.get('users', a.userId);
    if (user) items.push(toAdministrator(a, user));
  }
  return { ...p, items };
}

/**
 * Remove every admin of `userIds` (distinct), all or nothing: 404 for the first who is not an administrator, 409
 * when none would be left as System administrator; otherwise every one is removed, voided and audited.
 */
function removeAll(userIds: readonly string[], actor: UserRecord): void {
  const found = userIds.map(adminOrThrow);
  assertKeepsSystemAdmin(
    found.map((f) => f.admin),
    () => [],
  );
  const db = runtime().db;
  for (const { admin, user } of found) {
    db.delete('admins', admin.userId);
    voidOpenInvitations(admin.userId);
    writeAudit(
      'admin.removed',
      { kind: 'removed', roles: admin.roles },
      { kind: 'administrator' },
      user,
      actor,
    );
  }
}

/** 403 unless the actor may take away every role of each existing admin of `userIds` (the first refusal wins). */
function assertMayRemove(actorRoles: Parameters<typeof assertMayGrant>[0], userIds: readonly string[]): void {
  const db = runtime().db;
  for (const id of userIds) {
    const admin = db.get('admins', id);
    if (admin) assertMayRemoveRoles(actorRoles, admin.roles);
  }
}

/** 400 unless each end day listed is in range on the mock clock and names a role of the request. */
function assertEndDatesValid(body: UpdateRolesRequest): void {
  (body.endDates ?? []).forEach((e, i) => {
    if (!body.roles.some((r) => r.role === e.role)) {
      throw new ProblemError(400, 'An end date names a role the request does not give', {
        code: 'validation',
        errors: { [`endDates.${i}.role`]: ['grantEndDate.roleMissing'] },
      });
    }
    if (e.endDate !== null) assertEndDateInRange(e.endDate, `endDates.${i}.endDate`);
  });
}

const userIdOf = (params: Record<string, string | readonly string[] | undefined>) =>
  String(params.userId ?? '');

export const administratorHandlers = [
  http.get(
    `${API}/administrators`,
    withProblems(({ request }) => {
      requireRole(isAnyAdmin, 'view administrators');
      return json(listAdmins(new URL(request.url)));
    }),
  ),

  http.get(
    `${API}/administrators/:userId`,
    withProblems(({ params }) => {
      requireRole(isAnyAdmin, 'view administrators');
      const { admin, user } = adminOrThrow(userIdOf(params));
      return json(toAdministrator(admin, user));
    }),
  ),

  /** Grant roles to an existing user or a new user by email; sends the invitation. Idempotent with a key. */
  http.post(
    `${API}/administrators`,
    withProblems(async ({ request }) => {
      const { user: actor, roles: actorRoles } = requireRole(canAddAdmins, 'add administrators');
      const body = await readBody(request, grantRequestSchema);
      if (body.endDate !== undefined) assertEndDateInRange(body.endDate, 'endDate');
      assertMayGrant(actorRoles, body.roles);
      assertTargetsExist(body.roles);
      const db = runtime().db;
      let target: UserRecord | undefined;
      if (body.userId) {
        target = db.get('users', body.userId);
        if (!target) throw new ProblemError(404, 'User not found', { code: 'not-found' });
      } else if (body.newUser) {
        target = findUserByEmail(body.newUser.email);
      }
      if (target) assertNotSelf(actor, [target.id]);
      return idempotent(request, actor, body, (): Answer => {
        const user = target ?? (body.newUser ? createUser(body.newUser, actor) : undefined);
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
        const { record, invitation } = applyGrant(user, existing, body.roles, actor, body.endDate);
        return {
          status: 201,
          body: {
            administrator: toAdministrator(record, user),
            invitation: { token: invitation.token, email: user.email, expiresAt: invitation.expiresAt },
            alreadyHeld: held,
          },
        };
      });
    }),
  ),

  /**
   * Replace an admin's roles (optimistic concurrency on `version`). Every target added or removed must be one the
   * actor may grant. A grant sends its email: a pending admin gets a new link for the rights after the edit (the
   * old one is voided), an active admin an email when the edit gives them something new.
   */
  http.put(
    `${API}/administrators/:userId`,
    withProblems(async ({ request, params }) => {
      const { user: actor, roles: actorRoles } = requireRole(canAddAdmins, 'edit administrators');
      const body = await readBody(request, updateRolesRequestSchema);
      assertEndDatesValid(body);
      const userId = userIdOf(params);
      assertNotSelf(actor, [userId]);
      const db = runtime().db;
      const admin = db.get('admins', userId);
      const user = db.get('users', userId);
      if (!admin || !user) {
        throw new ProblemError(
          409,
          'This administrator was removed in the meantime. Reload to see the current state.',
          { code: 'admin-removed' },
        );
      }
      assertMayChange(actorRoles, admin.roles, body.roles);
      // Setting or removing an end day is authorised like granting that role, scope included.
      assertMayGrant(actorRoles, rolesWithNewEndDate(admin, body.roles, body.endDates));
      assertTargetsExist(body.roles);
      return idempotent(request, actor, body, (): Answer => {
        if (admin.version !== body.version) {
          throw new ProblemError(
            409,
            'These rights were changed in the meantime. Reload to see the current state.',
            { code: 'version-conflict' },
          );
        }
        assertKeepsSystemAdmin([admin], () => body.roles);
        // Logged before the invitation the edit sends, so the log reads in the order things happened.
        writeAudit(
          'admin.changed',
          { kind: 'rolesNow', roles: body.roles },
          { kind: 'administrator' },
          user,
          actor,
        );
        let next: AdminRecord = { ...admin, roles: body.roles, version: admin.version + 1 };
        let invitedAt: string | undefined;
        if (admin.status === 'pending' || addsRights(admin.roles, body.roles)) {
          const inv = sendInvitation(user, body.roles, actor);
          invitedAt = inv.createdAt;
          next = { ...next, invitationToken: inv.token, invitedAt };
        }
        next.grantDates = datesAfterEdit(admin, body.roles, invitedAt, body.endDates, (b, a) =>
          addsRights([b], [a]),
        );
        db.put('admins', userId, next);
        return { status: 200, body: toAdministrator(next, user) };
      });
    }),
  ),

  http.delete(
    `${API}/administrators/:userId`,
    withProblems(({ request, params }) => {
      const { user: actor, roles } = requireRole(canAddAdmins, 'remove administrators');
      readNoBody(request);
      const userId = userIdOf(params);
      assertNotSelf(actor, [userId]);
      assertMayRemove(roles, [userId]);
      return idempotent(request, actor, null, (): Answer => {
        removeAll([userId], actor);
        return { status: 204 };
      });
    }),
  ),

  /** Remove several admins at once, all or nothing; a repeated id counts once. */
  http.post(
    `${API}/administrators/remove`,
    withProblems(async ({ request }) => {
      const { user: actor, roles } = requireRole(canAddAdmins, 'remove administrators');
      const body = await readBody(request, bulkRemoveRequestSchema);
      const userIds = [...new Set(body.userIds)];
      assertNotSelf(actor, userIds);
      assertMayRemove(roles, userIds);
      return idempotent(request, actor, body, (): Answer => {
        removeAll(userIds, actor);
        return { status: 200, body: { removed: userIds.length } };
      });
    }),
  ),

  /** A new link for a pending (or expired) invitation; needs the right to grant every role it gives. */
  http.post(
    `${API}/administrators/:userId/resend-invitation`,
    withProblems(({ request, params }) => {
      const { user: actor, roles } = requireRole(canAddAdmins, 'resend invitations');
      readNoBody(request);
      const userId = userIdOf(params);
      assertNotSelf(actor, [userId]);
      const { admin, user } = adminOrThrow(userId);
      const db = runtime().db;
      const current = admin.invitationToken ? db.get('invitations', admin.invitationToken) : undefined;
      assertMayGrant(roles, [...admin.roles, ...(current?.roles ?? [])]);
      return idempotent(request, actor, null, (): Answer => {
        if (admin.status !== 'pending') {
          throw new ProblemError(409, 'This administrator has already accepted the invitation', {
            code: 'already-active',
          });
        }
        const inv = sendInvitation(user, admin.roles, actor, true);
        const next: AdminRecord = { ...admin, invitationToken: inv.token, invitedAt: inv.createdAt };
        db.put('admins', user.id, next);
        return { status: 200, body: toAdministrator(next, user) };
      });
    }),
  ),
];
