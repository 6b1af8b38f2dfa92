/**
 * Node half of the benchmark: the bulk grant's dry run (`POST /api/administrators/bulk?dryRun=true`) of 500 and of
 * 5,000 CSV rows, through the real handler on MSW's Node server (auth, body validation, every row's checks,
 * serialisation). Each row costs the same whatever the file's size when no check is quadratic.
 */
import { setupServer } from 'msw/node';
import type { BulkGrantRow } from '@/api/schemas/bulk-grant';
import { setSession } from '@mocks/auth';
import { PEOPLE, generatedUserId } from '@mocks/db/seed';
import { handlers } from '@mocks/handlers';
import { configureRuntime, runtime } from '@mocks/runtime';

const g = globalThis as { location?: unknown };
g.location ??= new URL('http://localhost/');

/**
 * Rows like a real file's: most new people with scoped roles, one in five an existing user (by email), and some
 * that fail (invalid email, unknown role or product, a repeated row) so that every path is taken.
 */
function rowsOf(n: number): BulkGrantRow[] {
  const db = runtime().db;
  return Array.from({ length: n }, (_, i): BulkGrantRow => {
    const existing = i % 5 === 0 ? db.get('users', generatedUserId(i / 5 + 1))?.email : undefined;
    const email = existing ?? `bulk.person${i}@acme.example`;
    switch (i % 20) {
      case 3:
        return { email: `not an email ${i}`, roles: ['deployment'] };
      case 7:
        return { email, roles: ['Chief admin'] };
      case 11:
        return { email, roles: ['product'], products: ['Photoshop'] };
      case 13:
        return { email: `bulk.person${i - 1}@acme.example`, roles: ['deployment'] };
      default:
        return i % 2
          ? {
              email,
              firstName: 'Bulk',
              lastName: `Person ${i}`,
              roles: ['product'],
              products: ['Adobe Analytics', 'target'],
            }
          : {
              email,
              roles: ['support'],
              support: ['basic', 'productSupport'],
              instances: ['Acme Production', '789-XYZ-012'],
            };
    }
  });
}

export interface DryRunTiming {
  rows: number;
  /** Median of the timed runs, request sent → answer parsed. */
  ms: number;
  runs: number;
  ready: number;
}

async function time(rows: BulkGrantRow[], runs: number): Promise<DryRunTiming> {
  const body = JSON.stringify({ rows });
  const samples: number[] = [];
  let ready = 0;
  for (let i = -2; i < runs; i += 1) {
    const a = performance.now();
    const res = await fetch('http://localhost/api/administrators/bulk?dryRun=true', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    if (!res.ok) throw new Error(`dry run of ${rows.length} rows → ${res.status}`);
    ready = ((await res.json()) as { ready: number }).ready;
    if (i >= 0) samples.push(performance.now() - a);
  }
  samples.sort((x, y) => x - y);
  return { rows: rows.length, ms: samples[Math.floor(samples.length / 2)] ?? 0, runs, ready };
}

/** 500 and 5,000 rows as Sam Rivera on the default org, after warm-up runs; both times and the ratios. */
export async function benchDryRun(): Promise<{
  small: DryRunTiming;
  large: DryRunTiming;
  ratio: number;
  perRowRatio: number;
}> {
  configureRuntime();
  setSession(PEOPLE.sam.id);
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const smallRows = rowsOf(500);
    const largeRows = rowsOf(5000);
    // Both sizes warmed up first, so neither is timed while the other still compiles the code they share.
    await time(largeRows, 1);
    const small = await time(smallRows, 15);
    const large = await time(largeRows, 7);
    const ratio = large.ms / small.ms;
    return { small, large, ratio, perRowRatio: ratio / (large.rows / small.rows) };
  } finally {
    server.close();
  }
}
