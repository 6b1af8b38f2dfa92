import type { Administrator } from '@/api/schemas/administrators';
import type { RoleGrant, RoleId } from '@/api/schemas/roles';
import { toRoleGrants, type RoleDraft } from './role-draft';

/** Add admin: the request's end date, when `Remove these rights on a date` is ticked. */
export const grantEndDateOf = (draft: RoleDraft): { endDate?: string } =>
  draft.endDate === undefined ? {} : { endDate: draft.endDate };

/** Edit admin rights: the end day all of `roles` share, or none (no end, or different ones). */
export function sharedEndDate(admin: Administrator, roles: readonly RoleGrant[]): string | undefined {
  const ends = roles.map((r) => admin.grants?.find((g) => g.role === r.role)?.endDate);
  const first = ends[0];
  return first !== undefined && ends.every((e) => e === first) ? first : undefined;
}

/**
 * Edit admin rights: the end days to send for the roles `shown` (those the signed-in admin may grant). Ticked: each of them ends on that day. Unticked
 * where it was ticked: none of them ends. Otherwise nothing is sent, and each role keeps its own end day.
 */
export function endDatesChange(
  draft: RoleDraft,
  initial: string | undefined,
  shown: readonly RoleId[],
): { endDates?: { role: RoleId; endDate: string | null }[] } {
  const roles = toRoleGrants(draft).filter((r) => shown.includes(r.role));
  if (draft.endDate !== undefined)
    return { endDates: roles.map((r) => ({ role: r.role, endDate: draft.endDate ?? null })) };
  if (initial !== undefined) return { endDates: roles.map((r) => ({ role: r.role, endDate: null })) };
  return {};
}
