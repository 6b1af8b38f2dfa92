import type { invitations as en } from '../en/invitations';

export const invitations: typeof en = {};
