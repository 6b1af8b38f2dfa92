/**
 * Bad-input table: every hostile or borderline value goes through the zod schema the form uses AND
 * through the handler that receives it (MSW node server). Both must give the same verdict
 * (accept / reject), a rejection must carry an i18n message key that exists in English and French,
 * and nothing may crash (no 5xx, no exception). Text is stored as text: HTML, script and SQL-looking
 * values are accepted where free text is, and never interpreted.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from '@/api/zod';
import { emailSchema } from '@/api/schemas/common';
import { setUpProfileSchema } from '@/api/schemas/invitations';
import { roleGrantsSchema } from '@/api/schemas/roles';
import { signInRequestSchema } from '@/api/schemas/session';
import { addCommentSchema, createCaseSchema } from '@/api/schemas/support';
import { createUserSchema } from '@/api/schemas/users';
import { changeLanguage, loadAllMessages } from '@/i18n/i18n';
import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';

type Verdict = 'accept' | string; // 'accept' or the i18n key of the rejection
interface Input {
  label: string;
  value: string;
  /** Expected verdict per field kind (the table's intent, checked against schema and handler). */
  email: Verdict;
}

const LOCAL_64 = 'a'.repeat(64);
const label63 = (c: string) => c.repeat(63);
const email254 = `${LOCAL_64}@${label63('b')}.${label63('c')}.${'d'.repeat(58)}.fr`; // 64+1+189 = 254
const email255 = `${LOCAL_64}@${label63('b')}.${label63('c')}.${'d'.repeat(59)}.fr`;

const INVALID = 'validation.emailInvalid';
const TEXT: Input[] = [
  { label: 'empty', value: '', email: 'validation.emailRequired' },
  { label: 'whitespace only', value: '  \t\n ', email: 'validation.emailRequired' },
  { label: '10,000 characters', value: 'x'.repeat(10_000), email: 'validation.emailTooLong' },
  { label: '100,000 characters', value: 'y'.repeat(100_000), email: 'validation.emailTooLong' },
  { label: 'emoji', value: '🎉 Zoë 👩🏽‍💻', email: INVALID },
  { label: 'right-to-left text', value: 'مرحبا שלום', email: INVALID },
  { label: 'HTML payload', value: '<img src=x onerror=alert(1)><b>bold</b>', email: INVALID },
  { label: 'script payload', value: '<script>alert("pwned")</script>', email: INVALID },
  { label: 'SQL-looking text', value: "Robert'); DROP TABLE users;--", email: INVALID },
];
const EMAILS: Input[] = [
  { label: 'a@b (no dot in domain)', value: 'a@b', email: INVALID },
  { label: 'a@b.c (one-letter TLD)', value: 'a@b.c', email: INVALID },
  { label: 'a..b@c.d (consecutive dots)', value: 'a..b@c.d', email: INVALID },
  { label: 'quoted local part', value: '"quoted"@acme.example', email: INVALID },
  { label: 'trailing dot', value: 'name@acme.example.', email: INVALID },
  { label: '254 characters', value: email254, email: 'accept' },
  { label: '255 characters', value: email255, email: 'validation.emailTooLong' },
  { label: 'internationalised domain', value: 'josé@exämple.fr', email: 'accept' },
  { label: 'punycode domain', value: 'jose@xn--exmple-cua.fr', email: 'accept' },
  { label: 'upper case with spaces around', value: '  New.Person@Acme.Example ', email: 'accept' },
  { label: 'plus tag and subdomain', value: 'first.last+tag@mail.partner.example', email: 'accept' },
];

/** Verdict of free text with `min 1` and `max` (required) or `max` only (optional name). */
function textVerdict(v: string, max: number, required: string | null, tooLong: string): Verdict {
  const t = v.trim();
  if (!t) return required ?? 'accept';
  return t.length > max ? tooLong : 'accept';
}

function schemaVerdict(schema: z.ZodMiniType, body: unknown): { verdict: Verdict; path: string } {
  const r = schema.safeParse(body);
  if (r.success) return { verdict: 'accept', path: '' };
  const issue = r.error.issues[0]!;
  return { verdict: issue.message, path: issue.path.join('.') };
}

async function post(path: string, body: unknown) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as { errors?: Record<string, string[]> } | null;
  return { status: res.status, errors: json?.errors ?? {} };
}

const signInAs = (id: string) => setSession(id);
async function createCase() {
  const r = await post('/api/support/cases', caseBody({}));
  expect(r.status).toBe(201);
  return (await (await fetch('/api/support/cases')).json()) as { items: { id: string }[] };
}
function caseBody(over: Record<string, string>) {
  return {
    productId: 'target',
    title: 'Activities not loading',
    description: 'Since Monday.',
    priority: 'medium',
    businessImpact: 'Campaign launch blocked.',
    timeZone: 'emea',
    productFields: {},
    ...over,
  };
}
/** A new admin added by email, signed in as the invitee, ready to set up a profile. */
async function invitationToken(): Promise<string> {
  const r = await fetch('/api/administrators', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ newUser: { email: 'invitee@partner.example' }, roles: [{ role: 'deployment' }] }),
  });
  const body = (await r.json()) as {
    invitation: { token: string };
    administrator: { userId?: string; id?: string };
  };
  const res = await fetch('/api/users?q=invitee');
  const found = (await res.json()) as { items: { id: string; email: string }[] };
  signInAs(found.items.find((u) => u.email === 'invitee@partner.example')!.id);
  return body.invitation.token;
}

interface Target {
  name: string;
  schema: z.ZodMiniType;
  body: (v: string) => unknown;
  expected: (i: Input) => Verdict;
  /** The handler that receives this form; `prepare` signs in and creates what it needs. */
  send: (body: unknown) => Promise<{ status: number; errors: Record<string, string[]> }>;
  /** Statuses meaning "valid input, refused for a business reason" (unknown account, unknown target…). */
  businessRejections?: number[];
}

const asText = (max: number, req: string | null, long: string) => (i: Input) =>
  textVerdict(i.value, max, req, long);
const TARGETS: Target[] = [
  {
    name: 'emailSchema → POST /api/session',
    schema: emailSchema,
    body: (v) => v,
    expected: (i) => i.email,
    send: (v) => post('/api/session', { email: v }),
    businessRejections: [404],
  },
  {
    name: 'signInRequestSchema → POST /api/session',
    schema: signInRequestSchema,
    body: (v) => ({ email: v }),
    expected: (i) => i.email,
    send: (b) => post('/api/session', b),
    businessRejections: [404],
  },
  {
    name: 'createUserSchema.email → POST /api/administrators (newUser)',
    schema: createUserSchema,
    body: (v) => ({ email: v }),
    expected: (i) => i.email,
    send: (b) => post('/api/administrators', { newUser: b, roles: [{ role: 'deployment' }] }),
  },
  {
    name: 'createUserSchema.firstName → POST /api/users',
    schema: createUserSchema,
    body: (v) => ({ email: 'new.person@acme.example', firstName: v }),
    expected: asText(100, null, 'validation.nameTooLong'),
    send: (b) => post('/api/users', b),
  },
  {
    name: 'setUpProfileSchema.lastName → POST /api/invitations/:token/profile',
    schema: setUpProfileSchema,
    body: (v) => ({ firstName: 'Ines', lastName: v, country: 'FR' }),
    expected: asText(100, 'validation.nameRequired', 'validation.nameTooLong'),
    send: async (b) => post(`/api/invitations/${await invitationToken()}/profile`, b),
  },
  {
    name: 'createCaseSchema.title → POST /api/support/cases',
    schema: createCaseSchema,
    body: (v) => caseBody({ title: v }),
    expected: asText(255, 'validation.titleRequired', 'validation.titleTooLong'),
    send: (b) => {
      signInAs(PEOPLE.amara.id);
      return post('/api/support/cases', b);
    },
  },
  {
    name: 'createCaseSchema.description → POST /api/support/cases',
    schema: createCaseSchema,
    body: (v) => caseBody({ description: v }),
    expected: asText(32_000, 'validation.descriptionRequired', 'validation.descriptionTooLong'),
    send: (b) => {
      signInAs(PEOPLE.amara.id);
      return post('/api/support/cases', b);
    },
  },
  {
    name: 'createCaseSchema.watchers (one address) → POST /api/support/cases',
    schema: createCaseSchema,
    body: (v) => ({ ...caseBody({}), watchers: [v] }),
    expected: (i) => i.email,
    send: (b) => {
      signInAs(PEOPLE.amara.id);
      return post('/api/support/cases', b);
    },
  },
  {
    name: 'addCommentSchema.body → POST /api/support/cases/:id/comments',
    schema: addCommentSchema,
    body: (v) => ({ body: v }),
    expected: asText(32_000, 'validation.commentRequired', 'validation.commentTooLong'),
    send: async (b) => {
      signInAs(PEOPLE.amara.id);
      const { items } = await createCase();
      return post(`/api/support/cases/${items[0]!.id}/comments`, b);
    },
  },
  {
    name: 'roleGrantsSchema (product id) → POST /api/administrators',
    schema: roleGrantsSchema,
    body: (v) => [{ role: 'product', productIds: [v] }],
    // Any id of 1–100 characters is well-formed; the handler then refuses ids that do not exist.
    expected: (i) =>
      i.value.length === 0
        ? 'validation.productsRequired'
        : i.value.length > 100
          ? 'validation.unknownTarget'
          : 'accept',
    send: (roles) => post('/api/administrators', { userId: PEOPLE.camille.id, roles }),
    businessRejections: [400],
  },
];

// Both languages' messages (the form messages come with the later part), so a key is looked up in each.
beforeAll(loadAllMessages);

const keyExists = (key: string) =>
  ['common', 'support'].some(
    (ns) => i18next.exists(`${ns}:${key}`, { lng: 'en' }) && i18next.exists(`${ns}:${key}`, { lng: 'fr' }),
  );

const ROWS = TARGETS.flatMap((t) =>
  [...TEXT, ...EMAILS].map((i) => ({ t, i, title: `${t.name} ← ${i.label}` })),
);

describe('bad input: client schema and handler agree', () => {
  it.each(ROWS)('$title', async ({ t, i }) => {
    await changeLanguage('fr', false); // load the French bundle for the key check
    await changeLanguage('en', false);
    const body = t.body(i.value);
    const client = schemaVerdict(t.schema, body);
    expect(client.verdict).toBe(t.expected(i));
    if (client.verdict !== 'accept')
      expect(keyExists(client.verdict), `${client.verdict} is an i18n key`).toBe(true);

    const server = await t.send(body);
    expect(server.status, 'no crash').toBeLessThan(500);
    if (client.verdict === 'accept') {
      const business = t.businessRejections ?? [];
      if (server.status >= 400 && business.includes(server.status) && server.status === 400) {
        expect(Object.values(server.errors).flat()).toContain('validation.unknownTarget');
      } else if (server.status >= 400) {
        expect(business).toContain(server.status);
      }
    } else {
      expect(server.status).toBe(400);
      const keys = Object.values(server.errors).flat();
      expect(keys).toContain(client.verdict);
    }
  });
});
