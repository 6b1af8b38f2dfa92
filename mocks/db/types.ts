import type { AuditEntry } from '@/api/schemas/audit';
import type { MarketoInstance, Org, Product, ProductProfile, UserGroup } from '@/api/schemas/catalog';
import type { EmailMessage, Invitation } from '@/api/schemas/invitations';
import type { RoleGrant } from '@/api/schemas/roles';
import type { SupportCase } from '@/api/schemas/support';
import type { User } from '@/api/schemas/users';
import type { Answer } from '../http';

export type UserRecord = User & { createdAt: string; memberOf: string[] };

export interface AdminRecord {
  userId: string;
  roles: RoleGrant[];
  /** As stored; what the API reports may be `expired` (a pending admin whose invitation has expired). */
  status: 'active' | 'pending';
  invitedAt?: string;
  acceptedAt?: string;
  invitationToken?: string;
  version: number;
}

/** A stored answer to replay: keyed on caller, method, path and Idempotency-Key; `fingerprint` of the body. */
export interface IdempotencyRecord {
  key: string;
  fingerprint: string;
  answer: Answer;
  at: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Every table of the mock database, keyed by the record's id. */
export interface Tables {
  users: UserRecord;
  admins: AdminRecord;
  invitations: Invitation;
  emails: EmailMessage;
  audit: AuditEntry;
  cases: SupportCase;
  idempotency: IdempotencyRecord;
  meta: MetaRecord;
}
export type TableName = keyof Tables;

export interface Catalog {
  org: Org;
  products: Product[];
  profiles: ProductProfile[];
  groups: Omit<UserGroup, 'memberCount'>[];
  instances: MarketoInstance[];
}

export interface SeedData {
  catalog: Catalog;
  users: UserRecord[];
  admins: AdminRecord[];
}

export type SeedVariant = 'default' | 'empty-org' | 'mid-size-org' | 'large-org';
