import type { AuditEvent } from '@/api/schemas/audit';
import type { AuditDetail, AuditObject } from '@/api/schemas/audit-detail';
import type { AuditRecord, CaseRecord, UserRecord } from '../db/types';
import { runtime } from '../runtime';

const who = (u: UserRecord | null | undefined) =>
  u ? { id: u.id, name: u.name, email: u.email } : undefined;

let n = 0;

/** Append one entry to the audit log. */
export function writeAudit(
  event: AuditEvent,
  detail: AuditDetail,
  object: AuditObject,
  affected?: UserRecord | null,
  admin?: UserRecord | null,
  /** When it happened, if not now (an expiry is logged at the moment the invitation expired). */
  at: string = runtime().now().toISOString(),
): AuditRecord {
  const rt = runtime();
  n += 1;
  // The log is append-only: one more than the count orders entries written in the same instant.
  const seq = rt.db.count('audit') + 1;
  const id = `aud-${Date.now().toString(36)}-${n.toString(36)}-${seq - 1}`;
  const entry: AuditRecord = {
    id,
    seq,
    at,
    event,
    detail,
    object,
    affectedUser: who(affected),
    admin: who(admin),
  };
  return rt.db.put('audit', id, entry);
}

/** A support case's audit detail (opened, closed, reopened): its number and title. */
export const caseDetail = (c: Pick<CaseRecord, 'id' | 'title'>): AuditDetail => ({
  kind: 'case',
  caseId: c.id,
  title: c.title,
});

/** A support case's audit object: its product. */
export const productOf = (c: Pick<CaseRecord, 'productId' | 'productName'>): AuditObject => ({
  kind: 'product',
  productId: c.productId,
  name: c.productName,
});
