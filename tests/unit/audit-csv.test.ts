import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/api/schemas/audit';
import { auditCsvFileName, buildAuditCsv } from '@/features/audit-log/audit-csv';
import { defuseCell } from '@/lib/csv';

const labels = {
  headers: ['Date', 'Event', 'Detail', 'Object', 'Affected user', 'Admin'] as [
    string,
    string,
    string,
    string,
    string,
    string,
  ],
  eventName: (e: string) => `EV:${e}`,
  // The table's writers (audit-text.ts) are tested on their own; here the CSV cells only.
  detail: (e: AuditEntry) => (e.detail.kind === 'text' ? e.detail.text : `DETAIL:${e.detail.kind}`),
  object: (e: AuditEntry) => (e.object.kind === 'product' ? e.object.name : `OBJ:${e.object.kind}`),
};

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 'a1',
  at: '2026-03-01T10:00:00.000Z',
  event: 'admin.granted',
  detail: { kind: 'text', text: 'Granted: System' },
  object: { kind: 'administrator' },
  ...over,
});

describe('buildAuditCsv', () => {
  it('writes a header row and one row per entry, in order', () => {
    const csv = buildAuditCsv([entry({}), entry({ id: 'a2', event: 'invitation.sent' })], labels);
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(labels.headers);
    expect(rows[1]).toEqual([
      '2026-03-01T10:00:00.000Z',
      'EV:admin.granted',
      'Granted: System',
      'OBJ:administrator',
      '',
      '',
    ]);
    expect(rows[2]?.[1]).toBe('EV:invitation.sent');
    expect(rows).toHaveLength(3);
  });

  it('quotes commas, double quotes and newlines so the cells read back exactly', () => {
    const nasty = 'Doe, "Jr"\nsecond line';
    const csv = buildAuditCsv(
      [
        entry({
          detail: { kind: 'text', text: nasty },
          affectedUser: { id: 'u', name: "Seán O'Brien, Ph.D.", email: 's@x.example' },
        }),
      ],
      labels,
    );
    expect(csv).toContain('"Doe, ""Jr""\nsecond line"');
    const row = Papa.parse<string[]>(csv).data[1]!;
    expect(row[2]).toBe(nasty);
    expect(row[4]).toBe("Seán O'Brien, Ph.D. (s@x.example)");
  });

  it('keeps HTML-looking names as plain text', () => {
    const name = '<img src=x onerror=alert(1)> <b>Bold</b>';
    const csv = buildAuditCsv([entry({ admin: { id: 'u', name, email: 'p@acme.example' } })], labels);
    expect(Papa.parse<string[]>(csv).data[1]?.[5]).toBe(`${name} (p@acme.example)`);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = buildAuditCsv(
      [
        entry({
          detail: { kind: 'text', text: '=HYPERLINK("http://evil.example","x")' },
          object: { kind: 'product', productId: 'p', name: '+1+2' },
          affectedUser: { id: 'u', name: '-2+3', email: 'a@b.example' },
          admin: { id: 'v', name: '@SUM(A1)', email: 'c@d.example' },
        }),
      ],
      labels,
    );
    const row = Papa.parse<string[]>(csv).data[1]!;
    expect(row[2]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(row[3]).toBe("'+1+2");
    expect(row[4]).toBe("'-2+3 (a@b.example)");
    expect(row[5]).toBe("'@SUM(A1) (c@d.example)");
  });

  it('defuseCell leaves ordinary text alone', () => {
    expect(defuseCell('Acme Corp')).toBe('Acme Corp');
    expect(defuseCell('a=b')).toBe('a=b');
    expect(defuseCell('\tx')).toBe("'\tx");
  });

  it('names the file after the day', () => {
    expect(auditCsvFileName(new Date(2026, 0, 5, 23, 59))).toBe('audit-log-2026-01-05.csv');
  });
});
