import { administratorHandlers } from './administrators';
import { auditHandlers } from './audit';
import { bulkGrantHandlers } from './bulk-grant';
import { catalogHandlers } from './catalog';
import { invitationHandlers } from './invitations';
import { mailboxHandlers } from './mailbox';
import { mockControlHandlers } from './mock-control';
import { preflightHandlers } from './preflight';
import { profileHandlers } from './profile';
import { sessionHandlers } from './session';
import { supportHandlers } from './support';
import { supportAttachmentHandlers } from './support-attachments';
import { supportCoverageHandlers } from './support-coverage';
import { userHandlers } from './users';
import { scenarioHandlers } from '../scenarios';

/**
 * The one list of handlers: the browser backend (mocks/sw, one script: nothing here weighs on the app's first load),
 * Vitest and Playwright.
 */
export const handlers = [
  ...mockControlHandlers,
  ...preflightHandlers,
  ...scenarioHandlers,
  // msw parses the request (URL, cookies) once per handler it tries: the directory search, requested as
  // one types, comes right after the handlers that must see every /api request first.
  ...userHandlers,
  ...sessionHandlers,
  ...catalogHandlers,
  ...bulkGrantHandlers,
  ...administratorHandlers,
  ...invitationHandlers,
  ...mailboxHandlers,
  ...auditHandlers,
  ...supportHandlers,
  ...supportAttachmentHandlers,
  ...supportCoverageHandlers,
  ...profileHandlers,
];
