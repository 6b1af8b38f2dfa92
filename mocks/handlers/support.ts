import { http, type HttpHandler } from 'msw';
import { isSupportAdmin, type RoleGrant } from '@/api/schemas/roles';
import {
  PRODUCT_FIELDS,
  REOPEN_WINDOW_DAYS,
  addCommentSchema,
  createCaseSchema,
  type SupportCase,
  type SupportCaseView,
  type SupportProduct,
} from '@/api/schemas/support';
import { requireRole } from '../auth';
import {
  API,
  ProblemError,
  json,
  pageParams,
  paginate,
  readBody,
  readNoBody,
  withProblems,
  type Answer,
} from '../http';
import { idempotent } from '../idempotency';
import type { UserRecord } from '../db/types';
import { runtime } from '../runtime';
import { writeAudit } from '../services/audit-log';

const MARKETO = 'marketo';
const DAY_MS = 86_400_000;

/** 401 signed out, 403 unless the person holds the Support administrator role (active). */
function requireSupportAdmin(): { user: UserRecord; roles: RoleGrant[] } {
  return requireRole(
    isSupportAdmin,
    'use the support portal: ask a System administrator for the Support administrator role',
  );
}

/** Products a Support administrator may open cases for: Basic → all but Marketo Engage; Product → Marketo Engage. */
export function supportProductsOf(roles: readonly RoleGrant[]): SupportProduct[] {
  const grant = roles.find((r) => r.role === 'support');
  if (!grant || grant.role !== 'support') return [];
  const { products, instances } = runtime().db.catalog;
  const out: SupportProduct[] = [];
  for (const p of products) {
    if (p.id === MARKETO) {
      if (!grant.productSupport) continue;
      const granted = instances.filter((i) => grant.instanceIds.includes(i.id));
      if (granted.length > 0) out.push({ id: p.id, name: p.name, instances: granted });
    } else if (grant.basic) {
      out.push({ id: p.id, name: p.name, instances: [] });
    }
  }
  return out;
}

function view(c: SupportCase): SupportCaseView {
  const now = runtime().now().getTime();
  const canReopen =
    c.status === 'closed' &&
    !!c.closedAt &&
    now - new Date(c.closedAt).getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;
  return { ...c, canReopen };
}

/** The case, when the signed-in person owns it; 404 otherwise (someone else's case is not disclosed). */
function ownCase(caseId: string, user: UserRecord): SupportCase {
  const c = runtime().db.get('cases', caseId);
  if (!c || c.ownerId !== user.id) throw new ProblemError(404, 'Case not found', { code: 'not-found' });
  return c;
}

/** The org's case numbers: `E-` and 6 digits, the first one `E-000001`. */
const FIRST_CASE_NUMBER = 1;
const LAST_CASE_NUMBER = 999_999;

/**
 * The next case number: sequential for the org and never issued twice (the sequence outlives a case and
 * `Reset demo data`, see MockDb.nextInSequence); a number held by a case stored some other way is skipped.
 */
function newCaseId(): string {
  const db = runtime().db;
  for (;;) {
    const n = db.nextInSequence('case', FIRST_CASE_NUMBER);
    if (n > LAST_CASE_NUMBER) {
      throw new ProblemError(507, 'No case number is left for this org', { code: 'case-numbers-exhausted' });
    }
    const id = `E-${String(n).padStart(6, '0')}`;
    if (!db.get('cases', id)) return id;
  }
}

function fieldError(path: string, key: string): ProblemError {
  return new ProblemError(400, 'The request is not valid', { code: 'validation', errors: { [path]: [key] } });
}

function caseIdOf(params: Record<string, string | readonly string[] | undefined>): string {
  const v = params.caseId;
  return typeof v === 'string' ? v : '';
}

export const supportHandlers: HttpHandler[] = [
  http.get(
    `${API}/support/products`,
    withProblems(() => {
      const { roles } = requireSupportAdmin();
      return json(supportProductsOf(roles));
    }),
  ),

  http.get(
    `${API}/support/cases`,
    withProblems(({ request }) => {
      const { user } = requireSupportAdmin();
      const url = new URL(request.url);
      const { page, pageSize, q } = pageParams(url);
      const status = url.searchParams.get('status');
      const needle = q.trim().toLowerCase();
      const mine = [...runtime().db.all('cases')]
        .filter((c) => c.ownerId === user.id)
        .filter((c) => (status === 'open' || status === 'closed' ? c.status === status : true))
        .filter(
          (c) =>
            !needle ||
            c.id.toLowerCase().includes(needle) ||
            c.title.toLowerCase().includes(needle) ||
            c.productName.toLowerCase().includes(needle),
        )
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
        .map(view);
      return json(paginate(mine, page, pageSize));
    }),
  ),

  http.get(
    `${API}/support/cases/:caseId`,
    withProblems(({ params }) => {
      const { user } = requireSupportAdmin();
      return json(view(ownCase(caseIdOf(params), user)));
    }),
  ),

  http.post(
    `${API}/support/cases`,
    withProblems(async ({ request }) => {
      const { user, roles } = requireSupportAdmin();
      const input = await readBody(request, createCaseSchema);
      const product = supportProductsOf(roles).find((p) => p.id === input.productId);
      if (!product) {
        throw new ProblemError(403, 'You cannot open cases for this product', { code: 'forbidden-product' });
      }
      const rule = PRODUCT_FIELDS[product.id];
      const productFields: Record<string, string> = {};
      if (rule) {
        const value = (input.productFields[rule.key] ?? '').trim();
        if (!value) throw fieldError(`productFields.${rule.key}`, rule.required);
        if (product.id === MARKETO && !product.instances.some((i) => i.id === value)) {
          throw new ProblemError(403, 'You have no support access to this Marketo Engage instance', {
            code: 'forbidden-instance',
          });
        }
        productFields[rule.key] = value;
      }
      return idempotent(request, user, input, (): Answer => {
        const at = runtime().now().toISOString();
        const created: SupportCase = {
          id: newCaseId(),
          ownerId: user.id,
          ownerName: user.name,
          productId: product.id,
          productName: product.name,
          title: input.title,
          description: input.description,
          priority: input.priority,
          businessImpact: input.businessImpact,
          timeZone: input.timeZone,
          productFields,
          status: 'open',
          createdAt: at,
          updatedAt: at,
          comments: [],
        };
        runtime().db.put('cases', created.id, created);
        writeAudit('case.created', `${created.id}: ${created.title}`, product.name, user, user);
        return { status: 201, body: view(created) };
      });
    }),
  ),

  /** Read the case after the body: two comments at once both land, and a comment never reopens a closed case. */
  http.post(
    `${API}/support/cases/:caseId/comments`,
    withProblems(async ({ request, params }) => {
      const { user } = requireSupportAdmin();
      const { body } = await readBody(request, addCommentSchema);
      const c = ownCase(caseIdOf(params), user);
      return idempotent(request, user, { body }, (): Answer => {
        if (c.status === 'closed') {
          throw new ProblemError(409, 'Reopen the case to add a comment', { code: 'case-closed' });
        }
        const at = runtime().now().toISOString();
        const comment = {
          id: `cm-${c.comments.length + 1}-${Date.now().toString(36)}`,
          at,
          authorId: user.id,
          authorName: user.name,
          body,
        };
        const updated = runtime().db.put('cases', c.id, {
          ...c,
          comments: [...c.comments, comment],
          updatedAt: at,
        });
        writeAudit('case.commented', `${c.id}: comment added`, c.productName, user, user);
        return { status: 201, body: view(updated) };
      });
    }),
  ),

  http.post(
    `${API}/support/cases/:caseId/close`,
    withProblems(({ request, params }) => {
      const { user } = requireSupportAdmin();
      readNoBody(request);
      const c = ownCase(caseIdOf(params), user);
      return idempotent(request, user, null, (): Answer => {
        if (c.status === 'closed')
          throw new ProblemError(409, 'This case is already closed', { code: 'case-closed' });
        const at = runtime().now().toISOString();
        const updated = runtime().db.put('cases', c.id, {
          ...c,
          status: 'closed',
          closedAt: at,
          updatedAt: at,
        });
        writeAudit('case.closed', `${c.id}: ${c.title}`, c.productName, user, user);
        return { status: 200, body: view(updated) };
      });
    }),
  ),

  http.post(
    `${API}/support/cases/:caseId/reopen`,
    withProblems(({ request, params }) => {
      const { user } = requireSupportAdmin();
      readNoBody(request);
      const c = ownCase(caseIdOf(params), user);
      return idempotent(request, user, null, (): Answer => {
        if (c.status === 'open')
          throw new ProblemError(409, 'This case is already open', { code: 'case-open' });
        if (!view(c).canReopen) {
          throw new ProblemError(
            409,
            `A case can be reopened only within ${REOPEN_WINDOW_DAYS} days of closing`,
            { code: 'reopen-window-passed' },
          );
        }
        const at = runtime().now().toISOString();
        const updated = runtime().db.put('cases', c.id, {
          ...c,
          status: 'open',
          closedAt: undefined,
          updatedAt: at,
        });
        writeAudit('case.reopened', `${c.id}: ${c.title}`, c.productName, user, user);
        return { status: 200, body: view(updated) };
      });
    }),
  ),
];
