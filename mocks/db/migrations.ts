import type { TableName, Tables } from './types';

/**
 * Rows of the persisted overlay written by an older version, brought to today's shape as they are replayed (the
 * stored state keeps loading, nothing is discarded):
 * - a case's `open` status (there were two: open, closed) becomes `awaiting-assignment`, the status of a case no
 *   support engineer has answered yet; watchers, attachments and comment authors that did not exist default to none
 *   and to the customer.
 */
export function migrateRow<K extends TableName>(table: K, row: Tables[K]): Tables[K] {
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
