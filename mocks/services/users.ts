import type { z } from '@/api/zod';
import type { createUserSchema } from '@/api/schemas/users';
import { displayName, idTypeFor } from '../factories/build-user';
import { ProblemError } from '../http';
import type { UserRecord } from '../db/types';
import { runtime } from '../runtime';
import { writeAudit } from './audit-log';

export function findUserByEmail(email: string): UserRecord | undefined {
  return runtime().db.findUserByEmail(email);
}

/** Create a directory user (ID type from the claimed domain). 409 when the email is taken. */
export function createUser(input: z.output<typeof createUserSchema>, actor: UserRecord): UserRecord {
  const db = runtime().db;
  if (findUserByEmail(input.email)) {
    throw new ProblemError(409, 'A user with this email already exists', {
      code: 'user-exists',
      errors: { email: ['validation.userExists'] },
    });
  }
  const firstName = input.firstName ?? '';
  const lastName = input.lastName ?? '';
  const id = `u-n-${Date.now().toString(36)}-${db.count('users').toString(36)}`;
  const user: UserRecord = {
    id,
    email: input.email,
    firstName,
    lastName,
    name: displayName(firstName, lastName, input.email),
    idType: idTypeFor(input.email),
    // A person added by email has no Adobe profile yet: they set one up when accepting.
    profiles: [],
    createdAt: runtime().now().toISOString(),
    memberOf: [],
  };
  db.put('users', id, user);
  writeAudit('user.created', { kind: 'userCreated', idType: user.idType }, { kind: 'user' }, user, actor);
  return user;
}
