import type { auditLog as en } from '../en/auditLog';

export const auditLog: typeof en = {};
