import { common } from './common';
import { administrators } from './administrators';
import { addAdmin } from './addAdmin';
import { signIn } from './signIn';
import { mailbox } from './mailbox';
import { invitations } from './invitations';
import { adminDetails } from './adminDetails';
import { auditLog } from './auditLog';
import { support } from './support';
import { panel } from './panel';
import { users } from './users';

/** Every namespace of this language. */
export const resources = { common, administrators, addAdmin, signIn, mailbox, invitations, adminDetails, auditLog, support, panel, users };
