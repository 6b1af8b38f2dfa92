import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  decodeUtf8,
  failedRowsCsv,
  parseBulkCsv,
  templateCsv,
  toBulkRow,
  type CsvRecord,
} from '@/features/administrators/model/bulk-csv';

const HEADER = CSV_COLUMNS.join(',');
const records = (text: string): CsvRecord[] => {
  const p = parseBulkCsv(text);
  if (!p.ok) throw new Error(p.problem);
  return p.records;
};

describe('Add admins from CSV: reading the file', () => {
  it('reads the template back: its header, and its example row as the picker names it', () => {
    const csv = templateCsv({
      Email: 'first.last@example.com',
      'Admin roles': 'Support administrator; Product administrator',
      Products: 'Adobe Analytics',
      Support: 'Basic support administrator; Product support administrator',
      'Marketo Engage instances': 'Marketo Engage - Acme Production',
    });
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    expect(records(csv).map(toBulkRow)).toEqual([
      {
        email: 'first.last@example.com',
        roles: ['support', 'product'],
        support: ['basic', 'productSupport'],
        products: ['Adobe Analytics'],
        productProfiles: [],
        userGroups: [],
        instances: ['Acme Production'],
      },
    ]);
  });

  it('knows role and support names in English and French, any case or apostrophe; other names go as written', () => {
    const text = [
      'email;admin roles;support',
      'a@acme.example;"Administrateur d\'assistance; administrateur SYSTÈME";Assistance produit',
      'b@acme.example;"Basic support administrator; Chief admin";Gold',
    ].join('\n');
    expect(records(text).map((r) => [toBulkRow(r).roles, toBulkRow(r).support])).toEqual([
      [['support', 'system'], ['productSupport']],
      [
        ['support', 'Chief admin'],
        ['basic', 'Gold'],
      ],
    ]);
  });

  it('refuses a file without the header, with no row, with more than 5,000 rows, or with broken quotes', () => {
    expect(parseBulkCsv('a@acme.example,Deployment administrator\n')).toEqual({
      ok: false,
      problem: 'missing-header',
    });
    expect(parseBulkCsv(`${HEADER}\n`)).toEqual({ ok: false, problem: 'empty' });
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@acme.example,,,Deployment`);
    expect(parseBulkCsv([HEADER, ...rows(5001)].join('\n'))).toEqual({ ok: false, problem: 'too-many-rows' });
    expect(records([HEADER, ...rows(5000)].join('\n'))).toHaveLength(5000);
    expect(parseBulkCsv(`${HEADER}\n"a@acme.example,x\n`)).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('takes UTF-8 only (byte order mark dropped): Windows-1252 bytes are refused, not misread', () => {
    const utf8 = new TextEncoder().encode('\uFEFFEmail,Admin roles\nelodie@acme.example,Élodie');
    expect(decodeUtf8(utf8.buffer)).toBe('Email,Admin roles\nelodie@acme.example,Élodie');
    const latin1 = new Uint8Array([0x45, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xc9, 0x6c, 0x6f]); // "Email\nÉlo" in cp1252
    expect(decodeUtf8(latin1.buffer)).toBeNull();
  });

  it('keeps formula-looking cells as data, and exports the failed rows with them defused', () => {
    const [r] = records(`${HEADER}\n=HYPERLINK("http://x"),+1,@SUM(A1),-2+3`);
    expect(toBulkRow(r!)).toMatchObject({
      email: '=HYPERLINK("http://x")',
      firstName: '+1',
      lastName: '@SUM(A1)',
      roles: ['-2+3'],
    });
    const out = Papa.parse<string[]>(
      failedRowsCsv([{ record: r!, result: 'The email address is not valid.' }], 'Result'),
    ).data;
    expect(out[0]).toEqual([...CSV_COLUMNS, 'Result']);
    expect(out[1]!.slice(0, 4)).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'@SUM(A1)", "'-2+3"]);
    expect(out[1]![9]).toBe('The email address is not valid.');
  });
});
