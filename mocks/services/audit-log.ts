import type { AuditEntry, AuditEvent } from '@/api/schemas/audit';
import type { UserRecord } from '../db/types';
import { runtime } from '../runtime';

const who = (u: UserRecord | null | undefined) =>
  u ? { id: u.id, name: u.name, email: u.email } : undefined;

let n = 0;

/** Append one entry to the audit log. */
export function writeAudit(
  event: AuditEvent,
  detail: string,
  object: string,
  affected?: UserRecord | null,
  admin?: UserRecord | null,
  /** When it happened, if not now (an expiry is logged at the moment the invitation expired). */
  at: string = runtime().now().toISOString(),
): AuditEntry {
  const rt = runtime();
  n += 1;
  const id = `aud-${Date.now().toString(36)}-${n.toString(36)}-${rt.db.count('audit')}`;
  const entry: AuditEntry = { id, at, event, detail, object, affectedUser: who(affected), admin: who(admin) };
  return rt.db.put('audit', id, entry);
}
