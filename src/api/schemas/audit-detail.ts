import { z } from '../zod';
import { roleGrantSchema } from './roles';
import { caseStatusSchema } from './support';
import { idTypeSchema } from './users';

const kind = <K extends string>(k: K) => z.literal(k);
const caseRef = { caseId: z.string(), title: z.string() };

/**
 * What an audit entry says, as data: the audit log writes it in the reader's language (role names from the locale
 * files, scope names from the catalogue). `text` is an entry stored in English by an older version, shown as it is.
 */
export const auditDetailSchema = z.discriminatedUnion('kind', [
  /** Roles given (a first grant, or more roles for an admin). */
  z.object({ kind: kind('granted'), roles: z.array(roleGrantSchema) }),
  /** `Edit admin rights`: the roles after the edit. */
  z.object({ kind: kind('rolesNow'), roles: z.array(roleGrantSchema) }),
  z.object({ kind: kind('removed'), roles: z.array(roleGrantSchema) }),
  /** Time-bound grants: the roles that reached their end day. */
  z.object({ kind: kind('ended'), roles: z.array(roleGrantSchema) }),
  /** Time-bound grants: the end day of the org's last System administrator came, and the role was kept. */
  z.object({ kind: kind('keptLastSystemAdmin') }),
  z.object({ kind: kind('userCreated'), idType: idTypeSchema }),
  z.object({ kind: kind('emailSent'), to: z.string() }),
  z.object({ kind: kind('invitationExpired'), to: z.string() }),
  z.object({ kind: kind('accepted'), profileId: z.string(), profileName: z.string() }),
  /** A case opened, closed or reopened. */
  z.object({ kind: kind('case'), ...caseRef }),
  z.object({ kind: kind('caseCommented'), caseId: z.string() }),
  z.object({ kind: kind('caseReplied'), caseId: z.string(), status: caseStatusSchema }),
  z.object({ kind: kind('caseWatchers'), caseId: z.string(), count: z.number() }),
  z.object({ kind: kind('text'), text: z.string() }),
]);
export type AuditDetail = z.infer<typeof auditDetailSchema>;

/** What an entry is about: an administrator, an invitation, a user, or a product (support cases). */
export const auditObjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: kind('administrator') }),
  z.object({ kind: kind('invitation') }),
  z.object({ kind: kind('user') }),
  /** `name` as it was then: shown when the catalogue no longer has the product. */
  z.object({ kind: kind('product'), productId: z.string(), name: z.string() }),
]);
export type AuditObject = z.infer<typeof auditObjectSchema>;
