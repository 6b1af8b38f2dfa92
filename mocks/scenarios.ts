import { delay, http, HttpResponse } from 'msw';
import { problem } from './http';
import { runtime, type Scenario } from './runtime';

const API_ALL = '/api/*';

let requestCount = 0;

/** Delay of the slow-network scenario: 1.5–3 s, spread deterministically. */
export function slowDelay(): number {
  requestCount += 1;
  return 1500 + ((requestCount * 577) % 1501);
}

/** `server-errors`: every request fails; one in three is a network error, the others a 500. */
function failure(): Response {
  requestCount += 1;
  if (requestCount % 3 === 0) return HttpResponse.error();
  return problem(500, 'The server could not complete the request', { code: 'server-error' });
}

/** `failing-saves`: every change (POST, PUT, PATCH, DELETE) fails like `server-errors`; reads answer as usual. */
const isRead = (request: Request) => request.method === 'GET' || request.method === 'HEAD';

/**
 * Per-scenario handlers, for `server.use(...scenarios['server-errors'])` in a test.
 * `empty-org`, `mid-size-org` and `large-org` are data sets (see db/seed.ts), so they need no handler.
 */
export const scenarios: Record<Scenario, ReturnType<typeof http.all>[]> = {
  default: [],
  'slow-network': [
    http.all(API_ALL, async () => {
      await delay(slowDelay());
    }),
  ],
  'server-errors': [http.all(API_ALL, () => failure())],
  'failing-saves': [http.all(API_ALL, ({ request }) => (isRead(request) ? undefined : failure()))],
  'empty-org': [],
  'mid-size-org': [],
  'large-org': [],
};

/**
 * Turn a scenario on for the rest of one test (MSW's `server.resetHandlers()` in tests/setup.ts
 * turns it off again): `applyScenario(server, 'server-errors')` is `server.use(...scenarios['server-errors'])`
 * for the request-level scenarios, and switches the data set for `empty-org` / `mid-size-org` / `large-org`.
 */
export function applyScenario(
  server: { use: (...handlers: ReturnType<typeof http.all>[]) => void },
  name: Scenario,
): void {
  if (name === 'empty-org' || name === 'mid-size-org' || name === 'large-org' || name === 'default')
    runtime().setScenario(name);
  const extra = scenarios[name];
  if (extra.length) server.use(...extra);
}

/** Applied to every request: read the active scenario (panel, URL or test) and act on it. */
export const scenarioHandlers = [
  http.all(API_ALL, async ({ request }) => {
    const s = runtime().scenario;
    if (s === 'slow-network') {
      await delay(slowDelay());
      return undefined;
    }
    if (s === 'server-errors') return failure();
    if (s === 'failing-saves' && !isRead(request)) return failure();
    return undefined;
  }),
];
