import { commonForms } from './common-forms';
import { addAdmin } from './addAdmin';
import { adminDetails } from './adminDetails';
import { auditLog } from './auditLog';
import { bulkAdd } from './bulkAdd';
import { invitations } from './invitations';
import { mailbox } from './mailbox';
import { panel } from './panel';
import { profile } from './profile';
import { signIn } from './signIn';
import { support } from './support';
import { supportCoverage } from './supportCoverage';
import { users } from './users';

/** Every other screen's messages: one chunk, fetched the first time a screen asks for one of them. */
export const resources = {
  /** Merged into the first part's `common` (see i18n.ts). */
  common: commonForms,
  addAdmin,
  adminDetails,
  auditLog,
  bulkAdd,
  invitations,
  mailbox,
  panel,
  profile,
  signIn,
  support,
  supportCoverage,
  users,
};
