import { setSession } from '@mocks/auth';
import { PEOPLE, type PersonKey } from '@mocks/db/seed';

/** Sign in as a persona of the seed, a user id, or nobody (`null`). */
export function signIn(who: PersonKey | null | { id: string }): void {
  if (who === null) setSession(null);
  else setSession(typeof who === 'string' ? PEOPLE[who].id : who.id);
}

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the handler answered
  body: any;
  headers: Headers;
  /** The problem's `code`, when the answer is a problem. */
  code: string | undefined;
}

export interface CallOptions {
  /** Sent as `Idempotency-Key`. */
  key?: string;
  /** The body's Content-Type (default `application/json` when there is a body). */
  type?: string | null;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** One request to the mock backend as whoever is signed in, its answer read once. */
export async function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  { key, type = 'application/json' }: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  // Bytes (e.g. tests/utils/multipart.ts) are sent as they are, with the `type` given.
  const raw = body instanceof Uint8Array;
  if (body !== undefined && type) headers['Content-Type'] = type;
  if (key !== undefined) headers['Idempotency-Key'] = key;
  const res = await fetch(path, {
    method,
    headers,
    body:
      body === undefined
        ? null
        : raw || typeof body === 'string'
          ? (body as Uint8Array<ArrayBuffer> | string)
          : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = parseJson(text);
  const code = (parsed as { code?: unknown } | null)?.code;
  return {
    status: res.status,
    body: parsed,
    headers: res.headers,
    code: typeof code === 'string' ? code : undefined,
  };
}
