import type { HttpHandler } from 'msw';

/** Invitation lookup and acceptance (issue: identity and invitation lifecycle). */
export const invitationHandlers: HttpHandler[] = [];
