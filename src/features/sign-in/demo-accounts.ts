/** The named people of the demo org (PRODUCT.md §2) with the i18n key of their role summary. */
export const DEMO_ACCOUNTS = [
  { name: 'Sam Rivera', email: 'sam.rivera@acme.example', summary: 'system' },
  { name: 'Priya Natarajan', email: 'priya.natarajan@acme.example', summary: 'product' },
  { name: 'Lucas Moreau', email: 'lucas.moreau@acme.example', summary: 'productProfile' },
  { name: 'Hana Kobayashi', email: 'hana.kobayashi@acme.example', summary: 'userGroup' },
  { name: 'Diego Alvarez', email: 'diego.alvarez@acme.example', summary: 'deployment' },
  { name: 'Amara Okafor', email: 'amara.okafor@acme.example', summary: 'basicSupport' },
  { name: 'Jonas Weber', email: 'jonas.weber@acme.example', summary: 'productSupport' },
  { name: 'Camille Martin', email: 'camille.martin@acme.example', summary: 'none' },
  { name: 'Élodie Dubois', email: 'elodie.dubois@acme.example', summary: 'none' },
  { name: "Seán O'Brien", email: 'sean.obrien@acme.example', summary: 'none' },
  { name: 'Alex Chen', email: 'alex.chen@mail.example', summary: 'twoProfiles' },
] as const;

export type DemoSummary = (typeof DEMO_ACCOUNTS)[number]['summary'];

/** Where to go after signing in: a local path only (never another site). */
export function safeNext(next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return '/users/administrators';
}
