/** What the page and the mock backend's service worker say to each other (besides HTTP). */
export const MOCK_SW_URL = '/mock-sw.js';

export const MOCK_SW_MESSAGES = {
  /** page → worker: take control of me (a hard reload leaves a page uncontrolled). */
  claim: 'mock-sw:claim',
  /** page → worker, with a MessagePort: I am here; answer when the backend is ready. */
  hello: 'mock-sw:hello',
  /** worker → page (on the port): ready; `recovered` when stored state was unreadable and was reset. */
  welcome: 'mock-sw:welcome',
  /** worker → the other tabs: data changed, refetch. */
  changed: 'mock-sw:changed',
} as const;
