import { http, HttpResponse, type HttpHandler } from 'msw';
import { auditEventSchema, type AuditEntry } from '@/api/schemas/audit';
import { isAnyAdmin, requireRole } from '../auth';
import { fold } from '../db/directory-index';
import { API, ProblemError, pageParams, paginate, withProblems } from '../http';
import { runtime } from '../runtime';

export interface AuditFilter {
  q?: string;
  event?: string;
  person?: string;
}

const matches = (haystack: (string | undefined)[], needle: string) =>
  haystack.some((h) => h !== undefined && fold(h).includes(needle));

/** The audit entries that pass the filter, newest first (ties: the later write first). */
export function filterAudit(
  entries: readonly AuditEntry[],
  { q = '', event = '', person = '' }: AuditFilter,
): AuditEntry[] {
  const text = fold(q.trim());
  const who = fold(person.trim());
  return entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => !event || e.event === event)
    .filter(
      ({ e }) =>
        !who || matches([e.affectedUser?.name, e.affectedUser?.email, e.admin?.name, e.admin?.email], who),
    )
    .filter(
      ({ e }) =>
        !text ||
        matches(
          [
            e.detail,
            e.object,
            e.event,
            e.affectedUser?.name,
            e.affectedUser?.email,
            e.admin?.name,
            e.admin?.email,
          ],
          text,
        ),
    )
    .sort((a, b) => b.e.at.localeCompare(a.e.at) || b.i - a.i)
    .map(({ e }) => e);
}

/** Audit log listing: admins only; filter by text, event and person; paged. */
export const auditHandlers: HttpHandler[] = [
  http.get(
    `${API}/audit`,
    withProblems(({ request }) => {
      requireRole(isAnyAdmin, 'view the audit log');
      const url = new URL(request.url);
      const { page, pageSize, q } = pageParams(url);
      const event = url.searchParams.get('event') ?? '';
      if (event && !auditEventSchema.safeParse(event).success) {
        throw new ProblemError(400, 'Unknown audit event', { code: 'validation' });
      }
      const person = (url.searchParams.get('person') ?? '').slice(0, 200);
      const items = filterAudit([...runtime().db.all('audit')], { q, event, person });
      return HttpResponse.json(paginate(items, page, pageSize));
    }),
  ),
];
