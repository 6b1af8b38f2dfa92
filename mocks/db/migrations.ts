import type { AuditObject } from '@/api/schemas/audit-detail';
import type { TableName, Tables } from './types';

const OBJECTS: Record<string, AuditObject> = {
  Administrator: { kind: 'administrator' },
  Invitation: { kind: 'invitation' },
  User: { kind: 'user' },
};

/** An audit entry stored in English (`detail` and `object` were text): kept as written, with no place in the log. */
function migrateAudit(row: Tables['audit']): Tables['audit'] {
  const old = row as Omit<Tables['audit'], 'detail' | 'object' | 'seq'> & {
    detail: unknown;
    object: unknown;
    seq?: number;
  };
  if (typeof old.detail !== 'string' && typeof old.object !== 'string' && typeof old.seq === 'number')
    return row;
  return {
    ...old,
    seq: old.seq ?? 0,
    detail: typeof old.detail === 'string' ? { kind: 'text', text: old.detail } : row.detail,
    object:
      typeof old.object === 'string'
        ? (OBJECTS[old.object] ?? { kind: 'product', productId: '', name: old.object })
        : row.object,
  };
}

/**
 * Rows of the persisted overlay written by an older version, brought to today's shape as they are replayed (the
 * stored state keeps loading, nothing is discarded):
 * - a case's `open` status (there were two: open, closed) becomes `awaiting-assignment`, the status of a case no
 *   support engineer has answered yet; watchers, attachments and comment authors that did not exist default to none
 *   and to the customer;
 * - an audit entry whose `detail` and `object` were English text keeps that text (`{ kind: 'text' }`), shown as
 *   written; the audit log writes every later entry in the reader's language.
 */
export function migrateRow<K extends TableName>(table: K, row: Tables[K]): Tables[K] {
  if (table === 'audit') return migrateAudit(row as Tables['audit']) as Tables[K];
  if (table !== 'cases') return row;
  const c = row as Omit<Tables['cases'], 'status'> & { status: string };
  if (c.status !== 'open' && Array.isArray(c.watchers) && Array.isArray(c.attachments)) return row;
  const migrated: Tables['cases'] = {
    ...c,
    status: c.status === 'open' ? 'awaiting-assignment' : c.status,
    watchers: Array.isArray(c.watchers) ? c.watchers : [],
    attachments: Array.isArray(c.attachments) ? c.attachments : [],
    comments: (c.comments ?? []).map((cm) => ({
      ...cm,
      author: cm.author ?? 'customer',
      attachments: Array.isArray(cm.attachments) ? cm.attachments : [],
    })),
  } as Tables['cases'];
  return migrated as Tables[K];
}
