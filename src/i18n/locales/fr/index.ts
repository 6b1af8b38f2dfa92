import { resources as firstLoad } from './first-load';
import { resources as later } from './later';

/** Every namespace of this language (tests, parity checks); the app loads them in two parts (see i18n.ts). */
export const resources = { ...firstLoad, ...later, common: { ...firstLoad.common, ...later.common } };
