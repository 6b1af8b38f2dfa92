import type { IdType } from '@/api/schemas/users';
import type { UserRecord } from '../db/types';

export const ORG_ID = 'org-acme';
export const ORG_NAME = 'Acme Corp';
export const CLAIMED_DOMAIN = 'acme.example';
export const SEED_EPOCH = '2026-01-15T09:00:00.000Z';

export function idTypeFor(email: string): IdType {
  return email.toLowerCase().endsWith(`@${CLAIMED_DOMAIN}`) ? 'enterprise' : 'adobe';
}

export function displayName(firstName: string, lastName: string, email: string): string {
  const n = `${firstName} ${lastName}`.trim();
  return n || email;
}

let counter = 0;

/** A user record; every field can be overridden. Seed data and tests build users with it. */
export function buildUser(overrides: Partial<UserRecord> = {}): UserRecord {
  counter += 1;
  const firstName = overrides.firstName ?? 'Test';
  const lastName = overrides.lastName ?? `User ${counter}`;
  const email = overrides.email ?? `test.user${counter}@${CLAIMED_DOMAIN}`;
  const idType = overrides.idType ?? idTypeFor(email);
  const hasName = Boolean(firstName || lastName);
  return {
    id: overrides.id ?? `u-test-${counter}`,
    email,
    firstName,
    lastName,
    name: displayName(firstName, lastName, email),
    idType,
    profiles:
      overrides.profiles ??
      (hasName
        ? [{ id: `p-${overrides.id ?? counter}-acme`, name: ORG_NAME, kind: 'business', orgId: ORG_ID }]
        : []),
    createdAt: SEED_EPOCH,
    memberOf: [],
    ...overrides,
  };
}
