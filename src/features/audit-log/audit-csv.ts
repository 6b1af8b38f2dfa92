import Papa from 'papaparse';
import type { AuditEntry } from '@/api/schemas/audit';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab / carriage return)
 * gets a leading apostrophe, so it is shown as text (CSV injection).
 */
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface AuditCsvLabels {
  headers: [date: string, event: string, detail: string, object: string, affectedUser: string, admin: string];
  eventName: (event: AuditEntry['event']) => string;
}

const person = (p: AuditEntry['admin']) => (p ? `${p.name} (${p.email})` : '');

/** The CSV text of `entries`: quoting by Papa.unparse (commas, quotes, newlines), formulas defused. */
export function buildAuditCsv(entries: readonly AuditEntry[], labels: AuditCsvLabels): string {
  const rows = entries.map((e) =>
    [e.at, labels.eventName(e.event), e.detail, e.object, person(e.affectedUser), person(e.admin)].map(
      defuseCell,
    ),
  );
  return Papa.unparse({ fields: labels.headers.map(defuseCell), data: rows }, { newline: '\r\n' });
}

/** `audit-log-YYYY-MM-DD.csv` for the given day (local date). */
export function auditCsvFileName(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `audit-log-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.csv`;
}

/** Hand the CSV to the browser as a download (UTF-8 with BOM so spreadsheets read accents right). */
export function downloadCsv(csv: string, fileName: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
