import { HttpResponse, type http, type JsonBodyType } from 'msw';
import { z } from '@/api/zod';
import type { Problem } from '@/api/schemas/common';

/** zod's English messages for the checks without one of their own: 400 answers quote them, as classic zod wrote them. */
z.config(z.locales.en());

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

/** An answer as data: what a mutation's work returns, and what is stored to replay it. */
export interface Answer {
  status: number;
  /** JSON body; none for a 204. */
  body?: JsonBodyType;
  headers?: Record<string, string>;
}

/** The response of an answer (`extra` headers added). */
export function respond(a: Answer, extra: Record<string, string> = {}): Response {
  const headers = { ...a.headers, ...extra };
  if (a.body === undefined) return new HttpResponse(null, { status: a.status, headers });
  return json(a.body, { status: a.status, headers });
}

/** The answer of an error in the one documented shape (RFC 9457 problem details). */
export function problemAnswer(
  status: number,
  title: string,
  extra: Omit<Problem, 'status' | 'title'> = {},
): Answer {
  return {
    status,
    body: { status, title, ...extra } satisfies Problem,
    headers: { 'Content-Type': 'application/problem+json' },
  };
}

/** An error response in the one documented shape (RFC 9457 problem details). */
export function problem(status: number, title: string, extra: Omit<Problem, 'status' | 'title'> = {}) {
  return respond(problemAnswer(status, title, extra));
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

/** Longest `Idempotency-Key` accepted (the IETF draft leaves it to the server; 255 is common). */
export const IDEMPOTENCY_KEY_MAX = 255;

/** The request's `Idempotency-Key`, or null without one; 400 when it is empty or longer than 255 characters. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return null;
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX) {
    throw new ProblemError(
      400,
      `The Idempotency-Key header must have 1 to ${IDEMPOTENCY_KEY_MAX} characters`,
      {
        code: 'invalid-idempotency-key',
      },
    );
  }
  return key;
}

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Parse and validate a JSON body with the same zod schema the client uses: 415 unless it is sent as
 * `application/json`, 400 with field errors when it is not valid. The request's headers are validated too.
 */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S>> {
  idempotencyKeyOf(request);
  if (!JSON_MEDIA_TYPE.test(request.headers.get('Content-Type') ?? '')) {
    throw new ProblemError(415, 'Send the request body as application/json', {
      code: 'unsupported-media-type',
    });
  }
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

/** For a mutation that takes no body (a body sent anyway is ignored): validates its headers; the body is `null`. */
export function readNoBody(request: Request): null {
  idempotencyKeyOf(request);
  return null;
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

/** A whole number from 1 to `max` (clamped to `max`), `fallback` when absent; 400 otherwise. */
function wholeNumber(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const n = /^[0-9]{1,9}$/.test(raw) ? Number(raw) : 0;
  if (n < 1) {
    throw new ProblemError(400, `${name} must be a whole number from 1`, { code: 'validation' });
  }
  return Math.min(max, n);
}

/** Paging and search of a list: `page` and `pageSize` whole numbers (400 otherwise), `q` at most 200 characters. */
export function pageParams(url: URL, maxPageSize = 100) {
  const page = wholeNumber(url, 'page', 1, 100_000);
  const pageSize = wholeNumber(url, 'pageSize', 20, maxPageSize);
  const q = (url.searchParams.get('q') ?? '').slice(0, 200);
  return { page, pageSize, q };
}

export function paginate<T>(items: T[], page: number, pageSize: number) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}
