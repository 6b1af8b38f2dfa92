import { http } from 'msw';
import { canAddAdmins } from '@/api/rules/grant-rules';
import { createUserSchema, type User, type UserPage } from '@/api/schemas/users';
import { isAnyAdmin, requireRole } from '../auth';
import { API, ProblemError, json, pageParams, readBody, withProblems } from '../http';
import { idempotent } from '../idempotency';
import { runtime } from '../runtime';
import { createUser } from '../services/users';
import { toUser } from '../services/serialize';

/** Largest result set a directory search counts exactly; past it the total reads "5000+". */
export const SEARCH_CAP = 5000;

export const userHandlers = [
  /** Directory: server-side search (prefix index) and paging; the client never downloads it. */
  http.get(
    `${API}/users`,
    withProblems(({ request }) => {
      requireRole(isAnyAdmin, 'view users');
      const url = new URL(request.url);
      const { page, pageSize, q } = pageParams(url);
      const db = runtime().db;
      let ids: string[];
      let total: number;
      let totalCapped = false;
      if (q.trim()) {
        const found = db.directory.search(q, Math.min(SEARCH_CAP, Math.max(page * pageSize, 200)));
        ids = found.ids.slice((page - 1) * pageSize, page * pageSize);
        // One more than counted when the search stopped early: the pager still offers the next page.
        total = found.ids.length + (found.more ? 1 : 0);
        totalCapped = found.more;
      } else {
        const all = db.userIdsByName();
        ids = all.slice((page - 1) * pageSize, page * pageSize);
        total = all.length;
      }
      // Every admin may read the administrators list, so the roles a person holds travel with the directory.
      const items: User[] = ids.map((id) => {
        const roles = db.get('admins', id)?.roles;
        return { ...toUser(db.get('users', id)!), ...(roles?.length ? { adminRoles: roles } : {}) };
      });
      const body: UserPage = { items, total, page, pageSize, ...(totalCapped ? { totalCapped } : {}) };
      return json(body);
    }),
  ),

  http.get(
    `${API}/users/:userId`,
    withProblems(({ params }) => {
      requireRole(isAnyAdmin, 'view users');
      const u = runtime().db.get('users', String(params.userId));
      if (!u) throw new ProblemError(404, 'User not found', { code: 'not-found' });
      return json(toUser(u));
    }),
  ),

  http.post(
    `${API}/users`,
    withProblems(async ({ request }) => {
      const { user: actor } = requireRole(canAddAdmins, 'add users');
      const body = await readBody(request, createUserSchema);
      return idempotent(request, actor, body, () => ({ status: 201, body: toUser(createUser(body, actor)) }));
    }),
  ),
];
