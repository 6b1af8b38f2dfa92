import Papa from 'papaparse';
import { nameKey } from '@/api/rules/name-key';
import { BULK_GRANT_MAX_ROWS, type BulkGrantRow } from '@/api/schemas/bulk-grant';
import { defuseCell } from '@/lib/csv';
import { instanceName, roleByName, supportOptionByName } from './csv-names';

/** The template's columns, in order: the file format (the same in every language). */
export const CSV_COLUMNS = [
  'Email',
  'First name',
  'Last name',
  'Admin roles',
  'Products',
  'Product profiles',
  'User groups',
  'Support',
  'Marketo Engage instances',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Without these a file cannot say who gets what. */
const REQUIRED: readonly CsvColumn[] = ['Email', 'Admin roles'];
/** Several values in one cell are separated by this. */
export const VALUE_SEPARATOR = ';';

/** One person of the file: its cells as written, by column (a column the file lacks reads ''). */
export type CsvRecord = Record<CsvColumn, string>;

export type CsvProblem = 'encoding' | 'missing-header' | 'too-many-rows' | 'empty' | 'malformed';
export type ParsedCsv = { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvProblem; row?: number };

/** The file's text when it is UTF-8 (a byte order mark is dropped); null when it is not (e.g. Windows-1252). */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The people of a CSV text, by PapaParse: header row first (column names matched without regard to case),
 * comma, semicolon or tab between cells. At most BULK_GRANT_MAX_ROWS rows; Papa stops reading after one more.
 */
export function parseBulkCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    preview: BULK_GRANT_MAX_ROWS + 2,
  });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) return { ok: false, problem: 'malformed', row: quote.row ?? 0 };
  const [header = [], ...data] = parsed.data;
  const columnAt = header.map((h) => CSV_COLUMNS.find((c) => nameKey(c) === nameKey(h)));
  if (REQUIRED.some((c) => !columnAt.includes(c))) return { ok: false, problem: 'missing-header' };
  if (data.length === 0) return { ok: false, problem: 'empty' };
  if (data.length > BULK_GRANT_MAX_ROWS) return { ok: false, problem: 'too-many-rows' };
  const records = data.map((cells) => {
    const r = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRecord;
    cells.forEach((v, i) => {
      const c = columnAt[i];
      if (c) r[c] = v;
    });
    return r;
  });
  return { ok: true, records };
}

const valuesOf = (cell: string) =>
  cell
    .split(VALUE_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The request row of a record: role and support names of the role picker (English or French) become their ids, and
 * a support option named in `Admin roles` gives the Support administrator role with it. A name that is none of
 * them is sent as written, and the server judges it an unknown role or option. Cells are data, sent as text.
 */
export function toBulkRow(r: CsvRecord): BulkGrantRow {
  const roles = new Set<string>();
  const support = new Set<string>();
  for (const v of valuesOf(r['Admin roles'])) {
    const known = roleByName(v);
    roles.add(known?.role ?? v);
    if (known?.support) support.add(known.support);
  }
  for (const v of valuesOf(r.Support)) support.add(supportOptionByName(v) ?? v);
  const first = r['First name'].trim();
  const last = r['Last name'].trim();
  return {
    email: r.Email.trim(),
    ...(first ? { firstName: first } : {}),
    ...(last ? { lastName: last } : {}),
    roles: [...roles],
    support: [...support],
    products: valuesOf(r.Products),
    productProfiles: valuesOf(r['Product profiles']),
    userGroups: valuesOf(r['User groups']),
    instances: valuesOf(r['Marketo Engage instances']).map(instanceName),
  };
}

const unparse = (fields: string[], data: string[][]) =>
  Papa.unparse(
    { fields: fields.map(defuseCell), data: data.map((row) => row.map(defuseCell)) },
    { newline: '\r\n' },
  );

/** The template: the header row and one example row. */
export function templateCsv(example: Partial<CsvRecord>): string {
  return unparse([...CSV_COLUMNS], [CSV_COLUMNS.map((c) => example[c] ?? '')]);
}

/**
 * The rows that were not granted, as they were written, with a last column saying why. Every cell that a spreadsheet
 * would run as a formula is defused (`=`, `+`, `-`, `@`): the file's text is data, never a formula.
 */
export function failedRowsCsv(
  failed: readonly { record: CsvRecord; result: string }[],
  resultHeader: string,
): string {
  return unparse(
    [...CSV_COLUMNS, resultHeader],
    failed.map(({ record, result }) => [...CSV_COLUMNS.map((c) => record[c]), result]),
  );
}
