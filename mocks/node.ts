import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The Node backend for Vitest (and scripts): same handlers, in-memory state. */
export const server = setupServer(...handlers);
