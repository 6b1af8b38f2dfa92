import type { RoleGrant } from '@/api/schemas/roles';
import { ProblemError } from './http';
import { PEOPLE } from './db/seed';
import type { UserRecord } from './db/types';
import { runtime } from './runtime';

const SESSION = 'session';

/** Who is signed in: the server's session (default: Sam Rivera, System administrator). */
export function sessionUserId(): string | null {
  const rec = runtime().db.get('meta', SESSION);
  if (!rec) return PEOPLE.sam.id;
  const v = rec.value as { userId: string | null };
  return v.userId;
}

export function setSession(userId: string | null): void {
  runtime().db.put('meta', SESSION, { key: SESSION, value: { userId } });
}

export function currentUser(): UserRecord | null {
  const id = sessionUserId();
  return id ? (runtime().db.get('users', id) ?? null) : null;
}

/** Active roles only: pending invitations grant nothing until accepted. */
export function activeRolesOf(userId: string): RoleGrant[] {
  const a = runtime().db.get('admins', userId);
  return a && a.status === 'active' ? a.roles : [];
}

/** 401 unless someone is signed in. */
export function requireUser(): UserRecord {
  const u = currentUser();
  if (!u) throw new ProblemError(401, 'Sign in to continue', { code: 'unauthenticated' });
  return u;
}

/** 401 unless signed in, 403 unless `allowed(roles)` holds for the signed-in person's active roles. */
export function requireRole(
  allowed: (roles: RoleGrant[]) => boolean,
  what = 'do this',
): { user: UserRecord; roles: RoleGrant[] } {
  const user = requireUser();
  const roles = activeRolesOf(user.id);
  if (!allowed(roles)) {
    throw new ProblemError(403, `You do not have permission to ${what}`, { code: 'forbidden' });
  }
  return { user, roles };
}

/** Any admin role (active) gives access to the Admin Console's read screens. */
export const isAnyAdmin = (roles: RoleGrant[]) => roles.length > 0;
