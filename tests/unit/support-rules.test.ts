/** The rules the case form and the handlers share: attachments (issue #17 item 2), phone numbers (item 5). */
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, attachmentProblem, contentMatchesType } from '@/api/rules/attachments';
import { isValidPhone, optionalPhoneSchema, telHref } from '@/api/schemas/common';

const file = (name: string, type: string, size = 10) => ({ name, type, size });

describe('attachmentProblem: type by extension, a declared MIME type that agrees, 20 MB, a usable name', () => {
  it.each([
    [file('screen.PNG', 'image/png'), null],
    [file('photo.jpeg', 'image/jpeg'), null],
    [file('report.pdf', 'application/pdf'), null],
    [file('export.csv', 'application/vnd.ms-excel'), null], // what Windows reports for CSV
    [file('server.log', ''), null], // browsers often know no type for .log
    [file('network.har', 'application/octet-stream'), null],
    [file('bundle.zip', 'application/x-zip-compressed'), null],
    [file('notes.txt', 'text/plain; charset=utf-8'), null],
    [file('exactly.zip', 'application/zip', ATTACHMENT_MAX_BYTES), null],
    [file('too.zip', 'application/zip', ATTACHMENT_MAX_BYTES + 1), 'validation.attachmentTooLarge'],
    [file('empty.txt', 'text/plain', 0), 'validation.attachmentEmpty'],
    [file('setup.exe', 'application/octet-stream'), 'validation.attachmentType'],
    [file('drawing.svg', 'image/svg+xml'), 'validation.attachmentType'],
    [file('page.html', 'text/html'), 'validation.attachmentType'],
    [file('page.png', 'text/html'), 'validation.attachmentType'], // the MIME type contradicts the name
    [file('README', 'text/plain'), 'validation.attachmentType'], // no extension
    [file('a/b.png', 'image/png'), 'validation.attachmentName'],
    [file('bad\u202Egnp.exe', 'image/png'), 'validation.attachmentName'], // a right-to-left override
    [file(`${'x'.repeat(252)}.png`, 'image/png'), 'validation.attachmentName'],
  ])('%o → %s', (f, expected) => {
    expect(attachmentProblem(f)).toBe(expected);
  });

  it('checks a binary file’s signature and that text is text', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(contentMatchesType('a.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(true);
    expect(contentMatchesType('a.png', new TextEncoder().encode('<html>'))).toBe(false);
    expect(contentMatchesType('a.pdf', new TextEncoder().encode('%PDF-1.7'))).toBe(true);
    expect(contentMatchesType('a.zip', bytes(0x50, 0x4b, 0x03, 0x04))).toBe(true);
    expect(contentMatchesType('a.log', bytes(0x41, 0x00, 0x42))).toBe(false);
    expect(contentMatchesType('a.har', new TextEncoder().encode('\uFEFF {"log":{}}'))).toBe(true);
  });
});

describe('phone numbers: international (E.164: +, country code, 8 to 15 digits)', () => {
  it.each([
    ['+44 20 7946 0000', true],
    ['+1 (800) 555-0100', true],
    ['+61.2.5550.0000', true],
    ['+4930123456', true],
    ['+123456789012345', true], // 15 digits
    ['+1234567890123456', false], // 16
    ['+1234567', false], // 7
    ['020 7946 0000', false], // no country code
    ['0044 20 7946 0000', false],
    ['+0 20 7946 0000', false],
    ['+44 20 7946 0000 ext 12', false],
    ['+44 (0) 20 7946 0000x', false],
  ])('%s → %s', (v, ok) => {
    expect(isValidPhone(v)).toBe(ok);
  });

  it('keeps the number as typed (spaces collapsed), none when empty, and dials the digits', () => {
    expect(optionalPhoneSchema.parse('  +44 20   7946 0000 ')).toBe('+44 20 7946 0000');
    expect(optionalPhoneSchema.parse('')).toBeUndefined();
    expect(optionalPhoneSchema.safeParse('call me').error?.issues[0]?.message).toBe(
      'validation.phoneInvalid',
    );
    expect(telHref('+1 (800) 555-0100')).toBe('tel:+18005550100');
  });
});
