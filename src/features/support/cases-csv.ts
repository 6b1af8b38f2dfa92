import Papa from 'papaparse';
import type { SupportCaseView } from '@/api/schemas/support';
import { csvFileName, defuseCell } from '@/lib/csv';

export interface CasesCsvLabels {
  headers: [
    caseNumber: string,
    title: string,
    product: string,
    priority: string,
    status: string,
    requestor: string,
    created: string,
    updated: string,
    closed: string,
  ];
  priority: (p: SupportCaseView['priority']) => string;
  status: (s: SupportCaseView['status']) => string;
}

/** The CSV text of `cases` (Download cases): quoting by Papa.unparse, cells a spreadsheet would run defused. */
export function buildCasesCsv(cases: readonly SupportCaseView[], labels: CasesCsvLabels): string {
  const rows = cases.map((c) =>
    [
      c.id,
      c.title,
      c.productName,
      labels.priority(c.priority),
      labels.status(c.status),
      c.ownerName,
      c.createdAt,
      c.updatedAt,
      c.closedAt ?? '',
    ].map(defuseCell),
  );
  return Papa.unparse({ fields: labels.headers.map(defuseCell), data: rows }, { newline: '\r\n' });
}

/** `organization-cases-YYYY-MM-DD.csv` for the given day (local date). */
export const casesCsvFileName = (day: Date) => csvFileName('organization-cases', day);
