import { http, HttpResponse } from 'msw';
import { signInRequestSchema, type Session } from '@/api/schemas/session';
import { activeRolesOf, requireUser, setSession } from '../auth';
import { API, ProblemError, readBody, withProblems } from '../http';
import { runtime } from '../runtime';
import { findUserByEmail } from '../services/users';
import type { UserRecord } from '../db/types';
import { ownProfile } from './profile';

function sessionOf(user: UserRecord): Session {
  const db = runtime().db;
  const admin = db.get('admins', user.id);
  return {
    user: ownProfile(user),
    roles: activeRolesOf(user.id),
    hasPendingInvitation: admin?.status === 'pending',
    org: { id: db.catalog.org.id, name: db.catalog.org.name },
  };
}

export const sessionHandlers = [
  http.get(
    `${API}/session`,
    withProblems(() => HttpResponse.json(sessionOf(requireUser()))),
  ),

  http.post(
    `${API}/session`,
    withProblems(async ({ request }) => {
      const { email } = await readBody(request, signInRequestSchema);
      const user = findUserByEmail(email);
      if (!user) {
        throw new ProblemError(404, 'No account uses this email in this demo', {
          code: 'unknown-account',
          errors: { email: ['validation.unknownAccount'] },
        });
      }
      setSession(user.id);
      return HttpResponse.json(sessionOf(user));
    }),
  ),

  http.delete(
    `${API}/session`,
    withProblems(() => {
      setSession(null);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
