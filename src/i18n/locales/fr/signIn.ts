import type { signIn as en } from '../en/signIn';

export const signIn: typeof en = {};
