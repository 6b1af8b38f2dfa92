import { isSafeName } from '../schemas/common';

/** At most 20 MB per file (binary megabytes, as file managers count them). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** At most 5 files per case (when it is opened) and per comment. */
export const ATTACHMENTS_MAX = 5;
export const ATTACHMENT_NAME_MAX = 255;

type Kind = 'image' | 'pdf' | 'text' | 'zip' | 'har';

interface FileType {
  kind: Kind;
  /** The type the backend serves the file with. */
  mime: string;
  /** Types browsers and systems report for this extension (Windows says application/vnd.ms-excel for CSV…). */
  also?: readonly string[];
}

/**
 * What can be attached, by extension: images, PDF, text, logs, ZIP and HAR. SVG is left out on purpose: it is an
 * image that can carry script. The extension decides the type; a declared MIME type must agree with it, except an
 * empty one or `application/octet-stream`, which browsers send when they do not know the type (often for .log and
 * .har). The backend also checks that a binary file's content starts like its type says.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, FileType>> = {
  png: { kind: 'image', mime: 'image/png' },
  jpg: { kind: 'image', mime: 'image/jpeg' },
  jpeg: { kind: 'image', mime: 'image/jpeg' },
  gif: { kind: 'image', mime: 'image/gif' },
  webp: { kind: 'image', mime: 'image/webp' },
  bmp: { kind: 'image', mime: 'image/bmp', also: ['image/x-ms-bmp'] },
  pdf: { kind: 'pdf', mime: 'application/pdf' },
  txt: { kind: 'text', mime: 'text/plain' },
  csv: { kind: 'text', mime: 'text/csv', also: ['text/plain', 'application/vnd.ms-excel'] },
  log: { kind: 'text', mime: 'text/plain', also: ['text/x-log'] },
  zip: { kind: 'zip', mime: 'application/zip', also: ['application/x-zip-compressed', 'application/x-zip'] },
  har: { kind: 'har', mime: 'application/json', also: ['application/har+json'] },
};

/** The `accept` attribute of the file input: every allowed extension. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((e) => `.${e}`)
  .join(',');

const UNKNOWN_TYPES = new Set(['', 'application/octet-stream']);

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The type a file of this name is served with, when its extension is allowed. */
export const attachmentMimeOf = (name: string): string | undefined =>
  ATTACHMENT_TYPES[extensionOf(name)]?.mime;

/** What is known about a file before it is sent: what the browser's File says. */
export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

/**
 * Why this file cannot be attached (an i18n key of the support namespace), or null when it can. Checked by the
 * form before any upload and by the backend again.
 */
export function attachmentProblem(file: FileFacts): string | null {
  const name = file.name;
  if (
    name.trim().length === 0 ||
    name.length > ATTACHMENT_NAME_MAX ||
    !isSafeName(name) ||
    /[/\\]/.test(name)
  ) {
    return 'validation.attachmentName';
  }
  const type = ATTACHMENT_TYPES[extensionOf(name)];
  const declared = file.type.split(';')[0]!.trim().toLowerCase();
  if (!type || (!UNKNOWN_TYPES.has(declared) && declared !== type.mime && !type.also?.includes(declared))) {
    return 'validation.attachmentType';
  }
  if (file.size > ATTACHMENT_MAX_BYTES) return 'validation.attachmentTooLarge';
  if (file.size === 0) return 'validation.attachmentEmpty';
  return null;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/**
 * Whether the content is what the extension says (the backend's check, once the bytes are there): binary types by
 * their signature, text types by having no NUL byte in their first 8 KB, HAR by being a JSON object.
 */
export function contentMatchesType(name: string, bytes: Uint8Array): boolean {
  const ext = extensionOf(name);
  const type = ATTACHMENT_TYPES[ext];
  if (!type) return false;
  switch (ext) {
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpg':
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'gif':
      return startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
    case 'webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'bmp':
      return startsWith(bytes, ascii('BM'));
    case 'pdf':
      return startsWith(bytes, ascii('%PDF-'));
    case 'zip':
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
    default: {
      const head = bytes.subarray(0, 8192);
      if (head.includes(0)) return false;
      if (type.kind !== 'har') return true;
      const text = new TextDecoder()
        .decode(head)
        .replace(/^\uFEFF/, '')
        .trimStart();
      return text.startsWith('{');
    }
  }
}

/** `1.2 MB`, `340 KB`, `12 bytes`: sizes as people read them (the unit words come from the caller's language). */
export function sizeParts(bytes: number): { value: number; unit: 'bytes' | 'kb' | 'mb' } {
  if (bytes < 1024) return { value: bytes, unit: 'bytes' };
  if (bytes < 1024 * 1024) return { value: Math.round(bytes / 1024), unit: 'kb' };
  return { value: Math.round((bytes / (1024 * 1024)) * 10) / 10, unit: 'mb' };
}
