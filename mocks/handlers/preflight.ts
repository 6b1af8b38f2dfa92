import { http } from 'msw';
import { problem } from '../http';
import { expireDueGrants } from '../services/grant-dates';
import { expireDueInvitations } from '../services/invitations';
import { replyToDueCases } from '../services/support-cases';

function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Every /api URL, as a RegExp without groups: msw decodes no parameter of it (a `/api/*` pattern would). */
const ANY_API_URL = /^[^?#]*?\/\/[^/]+\/api\//;

/**
 * Before every /api request, and before any route with parameters: a path with a malformed percent-encoding
 * (`/api/users/%ZZ`) is 400 (msw throws while decoding a parameter of it, a 500), and invitations past their
 * date expire, time-bound rights past their end day are removed, and Adobe Support's replies that are due on the mock clock are made.
 */
export const preflightHandlers = [
  http.all(ANY_API_URL, ({ request }) => {
    if (!isWellEncoded(new URL(request.url).pathname)) {
      return problem(400, 'The request path has a malformed percent-encoding', { code: 'malformed-path' });
    }
    expireDueInvitations();
    expireDueGrants();
    replyToDueCases();
    return undefined;
  }),
];
