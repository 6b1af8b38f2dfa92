import { canAddAdmins, grantPolicyOf } from '@/api/rules/grant-rules';
import { isSupportAdmin } from '@/api/schemas/roles';
import type { Session } from '@/api/schemas/session';

/** What the signed-in person may see and do, derived from their active roles (the server enforces it too). */
export function permissionsOf(session: Session | null | undefined) {
  const roles = session?.roles ?? [];
  return {
    isAdmin: roles.length > 0,
    canAddAdmins: canAddAdmins(roles),
    grantPolicy: grantPolicyOf(roles),
    isSupportAdmin: isSupportAdmin(roles),
    isSystemAdmin: roles.some((r) => r.role === 'system'),
  };
}
