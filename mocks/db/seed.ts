import type { RoleGrant } from '@/api/schemas/roles';
import { buildAdmin } from '../factories/build-admin';
import {
  CLAIMED_DOMAIN,
  ORG_ID,
  ORG_NAME,
  SEED_EPOCH,
  buildUser,
  displayName,
  idTypeFor,
} from '../factories/build-user';
import { mulberry32 } from './prng';
import type { AdminRecord, Catalog, SeedData, SeedVariant, UserRecord } from './types';

const PRODUCTS: [string, string, string[]][] = [
  [
    'analytics',
    'Adobe Analytics',
    ['Analytics - Default', 'Analytics - Power Users', 'Analytics - Reporting only'],
  ],
  ['target', 'Adobe Target', ['Target - Default', 'Target - Approvers', 'Target - Editors']],
  ['campaign', 'Adobe Campaign', ['Campaign - Default', 'Campaign - Operators']],
  ['audience-manager', 'Audience Manager', ['Audience Manager - Default']],
  ['aem-sites', 'Adobe Experience Manager Sites', ['AEM Sites - Authors', 'AEM Sites - Publishers']],
  ['aep', 'Adobe Experience Platform', ['AEP - Data Engineers', 'AEP - Data Stewards']],
  ['rtcdp', 'Real-Time CDP', ['Real-Time CDP - Marketers']],
  ['cja', 'Customer Journey Analytics', ['CJA - Analysts', 'CJA - Admins']],
  ['marketo', 'Marketo Engage', ['Marketo Engage - Marketing Users']],
];

const INSTANCES = [
  { id: 'mkto-acme-prod', name: 'Acme Production', munchkinId: '123-ABC-456' },
  { id: 'mkto-acme-sandbox', name: 'Acme Sandbox', munchkinId: '789-XYZ-012' },
  { id: 'mkto-acme-emea-prod', name: 'Acme EMEA Production', munchkinId: '345-DEF-678' },
];

const GROUPS = [
  { id: 'grp-emea-marketing', name: 'EMEA Marketing' },
  { id: 'grp-web-analysts', name: 'Web Analysts' },
  { id: 'grp-contractors', name: 'Contractors' },
];

export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The named people of the spec: personas and test fixtures. Ids are stable: `u-<first>-<last>`. */
export const PEOPLE = {
  sam: { id: 'u-sam-rivera', firstName: 'Sam', lastName: 'Rivera', email: 'sam.rivera@acme.example' },
  priya: {
    id: 'u-priya-natarajan',
    firstName: 'Priya',
    lastName: 'Natarajan',
    email: 'priya.natarajan@acme.example',
  },
  lucas: { id: 'u-lucas-moreau', firstName: 'Lucas', lastName: 'Moreau', email: 'lucas.moreau@acme.example' },
  hana: {
    id: 'u-hana-kobayashi',
    firstName: 'Hana',
    lastName: 'Kobayashi',
    email: 'hana.kobayashi@acme.example',
  },
  diego: {
    id: 'u-diego-alvarez',
    firstName: 'Diego',
    lastName: 'Alvarez',
    email: 'diego.alvarez@acme.example',
  },
  amara: { id: 'u-amara-okafor', firstName: 'Amara', lastName: 'Okafor', email: 'amara.okafor@acme.example' },
  jonas: { id: 'u-jonas-weber', firstName: 'Jonas', lastName: 'Weber', email: 'jonas.weber@acme.example' },
  camille: {
    id: 'u-camille-martin',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@acme.example',
  },
  elodie: {
    id: 'u-elodie-dubois',
    firstName: 'Élodie',
    lastName: 'Dubois',
    email: 'elodie.dubois@acme.example',
  },
  sean: { id: 'u-sean-obrien', firstName: 'Seán', lastName: "O'Brien", email: 'sean.obrien@acme.example' },
  alex: { id: 'u-alex-chen', firstName: 'Alex', lastName: 'Chen', email: 'alex.chen@mail.example' },
} as const;
export type PersonKey = keyof typeof PEOPLE;

const PERSON_ROLES: Partial<Record<PersonKey, RoleGrant[]>> = {
  sam: [{ role: 'system' }],
  priya: [{ role: 'product', productIds: ['analytics', 'target'] }],
  lucas: [{ role: 'productProfile', profileIds: ['target-1'] }],
  hana: [{ role: 'userGroup', groupIds: ['grp-emea-marketing'] }],
  diego: [{ role: 'deployment' }],
  amara: [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }],
  jonas: [{ role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] }],
};

const FIRST = [
  'Ava',
  'Ben',
  'Chloé',
  'Dmitri',
  'Emma',
  'Farid',
  'Grace',
  'Hugo',
  'Inès',
  'Jamal',
  'Kenji',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Paula',
  'Quentin',
  'Rosa',
  'Sofia',
  'Tariq',
  'Uma',
  'Victor',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Aisha',
  'Björn',
  'Carmen',
  'Diana',
  'Eitan',
  'Fatima',
  'Giulia',
  'Hiro',
  'Ivan',
  'Julia',
  'Kofi',
  'Lucía',
  'Malik',
  'Nina',
];
const LAST = [
  'Anderson',
  'Bernard',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lambert',
  'Müller',
  'Nguyen',
  'Olsen',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Valdez',
  'Wagner',
  'Xu',
  'Yamamoto',
  'Zimmermann',
  'Abe',
  'Brennan',
  'Chowdhury',
  'Dias',
  'Evans',
  'Fontaine',
  'Gupta',
  'Horvat',
];

/** Display name of one generated user: an HTML payload that must always render as text. */
export const HTML_PAYLOAD_NAME = { firstName: '<img src=x onerror=alert(1)>', lastName: '<b>Bold</b>' };

export interface SeedSizes {
  users: number;
  admins: number;
  instances: number;
  profiles: number;
}

export const SIZES: Record<SeedVariant, SeedSizes> = {
  default: { users: 2000, admins: 0, instances: 3, profiles: 0 },
  'empty-org': { users: 0, admins: 0, instances: 3, profiles: 0 },
  // 100 admins: the named seven, then 93 generated ones from the end of the user list.
  'mid-size-org': { users: 10_000, admins: 100, instances: 10, profiles: 50 },
  'large-org': { users: 100_000, admins: 10_000, instances: 40, profiles: 200 },
};

function buildCatalog(sizes: SeedSizes): Catalog {
  const products = PRODUCTS.map(([id, name]) => ({ id, name }));
  const profiles = PRODUCTS.flatMap(([productId, , names]) =>
    names.map((name, i) => ({ id: `${productId}-${i}`, name, productId })),
  );
  // Lucas's profile: Target - Approvers is `target-1`.
  for (let i = profiles.length; i < sizes.profiles; i += 1) {
    const [productId, productName] = PRODUCTS[i % PRODUCTS.length] ?? PRODUCTS[0]!;
    profiles.push({ id: `${productId}-x${i}`, name: `${productName} - Team ${i}`, productId });
  }
  const instances = [...INSTANCES];
  for (let i = instances.length; i < sizes.instances; i += 1) {
    const n = String(i).padStart(3, '0');
    instances.push({
      id: `mkto-region-${n}`,
      name: `Acme Region ${n}`,
      munchkinId: `${n}-RGN-${(i * 37) % 1000}`,
    });
  }
  return {
    org: { id: ORG_ID, name: ORG_NAME, claimedDomains: [CLAIMED_DOMAIN] },
    products,
    profiles,
    groups: GROUPS,
    instances,
  };
}

function namedUsers(): UserRecord[] {
  return (Object.keys(PEOPLE) as PersonKey[]).map((key) => {
    const p = PEOPLE[key];
    const base = buildUser({
      id: p.id,
      email: p.email,
      firstName: p.firstName,
      lastName: p.lastName,
      name: displayName(p.firstName, p.lastName, p.email),
      idType: idTypeFor(p.email),
      country: 'US',
      createdAt: SEED_EPOCH,
      memberOf: key === 'hana' || key === 'elodie' ? ['grp-emea-marketing'] : [],
    });
    // Élodie chose French in the console: her emails are written in French.
    if (key === 'elodie') {
      base.language = 'fr';
      base.country = 'FR';
    }
    if (key === 'alex') {
      base.profiles = [
        { id: 'p-alex-personal', name: 'Personal profile', kind: 'personal' },
        { id: 'p-alex-acme', name: ORG_NAME, kind: 'business', orgId: ORG_ID },
      ];
    }
    return base;
  });
}

/** Generated names come from short lists: slug each one once (100,000 users in large-org). */
const nameSlugs = new Map<string, string>();
function slugOfName(name: string): string {
  let v = nameSlugs.get(name);
  if (v === undefined) {
    v = slug(name);
    nameSlugs.set(name, v);
  }
  return v;
}

const SEED_RANDOM = 20261125;
const COUNTRIES = ['US', 'FR', 'DE', 'GB', 'JP', 'IN', 'BR', 'CA'];
const PAYLOAD_INDEX = 1337;
/** No choice drawn: the payload user's names, or no group. */
const NONE = 255;

/** The random choices of one generated user, drawn in the order the records always drew them. */
function drawChoices(
  i: number,
  rand: () => number,
): [first: number, last: number, country: number, group: number] {
  const isPayload = i === PAYLOAD_INDEX;
  const first = isPayload ? NONE : Math.floor(rand() * FIRST.length);
  const last = isPayload ? NONE : Math.floor(rand() * LAST.length);
  const country = Math.floor(rand() * COUNTRIES.length);
  const group = rand() < 0.1 ? Math.floor(rand() * GROUPS.length) : NONE;
  return [first, last, country, group];
}

export const generatedUserId = (i: number) => `u-g-${String(i).padStart(6, '0')}`;

/** The record of generated user `i` from its choices. */
function userFromChoices(i: number, first: number, last: number, country: number, group: number): UserRecord {
  const isPayload = i === PAYLOAD_INDEX;
  const firstName = isPayload ? HTML_PAYLOAD_NAME.firstName : FIRST[first]!;
  const lastName = isPayload ? HTML_PAYLOAD_NAME.lastName : LAST[last]!;
  const id = generatedUserId(i);
  const local = isPayload ? `payload.user${i}` : `${slugOfName(firstName)}.${slugOfName(lastName)}${i}`;
  const email = `${local}@${i % 10 === 0 ? 'partner.example' : CLAIMED_DOMAIN}`;
  return {
    id,
    email,
    firstName,
    lastName,
    name: displayName(firstName, lastName, email),
    idType: idTypeFor(email),
    profiles: [{ id: `p-${id}`, name: ORG_NAME, kind: 'business', orgId: ORG_ID }],
    country: COUNTRIES[country]!,
    createdAt: SEED_EPOCH,
    memberOf: group === NONE ? [] : [GROUPS[group]!.id],
  };
}

/** Generated users `u-g-000001`…: the same list on every start. */
export function generatedUser(i: number, rand: () => number): UserRecord {
  return userFromChoices(i, ...drawChoices(i, rand));
}

/**
 * The generated users in compact form: one pass of the same random sequence stores each user's choices
 * (4 bytes); `user(i)` builds the record on demand, equal to `generatedUser(i, …)` of the eager seed.
 */
export class CompactUsers {
  private readonly choices: Uint8Array;

  constructor(readonly count: number) {
    this.choices = new Uint8Array((count + 1) * 4);
    const rand = mulberry32(SEED_RANDOM);
    for (let i = 1; i <= count; i += 1) this.choices.set(drawChoices(i, rand), i * 4);
  }

  user(i: number): UserRecord {
    const c = this.choices;
    const o = i * 4;
    return userFromChoices(i, c[o]!, c[o + 1]!, c[o + 2]!, c[o + 3]!);
  }

  /** `user(i).name` without building the record. */
  name(i: number): string {
    const o = i * 4;
    const isPayload = i === PAYLOAD_INDEX;
    const firstName = isPayload ? HTML_PAYLOAD_NAME.firstName : FIRST[this.choices[o]!]!;
    const lastName = isPayload ? HTML_PAYLOAD_NAME.lastName : LAST[this.choices[o + 1]!]!;
    return displayName(firstName, lastName, '');
  }

  /** `u-g-000042` → 42 (0 when the id is not one of these users). */
  indexOf(id: string): number {
    if (id.length !== 10 || !id.startsWith('u-g-')) return 0;
    const i = Number(id.slice(4));
    return Number.isInteger(i) && i >= 1 && i <= this.count && generatedUserId(i) === id ? i : 0;
  }
}

/** Compact users are immutable: built once per size and shared by every database of that variant. */
const compactBySize = new Map<number, CompactUsers>();
function compactUsers(count: number): CompactUsers {
  let c = compactBySize.get(count);
  if (!c) {
    c = new CompactUsers(count);
    compactBySize.set(count, c);
  }
  return c;
}

/** The whole seed of one variant: a pure function of the variant name. */
export function buildSeed(variant: SeedVariant, signedInId: string = PEOPLE.sam.id): SeedData {
  const sizes = SIZES[variant];
  const catalog = buildCatalog(sizes);
  if (variant === 'empty-org') {
    const me = namedUsers().find((u) => u.id === signedInId) ?? namedUsers()[0]!;
    return { catalog, users: [me], admins: [buildAdmin(me.id, [{ role: 'system' }])] };
  }
  const users = namedUsers();
  const rand = mulberry32(SEED_RANDOM);
  for (let i = 1; i <= sizes.users; i += 1) users.push(generatedUser(i, rand));
  return { catalog, users, admins: seedAdmins(sizes, catalog, users.length, (pos) => users[pos]!.id) };
}

/**
 * The same seed with the generated users compact (`CompactSeed.generated`), for the database: 100,000 users
 * cost one pass of the random sequence, not 100,000 records, before the first response.
 */
export interface CompactSeed {
  catalog: Catalog;
  named: UserRecord[];
  generated: CompactUsers;
  admins: AdminRecord[];
}

export function buildCompactSeed(variant: SeedVariant, signedInId: string = PEOPLE.sam.id): CompactSeed {
  const sizes = SIZES[variant];
  const catalog = buildCatalog(sizes);
  if (variant === 'empty-org') {
    const { users, admins } = buildSeed(variant, signedInId);
    return { catalog, named: users, generated: compactUsers(0), admins };
  }
  const named = namedUsers();
  const generated = compactUsers(sizes.users);
  const total = named.length + generated.count;
  const idAt = (pos: number) =>
    pos < named.length ? named[pos]!.id : generatedUserId(pos - named.length + 1);
  return { catalog, named, generated, admins: seedAdmins(sizes, catalog, total, idAt) };
}

/** The named admins, then (mid-size-org, large-org) up to `sizes.admins` in all taken from the end of the user list, deterministic. */
function seedAdmins(
  sizes: SeedSizes,
  catalog: Catalog,
  userCount: number,
  idAt: (pos: number) => string,
): AdminRecord[] {
  const admins: AdminRecord[] = (Object.keys(PERSON_ROLES) as PersonKey[]).map((k) =>
    buildAdmin(PEOPLE[k].id, PERSON_ROLES[k] ?? []),
  );
  const extra = sizes.admins - admins.length;
  for (let i = 0; i < extra; i += 1) {
    const pos = userCount - 1 - i;
    if (pos < 0) break;
    const kind = i % 5;
    const roles: RoleGrant[] =
      kind === 0
        ? [{ role: 'product', productIds: [catalog.products[i % catalog.products.length]!.id] }]
        : kind === 1
          ? [{ role: 'productProfile', profileIds: [catalog.profiles[i % catalog.profiles.length]!.id] }]
          : kind === 2
            ? [{ role: 'userGroup', groupIds: [GROUPS[i % GROUPS.length]!.id] }]
            : kind === 3
              ? [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }]
              : [{ role: 'deployment' }];
    admins.push(buildAdmin(idAt(pos), roles, { status: i % 7 === 0 ? 'pending' : 'active' }));
  }
  return admins;
}
