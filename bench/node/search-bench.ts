/**
 * Node half of the benchmark: the directory search over 2,000 and 100,000 users, timed at two levels —
 * the prefix index alone (`db.directory.search`) and the real `GET /api/users?q=` handler through MSW's
 * Node server (auth, paging and serialisation included). Built for Node by bench/run.mjs.
 */
import { setupServer } from 'msw/node';
import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';
import { handlers } from '@mocks/handlers';
import { configureRuntime, runtime, type Scenario } from '@mocks/runtime';
import { SEARCH_QUERIES } from './queries';

export { SEARCH_QUERIES };

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

export function percentiles(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}

export interface SearchResult {
  users: number;
  seedMs: number;
  index: Timing;
  handler: Timing;
  avgMatches: number;
}

// Handlers are declared with relative paths ('/api/users'), resolved against the page's location as in a browser.
const g = globalThis as { location?: unknown };
g.location ??= new URL('http://localhost/');
const server = setupServer(...handlers);

/** Every query typed key by key (each prefix of length ≥ 2 is a request), `rounds` times after a warm-up. */
export async function benchSearch(scenario: Scenario, rounds = 5): Promise<SearchResult> {
  configureRuntime();
  runtime().setScenario(scenario);
  const t0 = performance.now();
  const db = runtime().db;
  const seedMs = performance.now() - t0;
  setSession(PEOPLE.sam.id);
  server.listen({ onUnhandledRequest: 'error' });
  const prefixes = SEARCH_QUERIES.flatMap((q) =>
    Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)),
  );
  const index: number[] = [];
  const handler: number[] = [];
  let matches = 0;
  try {
    for (let round = -1; round < rounds; round += 1) {
      for (const q of prefixes) {
        const a = performance.now();
        const found = db.directory.search(q, 200);
        const b = performance.now();
        const res = await fetch(`http://localhost/api/users?q=${encodeURIComponent(q)}&page=1&pageSize=20`);
        if (!res.ok) throw new Error(`GET /api/users?q=${q} → ${res.status}`);
        const body = (await res.json()) as { items: unknown[] };
        const c = performance.now();
        if (round >= 0) {
          index.push(b - a);
          handler.push(c - b);
          matches += Math.min(found.ids.length, body.items.length);
        }
      }
    }
  } finally {
    server.close();
  }
  return {
    users: db.count('users'),
    seedMs,
    index: percentiles(index),
    handler: percentiles(handler),
    avgMatches: matches / Math.max(1, handler.length),
  };
}
