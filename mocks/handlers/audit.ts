import { http, HttpResponse, type HttpHandler } from 'msw';
import { auditEventSchema, auditInstantSchema, type AuditEntry } from '@/api/schemas/audit';
import type { AuditDetail } from '@/api/schemas/audit-detail';
import { isAnyAdmin, requireRole } from '../auth';
import { fold } from '../db/directory-index';
import type { AuditRecord } from '../db/types';
import { API, ProblemError, pageParams, paginate, withProblems } from '../http';
import { runtime } from '../runtime';

export interface AuditFilter {
  q?: string;
  event?: string;
  person?: string;
  /** Instants in ms: from (included) to (excluded). */
  fromMs?: number;
  toMs?: number;
}

const matches = (haystack: (string | undefined)[], needle: string) =>
  haystack.some((h) => h !== undefined && fold(h).includes(needle));

/** The words of a detail a text search finds: addresses, case numbers and titles, profile names. */
function detailWords(d: AuditDetail): (string | undefined)[] {
  switch (d.kind) {
    case 'text':
      return [d.text];
    case 'emailSent':
    case 'invitationExpired':
      return [d.to];
    case 'case':
      return [d.caseId, d.title];
    case 'caseCommented':
    case 'caseReplied':
    case 'caseWatchers':
      return [d.caseId];
    case 'accepted':
      return [d.profileName];
    default:
      return [];
  }
}

/**
 * The audit entries that pass the filter, newest first; entries of the same instant by their place in the log
 * (`seq`, the later first), then by the order they were read (older stored entries have no place).
 */
export function filterAudit(
  entries: readonly AuditRecord[],
  { q = '', event = '', person = '', fromMs, toMs }: AuditFilter,
): AuditRecord[] {
  const text = fold(q.trim());
  const who = fold(person.trim());
  return entries
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .filter(({ e }) => !event || e.event === event)
    .filter(({ t }) => (fromMs === undefined || t >= fromMs) && (toMs === undefined || t < toMs))
    .filter(
      ({ e }) =>
        !who || matches([e.affectedUser?.name, e.affectedUser?.email, e.admin?.name, e.admin?.email], who),
    )
    .filter(
      ({ e }) =>
        !text ||
        matches(
          [
            ...detailWords(e.detail),
            e.object.kind === 'product' ? e.object.name : undefined,
            e.event,
            e.affectedUser?.name,
            e.affectedUser?.email,
            e.admin?.name,
            e.admin?.email,
          ],
          text,
        ),
    )
    .sort((a, b) => b.t - a.t || b.e.seq - a.e.seq || b.i - a.i)
    .map(({ e }) => e);
}

/** An instant of the query (`from`, `to`), in ms; 400 with a field error when it is not one. */
function instantParam(url: URL, name: 'from' | 'to'): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = auditInstantSchema.safeParse(raw).success ? Date.parse(raw) : NaN;
  if (Number.isNaN(ms)) {
    throw new ProblemError(400, `${name} must be a date and time with an offset`, {
      code: 'validation',
      errors: { [name]: ['validation.invalid'] },
    });
  }
  return ms;
}

/** What the API shows of a stored entry (its place in the log is the backend's). */
const toEntry = ({ seq: _seq, ...e }: AuditRecord): AuditEntry => e;

/** Audit log listing: admins only; filter by text, event, person and time range; paged. */
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
      const fromMs = instantParam(url, 'from');
      const toMs = instantParam(url, 'to');
      if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) {
        throw new ProblemError(400, 'to must be after from', {
          code: 'validation',
          errors: { to: ['validation.invalid'] },
        });
      }
      const person = (url.searchParams.get('person') ?? '').slice(0, 200);
      const items = filterAudit([...runtime().db.all('audit')], { q, event, person, fromMs, toMs });
      const pageOf = paginate(items, page, pageSize);
      return HttpResponse.json({ ...pageOf, items: pageOf.items.map(toEntry) });
    }),
  ),
];
