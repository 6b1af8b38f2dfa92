import type { mailbox as en } from '../en/mailbox';

export const mailbox: typeof en = {};
