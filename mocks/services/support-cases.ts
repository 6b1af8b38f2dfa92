import type { CaseChange, CaseUpdateEmail } from '@/api/schemas/invitations';
import { MARKETO_PRODUCT_ID, supportCovers, supportGrantOf } from '@/api/rules/support-reach';
import type { RoleGrant } from '@/api/schemas/roles';
import {
  REOPEN_WINDOW_DAYS,
  type CaseComment,
  type CaseStatus,
  type SupportCaseView,
  type SupportProduct,
} from '@/api/schemas/support';
import { SUPPORT_AGENTS } from '../db/seed-cases';
import type { CaseRecord, UserRecord } from '../db/types';
import { ProblemError } from '../http';
import { runtime } from '../runtime';
import { writeAudit } from './audit-log';
import { SENDER } from './invitations';
import { EMAIL_SUBJECTS, recipientLanguage } from './email-language';

export const MARKETO = MARKETO_PRODUCT_ID;
const DAY_MS = 86_400_000;
/** Adobe Support picks up a new (or reopened, never answered) case a day later on the mock clock… */
export const ASSIGN_AFTER_MS = DAY_MS;
/** …and answers two days after it was picked up or after the customer's last comment. */
export const REPLY_AFTER_MS = 2 * DAY_MS;

/** Products a Support administrator may open cases for: Basic → all but Marketo Engage; Product → Marketo Engage. */
export function supportProductsOf(roles: readonly RoleGrant[]): SupportProduct[] {
  const grant = supportGrantOf(roles);
  if (!grant) return [];
  const { products, instances } = runtime().db.catalog;
  const out: SupportProduct[] = [];
  for (const p of products) {
    if (p.id === MARKETO) {
      const granted = instances.filter((i) => supportCovers(grant, p.id, i.id));
      if (granted.length > 0) out.push({ id: p.id, name: p.name, instances: granted });
    } else if (supportCovers(grant, p.id)) {
      out.push({ id: p.id, name: p.name, instances: [] });
    }
  }
  return out;
}

/**
 * Whether a support role covers a case: Basic support covers every product but Marketo Engage; Product support
 * covers the Marketo Engage cases of its instances only.
 */
export function roleCoversCase(roles: readonly RoleGrant[], c: CaseRecord): boolean {
  const grant = supportGrantOf(roles);
  if (!grant) return false;
  return supportCovers(grant, c.productId, c.productFields.instanceId);
}

/** Who sees a case: the person who opened it, and every Support administrator whose role covers it. */
export const canSeeCase = (c: CaseRecord, user: UserRecord, roles: readonly RoleGrant[]) =>
  c.ownerId === user.id || roleCoversCase(roles, c);

/** The case, when the signed-in person may see it; 404 otherwise (a case they may not see is not disclosed). */
export function visibleCase(caseId: string, user: UserRecord, roles: readonly RoleGrant[]): CaseRecord {
  const c = runtime().db.get('cases', caseId);
  if (!c || !canSeeCase(c, user, roles)) throw new ProblemError(404, 'Case not found', { code: 'not-found' });
  return c;
}

export function canReopen(c: CaseRecord): boolean {
  const now = runtime().now().getTime();
  return (
    c.status === 'closed' &&
    !!c.closedAt &&
    now - new Date(c.closedAt).getTime() <= REOPEN_WINDOW_DAYS * DAY_MS
  );
}

/** What the API shows of a case: the stored record without the backend's schedule, and whether it can reopen. */
export function view(c: CaseRecord): SupportCaseView {
  const shown: SupportCaseView & { nextStepAt?: string } = { ...c, canReopen: canReopen(c) };
  delete shown.nextStepAt;
  return shown;
}

/** The org's case numbers: `E-` and 6 digits, the first one `E-000001` (the seed's cases hold the first ones). */
const FIRST_CASE_NUMBER = 1;
const LAST_CASE_NUMBER = 999_999;

/**
 * The next case number: sequential for the org and never issued twice (the sequence outlives a case and
 * `Reset demo data`, see MockDb.nextInSequence); a number held by a case stored some other way, a seed case
 * included, is skipped.
 */
export function newCaseId(): string {
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

let sent = 0;

/** Every watcher of the case gets an email from message@adobe.com saying what changed (visible at /mailbox). */
export function notifyWatchers(c: CaseRecord, change: CaseChange, actorName: string, at: string): void {
  const db = runtime().db;
  for (const to of c.watchers) {
    sent += 1;
    const language = recipientLanguage(to);
    const email: CaseUpdateEmail = {
      id: `mail-case-${c.id}-${Date.now().toString(36)}-${sent.toString(36)}`,
      from: SENDER,
      to,
      toName: to,
      sentAt: at,
      subject: EMAIL_SUBJECTS[language].caseUpdate(c.id, change),
      language,
      kind: 'case-update',
      orgName: db.catalog.org.name,
      caseId: c.id,
      caseTitle: c.title,
      change,
      status: c.status,
      actorName,
    };
    db.put('emails', email.id, email);
  }
}

const later = (at: string, ms: number) => new Date(new Date(at).getTime() + ms).toISOString();

/** The support engineer of a case: the same one for the same case number. */
function agentFor(caseId: string): string {
  const n = Number(caseId.slice(2)) || 0;
  return SUPPORT_AGENTS[n % SUPPORT_AGENTS.length]!;
}

/**
 * What a support engineer's reply does to a case, at `at`: a case awaiting assignment is picked up (`In progress`,
 * a hello from its engineer), a case in progress gets a question back (`Awaiting your reply`). Each is a `Reply
 * from Adobe Support` comment, audited and emailed to the watchers. Null when the case waits for its requestor or
 * is closed: there is nothing for Adobe Support to do.
 */
export function supportReply(c: CaseRecord, at: string): CaseRecord | null {
  if (c.status !== 'awaiting-assignment' && c.status !== 'in-progress') return null;
  const agent = c.agentName ?? agentFor(c.id);
  const assigning = c.status === 'awaiting-assignment';
  const status: CaseStatus = assigning ? 'in-progress' : 'awaiting-reply';
  const comment: CaseComment = {
    id: `cm-${c.comments.length + 1}-s-${Date.now().toString(36)}`,
    at,
    author: 'support',
    authorId: 'adobe-support',
    authorName: agent,
    body: '',
    message: assigning ? 'assigned' : 'needsInfo',
    attachments: [],
  };
  const db = runtime().db;
  const updated: CaseRecord = {
    ...c,
    status,
    agentName: agent,
    comments: [...c.comments, comment],
    updatedAt: at,
    nextStepAt: assigning ? later(at, REPLY_AFTER_MS) : undefined,
  };
  db.put('cases', c.id, updated);
  writeAudit(
    'case.supportReplied',
    { kind: 'caseReplied', caseId: c.id, status },
    { kind: 'product', productId: c.productId, name: c.productName },
    db.get('users', c.ownerId),
    null,
    at,
  );
  notifyWatchers(updated, 'supportReplied', agent, at);
  return updated;
}

/**
 * Adobe Support's replies that are due on the mock clock, each at the time it was due (moving the clock 31 days
 * on runs both steps of a new case). Run before each /api request (mocks/handlers/preflight.ts), like the expiry of
 * invitations: a case moves on whether or not anyone looks at it.
 */
export function replyToDueCases(): void {
  const db = runtime().db;
  const now = runtime().now().toISOString();
  const due: CaseRecord[] = [];
  for (const c of db.all('cases')) if (c.nextStepAt && c.nextStepAt <= now) due.push(c);
  for (let c of due) {
    while (c.nextStepAt && c.nextStepAt <= now) {
      const next = supportReply(c, c.nextStepAt);
      if (!next) {
        c = db.put('cases', c.id, { ...c, nextStepAt: undefined });
        break;
      }
      c = next;
    }
  }
}

/** After the customer's comment: a question answered goes back to the engineer, who answers two days later. */
export function afterCustomerComment(c: CaseRecord, at: string): Pick<CaseRecord, 'status' | 'nextStepAt'> {
  if (c.status === 'awaiting-reply' || c.status === 'in-progress') {
    return { status: 'in-progress', nextStepAt: later(at, REPLY_AFTER_MS) };
  }
  return { status: c.status, nextStepAt: c.nextStepAt };
}

/** A reopened case goes back to its engineer, or waits for one if it never had one. */
export function afterReopen(c: CaseRecord, at: string): Pick<CaseRecord, 'status' | 'nextStepAt'> {
  return c.agentName
    ? { status: 'in-progress', nextStepAt: later(at, REPLY_AFTER_MS) }
    : { status: 'awaiting-assignment', nextStepAt: later(at, ASSIGN_AFTER_MS) };
}

/** A new case is picked up a day later. */
export const firstStepAt = (at: string) => later(at, ASSIGN_AFTER_MS);
