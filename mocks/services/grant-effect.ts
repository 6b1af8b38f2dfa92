import { alreadyHeld, mergeRoles } from '@/api/rules/grant-rules';
import type { Invitation } from '@/api/schemas/invitations';
import type { RoleGrant } from '@/api/schemas/roles';
import type { AdminRecord, UserRecord } from '../db/types';
import { runtime } from '../runtime';
import { writeAudit } from './audit-log';
import { sendInvitation } from './invitations';
import { datesAfterGrant } from './grant-dates';

/**
 * The effect of one grant, once every check has passed: `roles` merged into what `user` holds (`existing`), one audit
 * entry, then one invitation email, the admin record written. Shared by `POST /api/administrators` and the
 * bulk grant, so a row of a CSV is granted exactly as the wizard grants. `endDate` makes the new roles time-bound.
 */
export function applyGrant(
  user: UserRecord,
  existing: AdminRecord | undefined,
  roles: RoleGrant[],
  actor: UserRecord,
  endDate?: string,
): { record: AdminRecord; invitation: Invitation } {
  const db = runtime().db;
  const now = runtime().now().toISOString();
  const held = existing ? alreadyHeld(existing.roles, roles) : [];
  const merged = existing ? mergeRoles(existing.roles, roles) : roles;
  // The grant is logged before the invitation it sends, so the log reads in the order things happened.
  writeAudit(
    existing ? 'admin.changed' : 'admin.granted',
    { kind: 'granted', roles },
    { kind: 'administrator' },
    user,
    actor,
  );
  const invitation = sendInvitation(user, merged, actor);
  const record: AdminRecord = {
    userId: user.id,
    roles: merged,
    status: existing?.status === 'active' ? 'active' : 'pending',
    invitedAt: now,
    ...(existing?.acceptedAt ? { acceptedAt: existing.acceptedAt } : {}),
    invitationToken: invitation.token,
    grantDates: datesAfterGrant(
      existing,
      roles.filter((r) => !held.includes(r.role)).map((r) => r.role),
      now,
      endDate,
    ),
    version: (existing?.version ?? 0) + 1,
  };
  db.put('admins', user.id, record);
  return { record, invitation };
}
