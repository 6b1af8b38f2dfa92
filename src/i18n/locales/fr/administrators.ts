import type { administrators as en } from '../en/administrators';

export const administrators: typeof en = {};
