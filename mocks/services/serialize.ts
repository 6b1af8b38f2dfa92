import type { Administrator } from '@/api/schemas/administrators';
import type { User } from '@/api/schemas/users';
import type { AdminRecord, UserRecord } from '../db/types';
import { runtime } from '../runtime';
import { adminStatusOf } from './admins';
import { toGrantDates } from './grant-dates';
import { effectiveStatus } from './invitations';

export function toUser(u: UserRecord): User {
  return {
    id: u.id,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    name: u.name,
    idType: u.idType,
    profiles: u.profiles,
    ...(u.country ? { country: u.country } : {}),
  };
}

export function toAdministrator(a: AdminRecord, u: UserRecord): Administrator {
  const inv = a.invitationToken ? runtime().db.get('invitations', a.invitationToken) : undefined;
  return {
    userId: u.id,
    name: u.name,
    email: u.email,
    idType: u.idType,
    roles: a.roles,
    grants: toGrantDates(a),
    status: adminStatusOf(a),
    ...(a.invitedAt ? { invitedAt: a.invitedAt } : {}),
    ...(a.acceptedAt ? { acceptedAt: a.acceptedAt } : {}),
    ...(inv && a.status === 'pending' ? { invitationExpiresAt: inv.expiresAt } : {}),
    ...(inv ? { invitationStatus: effectiveStatus(inv) } : {}),
    version: a.version,
  };
}
