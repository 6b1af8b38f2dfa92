import type { addAdmin as en } from '../en/addAdmin';

export const addAdmin: typeof en = {};
