import type { z } from './zod';
import { problemSchema, type Problem } from './schemas/common';

/** Base URL of the backend: the mock backend answers under /api; a real one may live elsewhere. */
export const API_BASE = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '/api';

/** A failed request: HTTP status (0 for a network failure) and the problem body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
    this.name = 'ApiError';
  }
  get code(): string | undefined {
    return this.problem.code;
  }
  /** Field path → i18n keys of the messages the server gave. */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: a retry of the same action is done once. */
  idempotencyKey?: string;
  /** `blob`: the answer is a file (a download), handed to `schema` as a Blob instead of parsed JSON. */
  as?: 'json' | 'blob';
}

function urlOf(path: string, query?: RequestOptions['query']): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return `${API_BASE}${path}${s ? `?${s}` : ''}`;
}

/** Fetch JSON from the backend and validate it with `schema`. Throws ApiError on any failure. */
export async function request<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  opts: RequestOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { Accept: opts.as === 'blob' ? '*/*' : 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(urlOf(path, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
      signal: opts.signal ?? null,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    if (opts.signal?.aborted) throw e;
    throw new ApiError(0, { status: 0, title: 'network', code: 'network-error' });
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const parsed = problemSchema.safeParse(body);
    throw new ApiError(
      res.status,
      parsed.success ? parsed.data : { status: res.status, title: res.statusText || 'Request failed' },
    );
  }
  if (res.status === 204) return schema.parse(undefined);
  if (opts.as === 'blob') return schema.parse(await res.blob());
  const json: unknown = await res.json();
  return schema.parse(json);
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
