import { HttpResponse, type http, type JsonBodyType } from 'msw';
import type { z } from '@/api/zod';
import type { Problem } from '@/api/schemas/common';
import { runtime } from './runtime';

export const API = '/api';

const utf8 = new TextEncoder();

/**
 * `HttpResponse.json`, its Content-Length counted here. msw counts it with `new Blob([text]).size`, and in
 * Chromium creating a Blob is a round trip to the browser process (measured at ~0.7 ms per response when the
 * backend ran in the page), on the path of every search-as-you-type request.
 */
export function json(body: JsonBodyType, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  headers.set('Content-Length', String(utf8.encode(text).length));
  return new HttpResponse(text, { ...init, headers });
}

/** An error response in the one documented shape (RFC 9457 problem details). */
export function problem(status: number, title: string, extra: Omit<Problem, 'status' | 'title'> = {}) {
  return HttpResponse.json({ status, title, ...extra } satisfies Problem, {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export const notFound = (what: string) => problem(404, `${what} not found`, { code: 'not-found' });

/** Thrown inside a handler to answer with a problem; `withProblems` turns it into the response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly extra: Omit<Problem, 'status' | 'title'> = {},
  ) {
    super(title);
  }
}

/** Parse and validate a JSON body with the same zod schema the client uses; 400 with field errors. */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new ProblemError(400, 'The request body is not valid JSON', { code: 'invalid-json' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || '_';
      (errors[path] ??= []).push(issue.message);
    }
    throw new ProblemError(400, 'The request is not valid', { code: 'validation', errors });
  }
  return parsed.data;
}

/** What MSW passes to a resolver (request, params, cookies…). */
export type ResolverInfo = Parameters<Parameters<typeof http.get>[1]>[0];

/** Wrap a resolver so a thrown ProblemError becomes its response. */
export function withProblems(fn: (info: ResolverInfo) => Promise<Response> | Response) {
  return async (info: ResolverInfo): Promise<Response> => {
    try {
      return await fn(info);
    } catch (e) {
      if (e instanceof ProblemError) return problem(e.status, e.title, e.extra);
      throw e;
    }
  };
}

/**
 * Idempotency: a retried POST with the same `Idempotency-Key` gets the first answer again
 * instead of doing the work twice (double click, retry after a timeout).
 */
export async function idempotent(
  request: Request,
  work: () => Promise<Response> | Response,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return work();
  const db = runtime().db;
  const scoped = `${request.method} ${new URL(request.url).pathname} ${key}`;
  const inflight = pending.get(scoped);
  if (inflight) return (await inflight).clone();
  const seen = db.get('idempotency', scoped);
  if (seen)
    return HttpResponse.json(seen.body as JsonBodyType, {
      status: seen.status,
      headers: { 'Idempotent-Replay': 'true' },
    });
  const p = Promise.resolve(work());
  pending.set(scoped, p);
  try {
    const res = await p;
    if (res.status < 500) {
      const body: unknown = await res
        .clone()
        .json()
        .catch(() => null);
      db.put('idempotency', scoped, {
        key: scoped,
        status: res.status,
        body,
        at: runtime().now().toISOString(),
      });
    }
    return res.clone();
  } finally {
    pending.delete(scoped);
  }
}
const pending = new Map<string, Promise<Response>>();

export function pageParams(url: URL, maxPageSize = 100) {
  const page = Math.max(1, Math.min(100_000, Number(url.searchParams.get('page') ?? '1') || 1));
  const pageSize = Math.max(1, Math.min(maxPageSize, Number(url.searchParams.get('pageSize') ?? '20') || 20));
  const q = (url.searchParams.get('q') ?? '').slice(0, 200);
  return { page, pageSize, q };
}

export function paginate<T>(items: T[], page: number, pageSize: number) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}
