import { downloadBlob } from './download';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab / carriage return)
 * gets a leading apostrophe, so it is shown as text (CSV injection).
 */
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** `<prefix>-YYYY-MM-DD.csv` for the given day (local date). */
export function csvFileName(prefix: string, day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.csv`;
}

/** Hand the CSV to the browser as a download (UTF-8 with BOM so spreadsheets read accents right). */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
