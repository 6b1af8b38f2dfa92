import { administrators } from './administrators';
import { common } from './common';

/** What the landing screen (Users › Administrators) and the shell need: part of the first load. */
export const resources = { common, administrators };
