import { z } from '../zod';
import { adminSortSchema, adminStatusSchema, sortOrderSchema } from '../schemas/administrators';
import { roleIdSchema } from '../schemas/roles';
import { auditEventSchema, auditInstantSchema } from '../schemas/audit';
import { pageQuerySchema } from '../schemas/common';
import { caseListQuerySchema } from '../schemas/support';
import type { RequestSchemaName, ResponseSchemaName } from './components';

export type Method = 'get' | 'post' | 'put' | 'delete';

/** Who may call a route: anyone, anyone signed in, or a signed-in person with the right role (else 403). */
export type Access = 'public' | 'signed-in' | 'role';

export interface RouteSpec {
  method: Method;
  /** Path under the API base (`/api` for the mock backend), parameters in braces: `/administrators/{userId}`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Path parameters, each described in a sentence. */
  params?: Record<string, string>;
  /** Query parameters (their zod input side becomes the parameters' schemas). */
  query?: z.ZodMiniObject;
  body?: RequestSchemaName;
  /** A `multipart/form-data` body instead of JSON: the name of its one file field. */
  upload?: string;
  /** Success answers: status → named schema (`null`: no body; `file`: the stored file's bytes, of its own type). */
  success: Partial<Record<200 | 201 | 204, ResponseSchemaName | null | 'file'>>;
  /** Problem answers (application/problem+json) this route gives beyond the generic ones (see openapi.ts). */
  problems?: Partial<Record<400 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 507, string>>;
}

const paged = pageQuerySchema;
const caseId = { caseId: 'Case number, `E-` and six digits.' };
const attachmentId = { attachmentId: 'Id of an uploaded file (`att-…`).' };
const caseList = z.extend(paged, caseListQuerySchema.shape);
const token = { token: 'The invitation token from the email’s Get started link.' };
const userId = { userId: 'Id of the user (the administrator).' };

/**
 * Every `/api` route of the backend, one entry each: what `openapi.json` is generated from and what the contract
 * test (tests/unit/contract.test.ts) checks the mock handlers against. A new handler needs an entry here, or
 * that test fails.
 */
export const routes: RouteSpec[] = [
  // Session
  {
    method: 'get',
    path: '/session',
    tag: 'Session',
    summary: 'Who is signed in, with their active admin roles',
    access: 'signed-in',
    success: { 200: 'Session' },
  },
  {
    method: 'post',
    path: '/session',
    tag: 'Session',
    summary: 'Sign in with an email (the demo has no passwords)',
    access: 'public',
    body: 'SignInRequest',
    success: { 200: 'Session' },
    problems: { 404: 'No account uses this email (`unknown-account`).' },
  },
  {
    method: 'delete',
    path: '/session',
    tag: 'Session',
    summary: 'Sign out',
    access: 'public',
    success: { 204: null },
  },
  // Catalog
  {
    method: 'get',
    path: '/org',
    tag: 'Catalog',
    summary: 'The organisation',
    access: 'signed-in',
    success: { 200: 'Org' },
  },
  {
    method: 'get',
    path: '/products',
    tag: 'Catalog',
    summary: 'Products of the organisation',
    access: 'role',
    success: { 200: 'ProductList' },
  },
  {
    method: 'get',
    path: '/product-profiles',
    tag: 'Catalog',
    summary: 'Product profiles, optionally of one product',
    access: 'role',
    query: z.object({ productId: z.optional(z.string()) }),
    success: { 200: 'ProductProfileList' },
  },
  {
    method: 'get',
    path: '/user-groups',
    tag: 'Catalog',
    summary: 'User groups with their member counts',
    access: 'role',
    success: { 200: 'UserGroupList' },
  },
  {
    method: 'get',
    path: '/marketo-instances',
    tag: 'Catalog',
    summary: 'Marketo Engage instances (one per subscription)',
    access: 'role',
    success: { 200: 'MarketoInstanceList' },
  },
  // Users
  {
    method: 'get',
    path: '/users',
    tag: 'Users',
    summary: 'The directory: search (`q`) and paging on the server',
    access: 'role',
    query: paged,
    success: { 200: 'UserPage' },
  },
  {
    method: 'get',
    path: '/users/{userId}',
    tag: 'Users',
    summary: 'One user',
    access: 'role',
    params: userId,
    success: { 200: 'User' },
    problems: { 404: 'No such user (`not-found`).' },
  },
  {
    method: 'post',
    path: '/users',
    tag: 'Users',
    summary: 'Create a user by email',
    access: 'role',
    body: 'CreateUserRequest',
    success: { 201: 'User' },
    problems: { 409: 'A user with this email exists (`user-exists`).' },
  },
  // Administrators
  {
    method: 'get',
    path: '/administrators',
    tag: 'Administrators',
    summary:
      'Administrators: search (`q` on name and email, or `qRoles`: holders of those short role labels), status and role filters, sort (`sort`, `order`; name by default) and paging on the server',
    access: 'role',
    query: z.extend(paged, {
      status: z.optional(adminStatusSchema),
      role: z.optional(roleIdSchema),
      /** Comma-separated short role labels whose names (in the reader's language) contain `q`. */
      qRoles: z.optional(z.string()),
      sort: z.optional(adminSortSchema),
      order: z.optional(sortOrderSchema),
    }),
    success: { 200: 'AdministratorPage' },
  },
  {
    method: 'get',
    path: '/administrators/{userId}',
    tag: 'Administrators',
    summary: 'One administrator with roles, status and invitation dates',
    access: 'role',
    params: userId,
    success: { 200: 'Administrator' },
    problems: { 404: 'This person is not an administrator (`not-found`).' },
  },
  {
    method: 'post',
    path: '/administrators',
    tag: 'Administrators',
    summary: 'Grant admin roles to an existing user or a new one by email, and send the invitation',
    access: 'role',
    body: 'GrantRequest',
    success: { 201: 'GrantResponse' },
    problems: {
      400: 'Invalid body, a role names a product, profile, group or instance that does not exist, or the end date is not from tomorrow to one year ahead (mock clock).',
      403: 'The caller may not grant one of the roles (`forbidden-role`) or not for that scope (`forbidden-scope`).',
      404: 'The chosen user does not exist (`not-found`).',
      409: 'The person already holds every chosen role (`role-already-held`).',
    },
  },
  {
    method: 'put',
    path: '/administrators/{userId}',
    tag: 'Administrators',
    summary: 'Replace an administrator’s roles (optimistic concurrency on `version`)',
    access: 'role',
    params: userId,
    body: 'UpdateRolesRequest',
    success: { 200: 'Administrator' },
    problems: {
      400: 'Invalid body, an end date out of range (tomorrow to one year ahead), or on a role not given.',
      403: 'The caller may not change one of the roles (`forbidden-role`, `forbidden-scope`), or the rights are their own (`self-edit`).',
      409: 'Changed or removed meanwhile (`version-conflict`, `admin-removed`), or the last System administrator (`last-system-admin`).',
    },
  },
  {
    method: 'delete',
    path: '/administrators/{userId}',
    tag: 'Administrators',
    summary: 'Remove an administrator’s rights (the user stays)',
    access: 'role',
    params: userId,
    success: { 204: null },
    problems: {
      403: 'The caller may not take one of the roles away (`forbidden-role`, `forbidden-scope`), or the rights are their own (`self-edit`).',
      404: 'This person is not an administrator (`not-found`).',
    },
  },
  {
    method: 'post',
    path: '/administrators/remove',
    tag: 'Administrators',
    summary: 'Remove the rights of several administrators (all or nothing)',
    access: 'role',
    body: 'BulkRemoveRequest',
    success: { 200: 'BulkRemoveResponse' },
    problems: {
      403: 'The caller may not take one of the roles away (`forbidden-role`, `forbidden-scope`), or one of them is the caller (`self-edit`); nothing is removed.',
      404: 'One of them is not an administrator (`not-found`); nothing is removed.',
    },
  },
  {
    method: 'post',
    path: '/administrators/bulk',
    tag: 'Administrators',
    summary:
      'Grant admin roles to the rows of a CSV: `dryRun=true` judges every row and changes nothing; otherwise the ready rows are granted',
    access: 'role',
    query: z.object({ dryRun: z.optional(z.enum(['true', 'false'])) }),
    body: 'BulkGrantRequest',
    success: { 200: 'BulkGrantResponse' },
    problems: {
      413: 'More than 5,000 rows (`too-many-rows`); nothing is judged or granted.',
    },
  },
  {
    method: 'post',
    path: '/administrators/{userId}/resend-invitation',
    tag: 'Administrators',
    summary: 'Send a new invitation link; earlier links stop working',
    access: 'role',
    params: userId,
    success: { 200: 'Administrator' },
    problems: {
      404: 'This person is not an administrator (`not-found`).',
      409: 'The invitation was already accepted (`already-active`).',
    },
  },
  // Invitations
  {
    method: 'get',
    path: '/invitations/{token}',
    tag: 'Invitations',
    summary: 'The invitation behind a link, its status on the server’s clock (public)',
    access: 'public',
    params: token,
    success: { 200: 'InvitationView' },
    problems: { 404: 'Not a link that was sent (`invitation-not-found`).' },
  },
  {
    method: 'post',
    path: '/invitations/{token}/profile',
    tag: 'Invitations',
    summary: 'The invitee, who has no profile yet, sets up a business profile in the inviting org',
    access: 'signed-in',
    params: token,
    body: 'SetUpProfileRequest',
    success: { 201: 'User' },
    problems: {
      403: 'Signed in as someone else than the invitee (`wrong-account`).',
      404: 'Not a link that was sent (`invitation-not-found`).',
      409: 'Expired, used or replaced (`invitation-expired|used|voided`), or a profile exists (`profile-exists`).',
    },
  },
  {
    method: 'post',
    path: '/invitations/{token}/accept',
    tag: 'Invitations',
    summary: 'Accept with a business profile of the inviting org: the rights become active',
    access: 'signed-in',
    params: token,
    body: 'AcceptInvitationRequest',
    success: { 200: 'InvitationView' },
    problems: {
      403: 'Signed in as someone else than the invitee (`wrong-account`).',
      404: 'Not a link that was sent (`invitation-not-found`).',
      409: 'Expired, already used or replaced (`invitation-expired`, `invitation-used`, `invitation-voided`).',
      422: 'Not one of the invitee’s profiles (`unknown-profile`), or a personal profile (`personal-profile`); or the `Idempotency-Key` was used with another body.',
    },
  },
  // Mailbox
  {
    method: 'get',
    path: '/mailbox',
    tag: 'Mailbox',
    summary: 'The invitation backend’s outbox, newest first (a demo mailbox, open to everyone)',
    access: 'public',
    query: z.object({
      page: paged.shape.page,
      pageSize: z._default(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(50))), 20),
      to: z.optional(z.string()),
    }),
    success: { 200: 'EmailMessagePage' },
  },
  // Audit
  {
    method: 'get',
    path: '/audit',
    tag: 'Audit log',
    summary:
      'Audit entries, newest first (entries of the same instant in the order they were written): text, event, person and time-range filters, paging',
    access: 'role',
    query: z.extend(paged, {
      event: z.optional(auditEventSchema),
      person: z.optional(z.string()),
      from: z.optional(auditInstantSchema),
      to: z.optional(auditInstantSchema),
    }),
    success: { 200: 'AuditPage' },
    problems: {
      400: 'Unknown `event`; `from` or `to` not a date-time with an offset; `to` not after `from` (`validation`, field errors `from`, `to`).',
    },
  },
  // Support coverage
  {
    method: 'get',
    path: '/support-coverage',
    tag: 'Support',
    summary:
      'Who can open support cases for each product and Marketo Engage instance (System administrators only); pending admins are listed but do not make an entry covered',
    access: 'role',
    success: { 200: 'SupportCoverage' },
  },
  // Support
  {
    method: 'get',
    path: '/support/products',
    tag: 'Support',
    summary: 'What the signed-in Support administrator may open cases for',
    access: 'role',
    success: { 200: 'SupportProductList' },
  },
  {
    method: 'get',
    path: '/support/cases',
    tag: 'Support',
    summary: 'The caller’s own cases, newest first: search, status filter, paging',
    access: 'role',
    query: caseList,
    success: { 200: 'SupportCasePage' },
  },
  {
    method: 'get',
    path: '/support/org-cases',
    tag: 'Support',
    summary:
      '`Organization cases`: every case the caller can see (their own, and those their support role covers), newest first',
    access: 'role',
    query: caseList,
    success: { 200: 'SupportCasePage' },
  },
  {
    method: 'get',
    path: '/support/org-cases/requestors',
    tag: 'Support',
    summary: 'Who opened the cases the caller can see (the `Requestor` filter’s choices), by name',
    access: 'role',
    success: { 200: 'RequestorList' },
  },
  {
    method: 'get',
    path: '/support/cases/{caseId}',
    tag: 'Support',
    summary: 'A case the caller can see',
    access: 'role',
    params: caseId,
    success: { 200: 'SupportCase' },
    problems: { 404: 'No such case of the caller’s (`not-found`): another person’s case is not disclosed.' },
  },
  {
    method: 'post',
    path: '/support/cases',
    tag: 'Support',
    summary: 'Open a case',
    access: 'role',
    body: 'CreateCaseRequest',
    success: { 201: 'SupportCase' },
    problems: {
      400: 'Invalid body, or the product’s own field is missing.',
      403: 'A product (`forbidden-product`) or Marketo Engage instance (`forbidden-instance`) the caller’s support role does not cover.',
      404: 'An attachment id that is not one of the caller’s uploads (`attachment-not-found`).',
      409: 'An attachment already added to a case (`attachment-in-use`).',
    },
  },
  {
    method: 'post',
    path: '/support/cases/{caseId}/comments',
    tag: 'Support',
    summary: 'Add a comment',
    access: 'role',
    params: caseId,
    body: 'AddCommentRequest',
    success: { 201: 'SupportCase' },
    problems: {
      404: 'No such case the caller can see (`not-found`), or an attachment id that is not one of the caller’s uploads (`attachment-not-found`).',
      409: 'The case is closed (`case-closed`), or an attachment is already on a case (`attachment-in-use`).',
    },
  },
  {
    method: 'put',
    path: '/support/cases/{caseId}/watchers',
    tag: 'Support',
    summary: 'Replace the people kept up to date about a case (each gets an email when it changes)',
    access: 'role',
    params: caseId,
    body: 'UpdateWatchersRequest',
    success: { 200: 'SupportCase' },
    problems: { 404: 'No such case the caller can see (`not-found`).' },
  },
  {
    method: 'post',
    path: '/support/attachments',
    tag: 'Support',
    summary: 'Upload one file, to attach by id to a new case or a comment',
    access: 'role',
    upload: 'file',
    success: { 201: 'Attachment' },
    problems: {
      400: 'Not valid multipart (`invalid-multipart`), or a file whose name, type or content cannot be attached (`validation`).',
      413: 'A file over 20 MB (`attachment-too-large`).',
      415: 'The body is not `multipart/form-data` (`unsupported-media-type`).',
      507: 'The file could not be stored (`attachment-not-stored`).',
    },
  },
  {
    method: 'get',
    path: '/support/attachments/{attachmentId}',
    tag: 'Support',
    summary: 'Download a file: its uploader’s until attached, then for whoever can see its case',
    access: 'role',
    params: attachmentId,
    success: { 200: 'file' },
    problems: {
      404: 'No such file the caller can see (`not-found`).',
      410: 'The file’s bytes are no longer stored (`attachment-gone`).',
    },
  },
  {
    method: 'post',
    path: '/support/cases/{caseId}/close',
    tag: 'Support',
    summary: 'Close a case',
    access: 'role',
    params: caseId,
    success: { 200: 'SupportCase' },
    problems: {
      404: 'No such case of the caller’s (`not-found`).',
      409: 'Already closed (`case-closed`).',
    },
  },
  {
    method: 'post',
    path: '/support/cases/{caseId}/reopen',
    tag: 'Support',
    summary: 'Reopen a case closed less than 14 days ago',
    access: 'role',
    params: caseId,
    success: { 200: 'SupportCase' },
    problems: {
      404: 'No such case of the caller’s (`not-found`).',
      409: 'Open already (`case-open`), or closed more than 14 days ago (`reopen-window-passed`).',
    },
  },
  // Profile
  {
    method: 'put',
    path: '/profile',
    tag: 'Profile',
    summary: 'The signed-in person’s own settings (the support phone number); no id: nobody edits another’s',
    access: 'signed-in',
    body: 'UpdateProfileRequest',
    success: { 200: 'User' },
  },
  {
    method: 'put',
    path: '/profile/language',
    tag: 'Profile',
    summary:
      'The language of the signed-in person’s emails (their profile’s `Language of your emails`): written in it from then on',
    access: 'signed-in',
    body: 'UpdateLanguageRequest',
    success: { 200: 'User' },
  },
];
