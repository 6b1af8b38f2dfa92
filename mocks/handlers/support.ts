import { http, type HttpHandler } from 'msw';
import { isSupportAdmin, type RoleGrant } from '@/api/schemas/roles';
import {
  PRODUCT_FIELDS,
  REOPEN_WINDOW_DAYS,
  addCommentSchema,
  caseListQuerySchema,
  createCaseSchema,
  updateWatchersSchema,
  type Attachment,
  type CaseComment,
  type CaseListQuery,
  type Requestor,
} from '@/api/schemas/support';
import { requireRole } from '../auth';
import type { AttachmentRecord, CaseRecord, UserRecord } from '../db/types';
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
import { runtime } from '../runtime';
import { caseDetail, productOf, writeAudit } from '../services/audit-log';
import {
  MARKETO,
  afterCustomerComment,
  afterReopen,
  canReopen,
  canSeeCase,
  firstStepAt,
  newCaseId,
  notifyWatchers,
  supportProductsOf,
  view,
  visibleCase,
} from '../services/support-cases';

/** 401 signed out, 403 unless the person holds the Support administrator role (active). */
export function requireSupportAdmin(): { user: UserRecord; roles: RoleGrant[] } {
  return requireRole(
    isSupportAdmin,
    'use the support portal: ask a System administrator for the Support administrator role',
  );
}

function fieldError(path: string, key: string): ProblemError {
  return new ProblemError(400, 'The request is not valid', { code: 'validation', errors: { [path]: [key] } });
}

function caseIdOf(params: Record<string, string | readonly string[] | undefined>): string {
  const v = params.caseId;
  return typeof v === 'string' ? v : '';
}

/** The list filters of the URL (400 for a status or priority that does not exist). */
function listQuery(url: URL): CaseListQuery & { page: number; pageSize: number } {
  const { page, pageSize } = pageParams(url);
  const raw: Record<string, string> = {};
  for (const k of ['q', 'status', 'product', 'priority', 'requestor']) {
    const v = url.searchParams.get(k);
    if (v !== null) raw[k] = v;
  }
  const parsed = caseListQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[issue.path.join('.') || '_'] ??= []).push(issue.message);
    throw new ProblemError(400, 'The request is not valid', { code: 'validation', errors });
  }
  return { ...parsed.data, page, pageSize };
}

/** Cases matching the filters, newest first. */
function filtered(cases: Iterable<CaseRecord>, f: CaseListQuery): CaseRecord[] {
  const needle = f.q.trim().toLowerCase();
  return [...cases]
    .filter((c) => (f.status === 'open' ? c.status !== 'closed' : !f.status || c.status === f.status))
    .filter((c) => !f.product || c.productId === f.product)
    .filter((c) => !f.priority || c.priority === f.priority)
    .filter((c) => !f.requestor || c.ownerId === f.requestor)
    .filter(
      (c) =>
        !needle ||
        c.id.toLowerCase().includes(needle) ||
        c.title.toLowerCase().includes(needle) ||
        c.productName.toLowerCase().includes(needle),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * The uploads a request wants to attach: each must exist and be the caller's own (404 otherwise: someone else's
 * upload is not disclosed). Whether one is still free is decided by the work (409), so that a retry replays.
 */
function ownUploads(ids: readonly string[], user: UserRecord): AttachmentRecord[] {
  const db = runtime().db;
  return ids.map((id) => {
    const a = db.get('attachments', id);
    if (!a || a.ownerId !== user.id) {
      throw new ProblemError(404, 'Attachment not found', {
        code: 'attachment-not-found',
        errors: { attachmentIds: ['validation.attachmentGone'] },
      });
    }
    return a;
  });
}

/** Inside the work, before any change: the uploads as they are now; 409 when one is attached already. */
function freeUploads(uploads: AttachmentRecord[]): AttachmentRecord[] {
  const db = runtime().db;
  const current = uploads.map((u) => db.get('attachments', u.id) ?? u);
  if (current.some((a) => a.caseId)) {
    throw new ProblemError(409, 'An attachment was already added to a case', { code: 'attachment-in-use' });
  }
  return current;
}

/** Attach free uploads to the case (and comment): what the case lists. */
function attach(free: AttachmentRecord[], caseId: string, commentId?: string): Attachment[] {
  const db = runtime().db;
  return free.map((a) => {
    db.put('attachments', a.id, { ...a, caseId, ...(commentId ? { commentId } : {}) });
    return { id: a.id, name: a.name, size: a.size, type: a.type, uploadedAt: a.uploadedAt };
  });
}

let commentSeq = 0;

export const supportHandlers: HttpHandler[] = [
  http.get(
    `${API}/support/products`,
    withProblems(() => {
      const { roles } = requireSupportAdmin();
      return json(supportProductsOf(roles));
    }),
  ),

  /** `My cases`: the caller's own cases. */
  http.get(
    `${API}/support/cases`,
    withProblems(({ request }) => {
      const { user } = requireSupportAdmin();
      const { page, pageSize, ...filters } = listQuery(new URL(request.url));
      const mine = [...runtime().db.all('cases')].filter((c) => c.ownerId === user.id);
      return json(paginate(filtered(mine, filters).map(view), page, pageSize));
    }),
  ),

  /** `Organization cases`: every case the caller can see (their own, and those their support role covers). */
  http.get(
    `${API}/support/org-cases`,
    withProblems(({ request }) => {
      const { user, roles } = requireSupportAdmin();
      const { page, pageSize, ...filters } = listQuery(new URL(request.url));
      const visible = [...runtime().db.all('cases')].filter((c) => canSeeCase(c, user, roles));
      return json(paginate(filtered(visible, filters).map(view), page, pageSize));
    }),
  ),

  /** The requestors of the cases the caller can see (the `Requestor` filter's choices), by name. */
  http.get(
    `${API}/support/org-cases/requestors`,
    withProblems(() => {
      const { user, roles } = requireSupportAdmin();
      const byId = new Map<string, Requestor>();
      for (const c of runtime().db.all('cases'))
        if (canSeeCase(c, user, roles)) byId.set(c.ownerId, { id: c.ownerId, name: c.ownerName });
      return json([...byId.values()].sort((a, b) => a.name.localeCompare(b.name)));
    }),
  ),

  http.get(
    `${API}/support/cases/:caseId`,
    withProblems(({ params }) => {
      const { user, roles } = requireSupportAdmin();
      return json(view(visibleCase(caseIdOf(params), user, roles)));
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
      const uploads = ownUploads(input.attachmentIds, user);
      return idempotent(request, user, input, (): Answer => {
        const free = freeUploads(uploads);
        const at = runtime().now().toISOString();
        const id = newCaseId();
        const created: CaseRecord = {
          id,
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
          ...(input.contactPhone ? { contactPhone: input.contactPhone } : {}),
          status: 'awaiting-assignment',
          watchers: input.watchers,
          attachments: attach(free, id),
          createdAt: at,
          updatedAt: at,
          comments: [],
          nextStepAt: firstStepAt(at),
        };
        runtime().db.put('cases', created.id, created);
        writeAudit('case.created', caseDetail(created), productOf(created), user, user);
        return { status: 201, body: view(created) };
      });
    }),
  ),

  /** Read the case after the body: two comments at once both land, and a comment never reopens a closed case. */
  http.post(
    `${API}/support/cases/:caseId/comments`,
    withProblems(async ({ request, params }) => {
      const { user, roles } = requireSupportAdmin();
      const input = await readBody(request, addCommentSchema);
      const c = visibleCase(caseIdOf(params), user, roles);
      const uploads = ownUploads(input.attachmentIds, user);
      return idempotent(request, user, input, (): Answer => {
        if (c.status === 'closed') {
          throw new ProblemError(409, 'Reopen the case to add a comment', { code: 'case-closed' });
        }
        const free = freeUploads(uploads);
        const at = runtime().now().toISOString();
        commentSeq += 1;
        const commentId = `cm-${c.comments.length + 1}-${Date.now().toString(36)}-${commentSeq.toString(36)}`;
        const comment: CaseComment = {
          id: commentId,
          at,
          author: 'customer',
          authorId: user.id,
          authorName: user.name,
          body: input.body,
          attachments: attach(free, c.id, commentId),
        };
        const updated = runtime().db.put('cases', c.id, {
          ...c,
          ...afterCustomerComment(c, at),
          comments: [...c.comments, comment],
          updatedAt: at,
        });
        writeAudit('case.commented', { kind: 'caseCommented', caseId: c.id }, productOf(c), user, user);
        notifyWatchers(updated, 'commented', user.name, at);
        return { status: 201, body: view(updated) };
      });
    }),
  ),

  /** Replace the people kept up to date (`Who else should we keep up to date?`). */
  http.put(
    `${API}/support/cases/:caseId/watchers`,
    withProblems(async ({ request, params }) => {
      const { user, roles } = requireSupportAdmin();
      const input = await readBody(request, updateWatchersSchema);
      const c = visibleCase(caseIdOf(params), user, roles);
      return idempotent(request, user, input, (): Answer => {
        const at = runtime().now().toISOString();
        const updated = runtime().db.put('cases', c.id, { ...c, watchers: input.watchers, updatedAt: at });
        writeAudit(
          'case.watchersChanged',
          { kind: 'caseWatchers', caseId: c.id, count: input.watchers.length },
          productOf(c),
          user,
          user,
        );
        return { status: 200, body: view(updated) };
      });
    }),
  ),

  http.post(
    `${API}/support/cases/:caseId/close`,
    withProblems(({ request, params }) => {
      const { user, roles } = requireSupportAdmin();
      readNoBody(request);
      const c = visibleCase(caseIdOf(params), user, roles);
      return idempotent(request, user, null, (): Answer => {
        if (c.status === 'closed')
          throw new ProblemError(409, 'This case is already closed', { code: 'case-closed' });
        const at = runtime().now().toISOString();
        const updated = runtime().db.put('cases', c.id, {
          ...c,
          status: 'closed',
          closedAt: at,
          updatedAt: at,
          nextStepAt: undefined,
        });
        writeAudit('case.closed', caseDetail(c), productOf(c), user, user);
        notifyWatchers(updated, 'closed', user.name, at);
        return { status: 200, body: view(updated) };
      });
    }),
  ),

  http.post(
    `${API}/support/cases/:caseId/reopen`,
    withProblems(({ request, params }) => {
      const { user, roles } = requireSupportAdmin();
      readNoBody(request);
      const c = visibleCase(caseIdOf(params), user, roles);
      return idempotent(request, user, null, (): Answer => {
        if (c.status !== 'closed')
          throw new ProblemError(409, 'This case is already open', { code: 'case-open' });
        if (!canReopen(c)) {
          throw new ProblemError(
            409,
            `A case can be reopened only within ${REOPEN_WINDOW_DAYS} days of closing`,
            { code: 'reopen-window-passed' },
          );
        }
        const at = runtime().now().toISOString();
        const updated = runtime().db.put('cases', c.id, {
          ...c,
          ...afterReopen(c, at),
          closedAt: undefined,
          updatedAt: at,
        });
        writeAudit('case.reopened', caseDetail(c), productOf(c), user, user);
        notifyWatchers(updated, 'reopened', user.name, at);
        return { status: 200, body: view(updated) };
      });
    }),
  ),
];
