import type { AdminSort, AdminStatus, SortOrder } from './schemas/administrators';
import type { RoleId } from './schemas/roles';
import type { QueryClient } from '@tanstack/react-query';
import type { CaseStatusFilter, Priority } from './schemas/support';

/**
 * Query keys per resource of the backend, in one place. Every view of a resource (list, count, detail, search)
 * starts with the resource's root, so a change invalidates them all with one prefix, whatever screen shows them.
 */

export interface AdminListParams {
  q: string;
  page: number;
  pageSize: number;
  /** Filters kept in the address (`?status=&role=`); absent: every admin. */
  status?: AdminStatus;
  role?: RoleId;
  /** Short role labels whose names contain `q` (matched in the reader's language). */
  qRoles?: string;
  sort?: AdminSort;
  order?: SortOrder;
}

export interface UsersListParams {
  q: string;
  page: number;
  pageSize: number;
}

export interface AuditParams {
  event: string;
  person: string;
  /** Time range, ISO instants (`to` excluded); '' for none. */
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export interface MailboxParams {
  page: number;
  pageSize: number;
  to: string;
}

export interface CaseListParams {
  q: string;
  status: CaseStatusFilter;
  page: number;
  pageSize: number;
}

/** `Organization cases`: the filters of the URL. */
export interface OrgCaseListParams extends CaseListParams {
  product: string;
  priority: Priority | '';
  /** A user id. */
  requestor: string;
}

/** The Overview's totals, and the active System administrators (the org must keep one). */
export type AdminCount = 'all' | 'pending' | 'activeSystem';

export const queryKeys = {
  administrators: {
    all: ['administrators'] as const,
    lists: () => ['administrators', 'list'] as const,
    list: (params: AdminListParams) => ['administrators', 'list', params] as const,
    /** Totals read with `pageSize=1`. */
    count: (which: AdminCount) => ['administrators', 'count', which] as const,
    detail: (userId: string) => ['administrators', 'detail', userId] as const,
    /** Who can open support cases for each product and instance: a view of the administrators' roles. */
    supportCoverage: () => ['administrators', 'support-coverage'] as const,
  },
  /** The org directory: the Users list, the wizard's search, the Overview's total. */
  users: {
    all: ['users'] as const,
    list: (params: UsersListParams) => ['users', 'list', params] as const,
    search: (q: string) => ['users', 'search', q] as const,
    count: () => ['users', 'count'] as const,
    detail: (userId: string) => ['users', 'detail', userId] as const,
  },
  /** The org and what it owns: products, profiles, groups, Marketo Engage instances. */
  catalogue: {
    all: ['catalogue'] as const,
    org: () => ['catalogue', 'org'] as const,
    products: () => ['catalogue', 'products'] as const,
    profiles: () => ['catalogue', 'product-profiles'] as const,
    groups: () => ['catalogue', 'user-groups'] as const,
    instances: () => ['catalogue', 'marketo-instances'] as const,
  },
  session: {
    all: ['session'] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (params: AuditParams) => ['audit', 'list', params] as const,
  },
  mailbox: {
    all: ['mailbox'] as const,
    list: (params: MailboxParams) => ['mailbox', 'list', params] as const,
  },
  invitations: {
    all: ['invitations'] as const,
    detail: (token: string) => ['invitations', 'detail', token] as const,
  },
  /** The support portal: the products a Support administrator may open cases for, and their cases. */
  support: {
    all: ['support'] as const,
    products: () => ['support', 'products'] as const,
    cases: () => ['support', 'cases'] as const,
    caseList: (params: CaseListParams) => ['support', 'cases', 'list', params] as const,
    caseDetail: (caseId: string) => ['support', 'cases', 'detail', caseId] as const,
    orgCaseList: (params: OrgCaseListParams) => ['support', 'cases', 'org-list', params] as const,
    /** The `Requestor` filter's choices: whoever opened a case one may see. */
    requestors: () => ['support', 'cases', 'requestors'] as const,
  },
  /**
   * The mock clock's today, as the app reads it (`End date` of a time-bound grant). Not under `mockControl`: moving
   * the clock reads every server record again, this one included.
   */
  clock: {
    all: ['clock'] as const,
    today: () => ['clock', 'today'] as const,
  },
  /** The prototype controls (`/__mock`): not a backend resource, kept apart from every one of them. */
  mockControl: {
    all: ['mock-control'] as const,
    state: () => ['mock-control', 'state'] as const,
  },
};

export type Resource = Exclude<keyof typeof queryKeys, 'mockControl' | 'clock'>;

/**
 * What each change of the backend touches: the resources whose every view (list, count, detail, search) must be read
 * again afterwards. A grant, for example, changes the administrators (list, details, the Overview's counts), may
 * create a user (directory), writes the audit log, sends an email (mailbox) and issues an invitation.
 */
export const RESOURCES_CHANGED_BY = {
  grantAdmin: ['administrators', 'users', 'audit', 'mailbox', 'invitations'],
  updateAdminRoles: ['administrators', 'audit', 'mailbox', 'invitations'],
  // You may remove yourself (when another System administrator stays): your session's roles change too.
  removeAdmin: ['administrators', 'audit', 'invitations', 'session', 'support'],
  removeAdmins: ['administrators', 'audit', 'invitations', 'session', 'support'],
  resendInvitation: ['administrators', 'audit', 'mailbox', 'invitations'],
  // The invitee's rights become active: their session, the admin's status, and what support they may open.
  acceptInvitation: ['session', 'administrators', 'invitations', 'audit', 'support'],
  setUpProfile: ['session', 'users', 'administrators', 'invitations'],
  // A case's watchers get an email for every change (the mailbox).
  createCase: ['support', 'audit', 'mailbox'],
  addComment: ['support', 'audit', 'mailbox'],
  changeCaseStatus: ['support', 'audit', 'mailbox'],
  updateWatchers: ['support', 'audit'],
  // The person's own settings: the session carries them, the directory shows the person.
  updateProfile: ['session', 'users'],
} as const satisfies Record<string, readonly Resource[]>;

export type Change = keyof typeof RESOURCES_CHANGED_BY;

/** After `change` succeeded: every view of every resource it touched is stale (the ones on screen refetch). */
export function invalidateAfter(client: QueryClient, change: Change): Promise<void> {
  return Promise.all(
    RESOURCES_CHANGED_BY[change].map((r) => client.invalidateQueries({ queryKey: queryKeys[r].all })),
  ).then(() => undefined);
}
