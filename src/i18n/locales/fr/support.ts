import type { support as en } from '../en/support';

export const support: typeof en = {};
