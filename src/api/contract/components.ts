import { z } from '../zod';
import {
  administratorPageSchema,
  administratorSchema,
  bulkRemoveRequestSchema,
  bulkRemoveResponseSchema,
  grantRequestSchema,
  grantResponseSchema,
  updateRolesRequestSchema,
} from '../schemas/administrators';
import { auditEntrySchema, auditPageSchema } from '../schemas/audit';
import { auditDetailSchema, auditObjectSchema } from '../schemas/audit-detail';
import { bulkGrantRequestSchema, bulkGrantResponseSchema } from '../schemas/bulk-grant';
import {
  marketoInstanceSchema,
  orgSchema,
  productProfileSchema,
  productSchema,
  userGroupSchema,
} from '../schemas/catalog';
import { pageOf, problemSchema } from '../schemas/common';
import {
  acceptInvitationSchema,
  emailMessageSchema,
  invitationViewSchema,
  setUpProfileSchema,
} from '../schemas/invitations';
import { roleGrantSchema } from '../schemas/roles';
import { sessionSchema, signInRequestSchema } from '../schemas/session';
import {
  addCommentSchema,
  attachmentSchema,
  createCaseSchema,
  requestorSchema,
  supportCaseViewPageSchema,
  supportCaseViewSchema,
  supportProductSchema,
  updateWatchersSchema,
} from '../schemas/support';
import { supportCoverageSchema } from '../schemas/support-coverage';
import {
  createUserSchema,
  profileSchema,
  updateLanguageSchema,
  updateProfileSchema,
  userPageSchema,
  userSchema,
} from '../schemas/users';

/**
 * The named schemas of the contract (OpenAPI `components.schemas`): the zod schemas the client and the mock
 * handlers share (src/api/schemas). Responses are described as the server writes them (zod's output side),
 * request bodies as a client may send them (the input side: before trimming, defaults and lower-casing).
 */
export const responseSchemas = {
  Problem: problemSchema,
  RoleGrant: roleGrantSchema,
  Profile: profileSchema,
  User: userSchema,
  UserPage: userPageSchema,
  Session: sessionSchema,
  Org: orgSchema,
  Product: productSchema,
  ProductList: z.array(productSchema),
  ProductProfile: productProfileSchema,
  ProductProfileList: z.array(productProfileSchema),
  UserGroup: userGroupSchema,
  UserGroupList: z.array(userGroupSchema),
  MarketoInstance: marketoInstanceSchema,
  MarketoInstanceList: z.array(marketoInstanceSchema),
  Administrator: administratorSchema,
  AdministratorPage: administratorPageSchema,
  GrantResponse: grantResponseSchema,
  BulkRemoveResponse: bulkRemoveResponseSchema,
  BulkGrantResponse: bulkGrantResponseSchema,
  InvitationView: invitationViewSchema,
  EmailMessage: emailMessageSchema,
  EmailMessagePage: pageOf(emailMessageSchema),
  AuditDetail: auditDetailSchema,
  AuditObject: auditObjectSchema,
  AuditEntry: auditEntrySchema,
  AuditPage: auditPageSchema,
  SupportProduct: supportProductSchema,
  SupportProductList: z.array(supportProductSchema),
  SupportCoverage: supportCoverageSchema,
  SupportCase: supportCaseViewSchema,
  SupportCasePage: supportCaseViewPageSchema,
  RequestorList: z.array(requestorSchema),
  Attachment: attachmentSchema,
} as const;
export type ResponseSchemaName = keyof typeof responseSchemas;

export const requestSchemas = {
  SignInRequest: signInRequestSchema,
  CreateUserRequest: createUserSchema,
  GrantRequest: grantRequestSchema,
  UpdateRolesRequest: updateRolesRequestSchema,
  BulkRemoveRequest: bulkRemoveRequestSchema,
  BulkGrantRequest: bulkGrantRequestSchema,
  SetUpProfileRequest: setUpProfileSchema,
  AcceptInvitationRequest: acceptInvitationSchema,
  CreateCaseRequest: createCaseSchema,
  AddCommentRequest: addCommentSchema,
  UpdateWatchersRequest: updateWatchersSchema,
  UpdateProfileRequest: updateProfileSchema,
  UpdateLanguageRequest: updateLanguageSchema,
} as const;
export type RequestSchemaName = keyof typeof requestSchemas;
