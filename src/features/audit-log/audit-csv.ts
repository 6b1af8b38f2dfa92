import Papa from 'papaparse';
import type { AuditEntry } from '@/api/schemas/audit';
import { csvFileName, defuseCell } from '@/lib/csv';

export interface AuditCsvLabels {
  headers: [date: string, event: string, detail: string, object: string, affectedUser: string, admin: string];
  eventName: (event: AuditEntry['event']) => string;
  /** The entry's Detail and Object as the table writes them (audit-text.ts). */
  detail: (entry: AuditEntry) => string;
  object: (entry: AuditEntry) => string;
}

const person = (p: AuditEntry['admin']) => (p ? `${p.name} (${p.email})` : '');

/** The CSV text of `entries`: quoting by Papa.unparse (commas, quotes, newlines), formulas defused. */
export function buildAuditCsv(entries: readonly AuditEntry[], labels: AuditCsvLabels): string {
  const rows = entries.map((e) =>
    [
      e.at,
      labels.eventName(e.event),
      labels.detail(e),
      labels.object(e),
      person(e.affectedUser),
      person(e.admin),
    ].map(defuseCell),
  );
  return Papa.unparse({ fields: labels.headers.map(defuseCell), data: rows }, { newline: '\r\n' });
}

/** `audit-log-YYYY-MM-DD.csv` for the given day (local date). */
export const auditCsvFileName = (day: Date) => csvFileName('audit-log', day);
