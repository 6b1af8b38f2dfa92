import type { AuditEntry } from '@/api/schemas/audit';
import type { MarketoInstance, Org, Product, ProductProfile, UserGroup } from '@/api/schemas/catalog';
import type { EmailMessage, Invitation } from '@/api/schemas/invitations';
import type { RoleGrant, RoleId } from '@/api/schemas/roles';
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
  /**
   * Per role: when it was granted and accepted, and its end day when time-bound. A role without an entry (older
   * stored rows, the seed) has the record's `invitedAt` and `acceptedAt`.
   */
  grantDates?: Partial<Record<RoleId, GrantMeta>>;
  version: number;
}

/** One role's dates (ISO instants; `endDate` a UTC day `YYYY-MM-DD`). */
export interface GrantMeta {
  invitedAt?: string;
  acceptedAt?: string;
  endDate?: string;
}

/** A support case as stored: what the API shows, plus when Adobe Support acts on it next (mock clock). */
export type CaseRecord = SupportCase & {
  /** The next reply from Adobe Support is due then (none: the case waits for the customer or is closed). */
  nextStepAt?: string;
};

/**
 * An uploaded file's record (its bytes are in the attachment store, keyed by their SHA-256). Uploaded first, then
 * attached to a case or a comment by its uploader; until then only the uploader can read it.
 */
export interface AttachmentRecord {
  id: string;
  ownerId: string;
  name: string;
  size: number;
  /** The type it is served with (from the extension: mocks/services/attachments.ts). */
  type: string;
  sha256: string;
  uploadedAt: string;
  caseId?: string;
  /** Set when it came with a comment. */
  commentId?: string;
}

/** An audit entry as stored: `seq` is its place in the log (older stored entries have 0). */
export type AuditRecord = AuditEntry & { seq: number };

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
  audit: AuditRecord;
  cases: CaseRecord;
  attachments: AttachmentRecord;
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
