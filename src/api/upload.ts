import type { z } from './zod';
import { API_BASE, ApiError } from './client';
import { problemSchema } from './schemas/common';

export interface UploadOptions {
  /** The form field that carries the file. */
  field: string;
  /** Sent as `Idempotency-Key`: a retried upload (the fallback below included) is stored once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Share of the file the backend has received so far, 0 to 1. */
  onProgress?: (sent: number) => void;
}

const utf8 = new TextEncoder();

/**
 * The `multipart/form-data` framing around one file, as a browser writes it for a FormData (HTML's rule for the
 * file name: `"` → `%22`, CR and LF → `%0D` `%0A`; the name itself in UTF-8). Written here so that the body can be
 * streamed, and sent the same way by both transports.
 */
export function multipartFraming(file: File, field: string) {
  const boundary = `----admin-console-${crypto.randomUUID()}`;
  const escape = (s: string) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const head = utf8.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="${escape(field)}"; filename="${escape(file.name)}"\r\n` +
      `Content-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`,
  );
  const tail = utf8.encode(`\r\n--${boundary}--\r\n`);
  return { head, tail, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Whether this browser can send a request body as a stream (Chromium; a feature test from the Fetch spec's authors). */
export function supportsRequestStreams(): boolean {
  try {
    let duplexAccessed = false;
    const hasContentType = new Request('data:a/a;charset=utf-8,', {
      body: new ReadableStream(),
      method: 'POST',
      get duplex() {
        duplexAccessed = true;
        return 'half';
      },
    } as RequestInit).headers.has('Content-Type');
    return duplexAccessed && !hasContentType;
  } catch {
    return false;
  }
}

function answerOf<S extends z.ZodMiniType>(status: number, text: string, schema: S): z.output<S> {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (status < 200 || status >= 300) {
    const parsed = problemSchema.safeParse(body);
    throw new ApiError(status, parsed.success ? parsed.data : { status, title: 'Upload failed' });
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError(status, { status, title: 'Unexpected answer', code: 'bad-answer' });
  return result.data;
}

/** Bytes per chunk of a streamed upload: the unit of its progress. */
const STREAM_CHUNK = 256 * 1024;

const networkError = () => new ApiError(0, { status: 0, title: 'network', code: 'network-error' });

/**
 * The body as a stream that the backend pulls: each chunk is read from the file only when the receiver asks for
 * more, so the bytes handed over are the bytes received. This is what shows real progress when the backend is the
 * mock service worker: a service worker reads the stream as it parses the body, and XMLHttpRequest reports no
 * upload progress for a request a service worker answers.
 */
async function streamed(url: string, file: File, headers: Record<string, string>, opts: UploadOptions) {
  const { head, tail, contentType } = multipartFraming(file, opts.field);
  let offset = 0;
  let stage: 'head' | 'file' | 'tail' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (stage === 'head') {
          stage = file.size > 0 ? 'file' : 'tail';
          controller.enqueue(head);
        } else if (stage === 'file') {
          // A slice at a time, read when asked for: nothing of the file is held beyond the chunk being sent.
          const chunk = new Uint8Array(await file.slice(offset, offset + STREAM_CHUNK).arrayBuffer());
          offset += chunk.byteLength;
          if (offset >= file.size) stage = 'tail';
          controller.enqueue(chunk);
          opts.onProgress?.(offset / file.size);
        } else if (stage === 'tail') {
          stage = 'done';
          controller.enqueue(tail);
        } else {
          controller.close();
        }
      },
    },
    { highWaterMark: 0 },
  );
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': contentType },
    body,
    duplex: 'half',
    signal: opts.signal ?? null,
  } as RequestInit);
  return { status: res.status, text: await res.text() };
}

/** The same body over XMLHttpRequest, whose `upload.onprogress` reports the bytes sent over a real network. */
function viaXhr(url: string, file: File, headers: Record<string, string>, opts: UploadOptions) {
  const { head, tail, contentType } = multipartFraming(file, opts.field);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [k, v] of Object.entries({ ...headers, 'Content-Type': contentType }))
      xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
    };
    const abort = () => xhr.abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    const done = () => opts.signal?.removeEventListener('abort', abort);
    xhr.onerror = xhr.ontimeout = () => {
      done();
      reject(networkError());
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    xhr.onload = () => {
      done();
      resolve({ status: xhr.status, text: xhr.responseText });
    };
    // A Blob of the parts refers to the file: nothing is copied into memory.
    xhr.send(new Blob([head as BlobPart, file, tail as BlobPart], { type: contentType }));
  });
}

/**
 * Upload one file as `multipart/form-data` and validate the JSON answer with `schema`; throws ApiError like
 * `request`, a DOMException `AbortError` when `signal` aborts. Streamed where the browser can stream a request body
 * (progress = bytes the backend has read); over XMLHttpRequest otherwise, and when the stream fails before an
 * answer (a server on HTTP/1.1, where browsers refuse request streams): the same Idempotency-Key makes that retry
 * safe.
 */
export async function uploadFile<S extends z.ZodMiniType>(
  path: string,
  file: File,
  schema: S,
  opts: UploadOptions,
): Promise<z.output<S>> {
  if (opts.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  const url = `${API_BASE}${path}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  let answer: { status: number; text: string } | undefined;
  if (supportsRequestStreams()) {
    try {
      answer = await streamed(url, file, headers, opts);
    } catch (e) {
      if (opts.signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) throw e;
      // No answer came: try once more the classic way.
    }
  }
  answer ??= await viaXhr(url, file, headers, opts);
  opts.onProgress?.(1);
  return answerOf(answer.status, answer.text, schema);
}
