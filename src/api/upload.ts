import type { z } from './zod';
import { API_BASE, ApiError } from './client';
import { problemSchema } from './schemas/common';

export interface UploadOptions {
  /** The form field that carries the file. */
  field: string;
  /** Sent as `Idempotency-Key`: a retried upload is stored once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Share of the body sent so far, 0 to 1 (only when the browser reports it). */
  onProgress?: (sent: number) => void;
}

/**
 * Upload one file as `multipart/form-data` and validate the JSON answer with `schema`; throws ApiError like
 * `request`. XMLHttpRequest, not fetch: its `upload.onprogress` reports the bytes sent, which fetch cannot (a
 * streamed request body needs HTTP/2 and is not handed to a service worker, where the mock backend runs).
 */
export function uploadFile<S extends z.ZodMiniType>(
  path: string,
  file: File,
  schema: S,
  opts: UploadOptions,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    if (opts.idempotencyKey) xhr.setRequestHeader('Idempotency-Key', opts.idempotencyKey);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
    };
    const abort = () => xhr.abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    const done = () => opts.signal?.removeEventListener('abort', abort);
    xhr.onerror = xhr.ontimeout = () => {
      done();
      reject(new ApiError(0, { status: 0, title: 'network', code: 'network-error' }));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    xhr.onload = () => {
      done();
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        const parsed = problemSchema.safeParse(body);
        reject(
          new ApiError(
            xhr.status,
            parsed.success ? parsed.data : { status: xhr.status, title: xhr.statusText || 'Upload failed' },
          ),
        );
        return;
      }
      const result = schema.safeParse(body);
      if (result.success) resolve(result.data);
      else
        reject(
          new ApiError(xhr.status, { status: xhr.status, title: 'Unexpected answer', code: 'bad-answer' }),
        );
    };
    const form = new FormData();
    form.append(opts.field, file, file.name);
    xhr.send(form);
  });
}
