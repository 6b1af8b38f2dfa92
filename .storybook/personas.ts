import { PEOPLE } from '@mocks/db/seed';

/** The personas of the toolbar: each sees something different (PRODUCT.md §2). Keys are the seed's `PEOPLE` keys. */
export const PERSONAS = {
  sam: 'Sam Rivera · System administrator',
  priya: 'Priya Natarajan · Product administrator',
  lucas: 'Lucas Moreau · Product profile administrator',
  hana: 'Hana Kobayashi · User group administrator',
  diego: 'Diego Alvarez · Deployment administrator',
  amara: 'Amara Okafor · Basic support administrator',
  jonas: 'Jonas Weber · Product support administrator',
  camille: 'Camille Martin · no admin role',
  alex: 'Alex Chen · two profiles, no admin role',
  'signed-out': 'Signed out',
} as const;
export type Persona = keyof typeof PERSONAS;

export function isPersona(v: unknown): v is Persona {
  return typeof v === 'string' && v in PERSONAS;
}

/** The persona's email, what the app's `?as=` takes; `null` signs out. */
export function emailOf(persona: Persona): string | null {
  return persona === 'signed-out' ? null : PEOPLE[persona].email;
}
