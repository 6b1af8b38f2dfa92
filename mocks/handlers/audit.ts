import type { HttpHandler } from 'msw';

/** Audit log listing (issue: identity and invitation lifecycle). */
export const auditHandlers: HttpHandler[] = [];
