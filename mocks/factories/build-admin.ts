import type { RoleGrant } from '@/api/schemas/roles';
import type { AdminRecord } from '../db/types';
import { SEED_EPOCH } from './build-user';

/** An admin record (roles of one user); active by default. */
export function buildAdmin(
  userId: string,
  roles: RoleGrant[],
  overrides: Partial<AdminRecord> = {},
): AdminRecord {
  return {
    userId,
    roles,
    status: 'active',
    invitedAt: SEED_EPOCH,
    acceptedAt: SEED_EPOCH,
    version: 1,
    ...overrides,
  };
}
