/**
 * A `multipart/form-data` body with one file, written out byte for byte (what a browser sends for a FormData).
 * Tests build it by hand: in jsdom, a FormData's File reaches the Node request as a Blob named `blob` (Vitest's
 * jsdom compatibility layer converts it), so the file's name would be lost.
 */
export function multipartFile(
  name: string,
  type: string,
  bytes: Uint8Array,
  field = 'file',
): { body: Uint8Array; type: string } {
  const boundary = `----test-boundary-${name.length}-${bytes.length}`;
  const enc = new TextEncoder();
  const head = enc.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name.replace(/"/g, '%22')}"\r\n` +
      `Content-Type: ${type}\r\n\r\n`,
  );
  const tail = enc.encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + bytes.length + tail.length);
  body.set(head, 0);
  body.set(bytes, head.length);
  body.set(tail, head.length + bytes.length);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** A PNG signature and a few bytes: passes the upload's content check. */
export const pngBytes = (extra = 0) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, extra]);
