import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { UserRecord } from './db/types';
import { ProblemError, idempotencyKeyOf, problemAnswer, respond, type Answer } from './http';
import { runtime } from './runtime';

/** JSON with the keys of every object sorted: the same body written in another key order is the same body. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          )
        : v,
    ) ?? 'null'
  );
}

/** How long a stored answer is kept, on the mock clock: a day, as the IETF draft's examples and most APIs do. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The work's answer; a refusal it finds (a ProblemError) is an answer too, stored like any other. */
function run(work: () => Answer): Answer {
  try {
    return work();
  } catch (e) {
    if (e instanceof ProblemError) return problemAnswer(e.status, e.title, e.extra);
    throw e;
  }
}

/**
 * Idempotency (IETF `Idempotency-Key` draft): a retried request with the same key gets the first answer again,
 * marked `Idempotent-Replay: true`, instead of doing the work twice (double click, retry after a timeout).
 *
 * Call it last, once the handler has authenticated the caller, read and validated the body, and checked the
 * caller's rights and ownership: `caller` and `body` are what those checks produced, so a replay can only ever
 * follow them. The stored answer is keyed on the caller, the method, the path and the key, with a SHA-256
 * fingerprint of the body (canonical JSON): the same key with another body is 422 `idempotency-key-reused`.
 * A stored answer lives 24 hours on the mock clock; after that the key is forgotten.
 *
 * `work` is synchronous on purpose: between the look-up and the store nothing else runs, so concurrent
 * duplicates make one effect, and the records the checks read are the ones the work changes.
 */
export function idempotent(
  request: Request,
  caller: UserRecord,
  body: unknown,
  work: () => Answer,
): Response {
  const key = idempotencyKeyOf(request);
  if (key === null) return respond(run(work));
  const db = runtime().db;
  const scope = JSON.stringify([caller.id, request.method, new URL(request.url).pathname, key]);
  const fingerprint = bytesToHex(sha256(utf8ToBytes(canonicalJson(body))));
  const stored = db.get('idempotency', scope);
  // A key older than its lifetime is forgotten: the request is new again.
  const seen =
    stored && runtime().now().getTime() - Date.parse(stored.at) < IDEMPOTENCY_KEY_LIFETIME_MS
      ? stored
      : undefined;
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      throw new ProblemError(422, 'This Idempotency-Key was already used for another request', {
        code: 'idempotency-key-reused',
      });
    }
    return respond(seen.answer, { 'Idempotent-Replay': 'true' });
  }
  const answer = run(work);
  if (answer.status < 500) {
    // A copy: the replay is the answer as it was, whatever happens to the records it was made of.
    const stored: Answer = JSON.parse(JSON.stringify(answer)) as Answer;
    db.put('idempotency', scope, {
      key: scope,
      fingerprint,
      answer: stored,
      at: runtime().now().toISOString(),
    });
  }
  return respond(answer);
}
