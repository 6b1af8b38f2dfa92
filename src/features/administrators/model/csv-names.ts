import { nameKey } from '@/api/rules/name-key';
import { ROLE_IDS, type RoleId } from '@/api/schemas/roles';
import { addAdmin as enAddAdmin } from '@/i18n/locales/en/addAdmin';
import { common as enCommon } from '@/i18n/locales/en/common';
import { addAdmin as frAddAdmin } from '@/i18n/locales/fr/addAdmin';
import { common as frCommon } from '@/i18n/locales/fr/common';

export type SupportOption = 'basic' | 'productSupport';
export interface RoleName {
  role: RoleId;
  /** A support option's name names the Support administrator role with that option. */
  support?: SupportOption;
}

const LOCALES = [
  { common: enCommon, addAdmin: enAddAdmin },
  { common: frCommon, addAdmin: frAddAdmin },
];
const OPTION_LABEL = { basic: 'basicSupport', productSupport: 'productSupport' } as const;

function buildMaps() {
  const roles = new Map<string, RoleName>();
  const options = new Map<string, SupportOption>();
  for (const id of ROLE_IDS) roles.set(nameKey(id), { role: id });
  for (const { common } of LOCALES) {
    for (const id of ROLE_IDS) roles.set(nameKey(common.roles[id]), { role: id });
    for (const id of ['system', 'product', 'productProfile', 'userGroup', 'deployment'] as const)
      roles.set(nameKey(common.roles.short[id]), { role: id });
    for (const option of ['basic', 'productSupport'] as const) {
      const label = OPTION_LABEL[option];
      for (const name of [common.roles[label], common.roles.short[label], option]) {
        options.set(nameKey(name), option);
        roles.set(nameKey(name), { role: 'support', support: option });
      }
    }
  }
  // `Marketo Engage - Acme Production`, as the role picker shows an instance, names the instance `Acme Production`.
  const instancePrefixes = [
    ...new Set(LOCALES.map((l) => nameKey(l.addAdmin.roles.instanceOption.split('{{name}}')[0] ?? ''))),
  ].filter(Boolean);
  return { roles, options, instancePrefixes };
}

let maps: ReturnType<typeof buildMaps> | null = null;
const mapsOf = () => (maps ??= buildMaps());

/**
 * A role as the role picker names it, in English or French (full or short label, or its id); undefined when the name
 * is no role's.
 */
export const roleByName = (name: string): RoleName | undefined => mapsOf().roles.get(nameKey(name));

/** A support option by its name (`Basic support administrator`, `Assistance produit`…) or id. */
export const supportOptionByName = (name: string): SupportOption | undefined =>
  mapsOf().options.get(nameKey(name));

/** An instance as the picker shows it (`Marketo Engage - Acme Production`) reduced to its name; other text as is. */
export function instanceName(value: string): string {
  const k = nameKey(value);
  for (const prefix of mapsOf().instancePrefixes)
    if (k.startsWith(prefix)) return value.trim().slice(prefix.length).trim();
  return value.trim();
}
