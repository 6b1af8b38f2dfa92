import type { HttpHandler } from 'msw';

/** Support cases (issue: support portal). */
export const supportHandlers: HttpHandler[] = [];
