import { getResponse, http, type RequestHandler } from 'msw';
import { API } from '../http';
import { administratorHandlers } from './administrators';
import { auditHandlers } from './audit';
import { catalogHandlers } from './catalog';
import { mailboxHandlers } from './mailbox';
import { mockControlHandlers } from './mock-control';
import { sessionHandlers } from './session';
import { userHandlers } from './users';
import { scenarioHandlers } from '../scenarios';

/**
 * An area whose handlers load on its first request: their code is not part of the app's first load (the landing
 * screen never calls them). One catch-all route per area hands the request to the real handlers unchanged.
 */
function lazyArea(path: string, load: () => Promise<RequestHandler[]>): RequestHandler {
  let loaded: Promise<RequestHandler[]> | undefined;
  const area = () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // a chunk that failed to load is tried again on the next request
      throw error;
    }));
  return http.all(path, async ({ request }) => getResponse(await area(), request));
}

/** The one list of handlers: browser worker (dev and production), Vitest and Playwright. */
export const handlers = [
  ...mockControlHandlers,
  ...scenarioHandlers,
  // msw parses the request (URL, cookies) once per handler it tries: the directory search, requested as
  // one types, comes right after the scenario handler that must see every /api request first.
  ...userHandlers,
  ...sessionHandlers,
  ...catalogHandlers,
  ...administratorHandlers,
  lazyArea(`${API}/invitations/*`, () => import('./invitations').then((m) => m.invitationHandlers)),
  ...mailboxHandlers,
  ...auditHandlers,
  lazyArea(`${API}/support/*`, () => import('./support').then((m) => m.supportHandlers)),
];
