import { http, type HttpHandler } from 'msw';
import { updateLanguageSchema, updateProfileSchema, type User } from '@/api/schemas/users';
import { requireUser } from '../auth';
import type { UserRecord } from '../db/types';
import { API, readBody, withProblems, type Answer } from '../http';
import { idempotent } from '../idempotency';
import { runtime } from '../runtime';
import { toUser } from '../services/serialize';

/** The signed-in person as they see themselves: their user record with what only they may read. */
export function ownProfile(u: UserRecord): User {
  return {
    ...toUser(u),
    ...(u.supportPhone ? { supportPhone: u.supportPhone } : {}),
    ...(u.language ? { language: u.language } : {}),
  };
}

/** The signed-in person's own profile settings: anyone signed in, for themselves only (no id in the path). */
export const profileHandlers: HttpHandler[] = [
  http.put(
    `${API}/profile`,
    withProblems(async ({ request }) => {
      const caller = requireUser();
      const body = await readBody(request, updateProfileSchema);
      return idempotent(request, caller, body, (): Answer => {
        const db = runtime().db;
        const updated: UserRecord = { ...(db.get('users', caller.id) ?? caller) };
        if (body.supportPhone) updated.supportPhone = body.supportPhone;
        else delete updated.supportPhone;
        db.put('users', updated.id, updated);
        return { status: 200, body: ownProfile(updated) };
      });
    }),
  ),
  // The language of the person's own emails (their profile's `Language of your emails`).
  http.put(
    `${API}/profile/language`,
    withProblems(async ({ request }) => {
      const caller = requireUser();
      const body = await readBody(request, updateLanguageSchema);
      return idempotent(request, caller, body, (): Answer => {
        const db = runtime().db;
        const updated: UserRecord = { ...(db.get('users', caller.id) ?? caller), language: body.language };
        db.put('users', updated.id, updated);
        return { status: 200, body: ownProfile(updated) };
      });
    }),
  ),
];
