import type { adminDetails as en } from '../en/adminDetails';

export const adminDetails: typeof en = {};
