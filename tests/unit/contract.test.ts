import Ajv2020 from 'ajv/dist/2020';
import type { HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';
import { handlers } from '@mocks/handlers';
import { configureRuntime, runtime } from '@mocks/runtime';
import { findUserByEmail } from '@mocks/services/users';
import { buildOpenApi, MOCK_API_BASE } from '@/api/contract/openapi';
import { multipartFile } from '@tests/utils/multipart';
import { routes } from '@/api/contract/routes';
import committed from '../../openapi.json';
import pkg from '../../package.json';

/**
 * The contract (openapi.json, generated from src/api/contract) against the mock handlers: every handler's route is
 * in the registry and back, the committed file is up to date, and example requests of every route get answers
 * whose status the spec documents and whose body its JSON Schema accepts.
 */
type Spec = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
const spec = buildOpenApi(pkg.version) as unknown as Spec;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec, 'openapi');
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const DAY = 86_400_000;
const basic = [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }];
/** An end date in range for a time-bound grant (the examples run on the real clock). */
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const analyticsCase = {
  productId: 'analytics',
  title: 'Report has no data',
  description: 'Empty since Monday.',
  priority: 'high',
  businessImpact: 'Revenue report late',
  timeZone: 'emea',
  productFields: { reportSuite: 'acme-global' },
};

function signIn(email: string | null): void {
  setSession(email === null ? null : findUserByEmail(email)!.id);
}

type Multipart = ReturnType<typeof multipartFile>;
const isMultipart = (body: unknown): body is Multipart =>
  typeof body === 'object' && body !== null && 'body' in body && ArrayBuffer.isView(body.body);

/** A JSON body, or a multipart one (tests/utils/multipart.ts). */
async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const type = isMultipart(body) ? body.type : 'application/json';
  return fetch(`${MOCK_API_BASE}${path}`, {
    method: method.toUpperCase(),
    headers: { ...(body === undefined ? {} : { 'Content-Type': type }), ...headers },
    ...(body === undefined
      ? {}
      : { body: isMultipart(body) ? (body.body as Uint8Array<ArrayBuffer>) : JSON.stringify(body) }),
  });
}

const fileForm = (name = 'notes.txt', text = 'Steps to reproduce'): Multipart =>
  multipartFile(name, 'text/plain', new TextEncoder().encode(text));
/** Set-up through the API as Amara: one of her uploads, not yet attached. */
async function upload(): Promise<string> {
  signIn(PEOPLE.amara.email);
  return ((await (await send('post', '/support/attachments', fileForm())).json()) as { id: string }).id;
}
/** An attachment store that keeps nothing: what a browser that evicted the files, or is out of room, does. */
const forgetfulStore = (fails: boolean) => ({
  put: () => (fails ? Promise.reject(new Error('quota')) : Promise.resolve()),
  get: () => Promise.resolve(null),
  clear: () => Promise.resolve(),
});

/** Set-up through the API as Sam: a grant's invitation token. */
async function grant(body: unknown): Promise<string> {
  signIn(PEOPLE.sam.email);
  const res = await send('post', '/administrators', body);
  return ((await res.json()) as { invitation: { token: string } }).invitation.token;
}
async function openCase(close = false): Promise<string> {
  signIn(PEOPLE.amara.email);
  const { id } = (await (await send('post', '/support/cases', analyticsCase)).json()) as { id: string };
  if (close) await send('post', `/support/cases/${id}/close`);
  return id;
}

interface Example {
  /** `method path` of the registry. */
  route: string;
  name: string;
  status: number;
  /** Signed in as (default Sam Rivera); `null` signed out. */
  as?: string | null;
  /** Path parameters, from set-up done through the API. */
  params?: () => Promise<Record<string, string>> | Record<string, string>;
  query?: string;
  /** The body, or a function of what `params` set up. */
  body?: unknown;
}

/** What an example's set-up uploaded, for its body. */
let uploaded = '';

const S = PEOPLE;
const examples: Example[] = [
  { route: 'get /session', name: 'signed in', status: 200 },
  { route: 'post /session', name: 'sign in', status: 200, as: null, body: { email: S.camille.email } },
  { route: 'post /session', name: 'invalid email', status: 400, as: null, body: { email: 'x' } },
  {
    route: 'post /session',
    name: 'unknown account',
    status: 404,
    as: null,
    body: { email: 'no@acme.example' },
  },
  { route: 'delete /session', name: 'sign out', status: 204 },
  { route: 'get /org', name: 'the org', status: 200, as: S.camille.email },
  { route: 'get /products', name: 'products', status: 200 },
  { route: 'get /product-profiles', name: 'of one product', status: 200, query: 'productId=target' },
  { route: 'get /user-groups', name: 'groups', status: 200 },
  { route: 'get /marketo-instances', name: 'instances', status: 200 },
  { route: 'get /users', name: 'search', status: 200, query: 'q=camille&page=1&pageSize=5' },
  { route: 'get /users', name: 'search that stopped counting', status: 200, query: 'q=a&pageSize=10' },
  { route: 'get /users/{userId}', name: 'one user', status: 200, params: () => ({ userId: S.alex.id }) },
  { route: 'get /users/{userId}', name: 'unknown', status: 404, params: () => ({ userId: 'u-nobody' }) },
  { route: 'post /users', name: 'create', status: 201, body: { email: 'new.person@acme.example' } },
  { route: 'post /users', name: 'exists', status: 409, body: { email: S.camille.email } },
  { route: 'post /users', name: 'invalid', status: 400, body: { email: '' } },
  { route: 'get /administrators', name: 'pending ones', status: 200, query: 'status=pending' },
  { route: 'get /administrators/{userId}', name: 'Sam', status: 200, params: () => ({ userId: S.sam.id }) },
  {
    route: 'get /administrators/{userId}',
    name: 'not an admin',
    status: 404,
    params: () => ({ userId: S.camille.id }),
  },
  { route: 'post /administrators', name: 'grant', status: 201, body: { userId: S.camille.id, roles: basic } },
  {
    route: 'post /administrators',
    name: 'new user',
    status: 201,
    body: { newUser: { email: 'ada@example.com' }, roles: [{ role: 'deployment' }] },
  },
  {
    route: 'post /administrators',
    name: 'time-bound grant',
    status: 201,
    body: { userId: S.camille.id, roles: basic, endDate: inDays(30) },
  },
  {
    route: 'post /administrators',
    name: 'end date too late',
    status: 400,
    body: { userId: S.camille.id, roles: basic, endDate: inDays(400) },
  },
  { route: 'post /administrators', name: 'no role', status: 400, body: { userId: S.camille.id, roles: [] } },
  {
    route: 'post /administrators',
    name: 'Priya grants Support',
    status: 403,
    as: S.priya.email,
    body: { userId: S.camille.id, roles: basic },
  },
  {
    route: 'post /administrators',
    name: 'unknown user',
    status: 404,
    body: { userId: 'u-nobody', roles: basic },
  },
  {
    route: 'post /administrators',
    name: 'already held',
    status: 409,
    body: { userId: S.amara.id, roles: basic },
  },
  {
    route: 'put /administrators/{userId}',
    name: 'replace roles',
    status: 200,
    params: () => ({ userId: S.diego.id }),
    body: { roles: [{ role: 'deployment' }, { role: 'system' }], version: 1 },
  },
  {
    route: 'put /administrators/{userId}',
    name: 'end date on a role',
    status: 200,
    params: () => ({ userId: S.diego.id }),
    body: {
      roles: [{ role: 'deployment' }],
      version: 1,
      endDates: [{ role: 'deployment', endDate: inDays(30) }],
    },
  },
  {
    route: 'put /administrators/{userId}',
    name: 'end date today',
    status: 400,
    params: () => ({ userId: S.diego.id }),
    body: {
      roles: [{ role: 'deployment' }],
      version: 1,
      endDates: [{ role: 'deployment', endDate: inDays(0) }],
    },
  },
  {
    route: 'put /administrators/{userId}',
    name: 'stale version',
    status: 409,
    params: () => ({ userId: S.diego.id }),
    body: { roles: [{ role: 'system' }], version: 99 },
  },
  {
    route: 'put /administrators/{userId}',
    name: 'Priya takes System away',
    status: 403,
    as: S.priya.email,
    params: () => ({ userId: S.sam.id }),
    body: { roles: [{ role: 'deployment' }], version: 1 },
  },
  {
    route: 'delete /administrators/{userId}',
    name: 'remove',
    status: 204,
    params: () => ({ userId: S.diego.id }),
  },
  {
    route: 'delete /administrators/{userId}',
    name: 'not an admin',
    status: 404,
    params: () => ({ userId: S.camille.id }),
  },
  {
    route: 'delete /administrators/{userId}',
    name: 'Sam removes himself',
    status: 403,
    params: () => ({ userId: S.sam.id }),
  },
  {
    route: 'post /administrators/remove',
    name: 'remove two',
    status: 200,
    body: { userIds: [S.diego.id, S.hana.id] },
  },
  {
    route: 'post /administrators/remove',
    name: 'one unknown',
    status: 404,
    body: { userIds: [S.diego.id, S.camille.id] },
  },
  {
    route: 'post /administrators/remove',
    name: 'Sam among them',
    status: 403,
    body: { userIds: [S.diego.id, S.sam.id] },
  },
  {
    route: 'post /administrators/bulk',
    name: 'dry run',
    status: 200,
    query: 'dryRun=true',
    body: {
      rows: [
        { email: S.camille.email, roles: ['support'], support: ['basic'] },
        { email: 'x', roles: [] },
      ],
    },
  },
  {
    route: 'post /administrators/bulk',
    name: 'grant the ready rows',
    status: 200,
    body: { rows: [{ email: 'csv.person@acme.example', roles: ['deployment'] }] },
  },
  {
    route: 'post /administrators/bulk',
    name: 'too many rows',
    status: 413,
    query: 'dryRun=true',
    body: { rows: Array.from({ length: 5001 }, (_, i) => ({ email: `p${i}@acme.example`, roles: [] })) },
  },
  {
    route: 'post /administrators/{userId}/resend-invitation',
    name: 'resend',
    status: 200,
    params: async () => (await grant({ userId: S.camille.id, roles: basic }), { userId: S.camille.id }),
  },
  {
    route: 'post /administrators/{userId}/resend-invitation',
    name: 'not an admin',
    status: 404,
    params: () => ({ userId: S.camille.id }),
  },
  {
    route: 'post /administrators/{userId}/resend-invitation',
    name: 'already active',
    status: 409,
    params: () => ({ userId: S.diego.id }),
  },
  {
    route: 'get /invitations/{token}',
    name: 'public view',
    status: 200,
    as: null,
    params: async () => ({ token: await grant({ userId: S.alex.id, roles: basic }) }),
  },
  {
    route: 'get /invitations/{token}',
    name: 'unknown',
    status: 404,
    as: null,
    params: () => ({ token: 'f'.repeat(36) }),
  },
  {
    route: 'post /invitations/{token}/profile',
    name: 'new user sets up a profile',
    status: 201,
    as: 'nia.park@example.com',
    params: async () => ({
      token: await grant({ newUser: { email: 'nia.park@example.com' }, roles: basic }),
    }),
    body: { firstName: 'Nia', lastName: 'Park', country: 'FR' },
  },
  {
    route: 'post /invitations/{token}/profile',
    name: 'wrong account',
    status: 403,
    as: S.camille.email,
    params: async () => ({ token: await grant({ userId: S.alex.id, roles: basic }) }),
    body: { firstName: 'A', lastName: 'B', country: 'FR' },
  },
  {
    route: 'post /invitations/{token}/profile',
    name: 'unknown link',
    status: 404,
    params: () => ({ token: 'f'.repeat(36) }),
    body: { firstName: 'A', lastName: 'B', country: 'FR' },
  },
  {
    route: 'post /invitations/{token}/profile',
    name: 'has a profile',
    status: 409,
    as: S.alex.email,
    params: async () => ({ token: await grant({ userId: S.alex.id, roles: basic }) }),
    body: { firstName: 'A', lastName: 'B', country: 'FR' },
  },
  {
    route: 'post /invitations/{token}/accept',
    name: 'accept',
    status: 200,
    as: S.alex.email,
    params: async () => ({ token: await grant({ userId: S.alex.id, roles: basic }) }),
    body: { profileId: 'p-alex-acme' },
  },
  {
    route: 'post /invitations/{token}/accept',
    name: 'personal profile',
    status: 422,
    as: S.alex.email,
    params: async () => ({ token: await grant({ userId: S.alex.id, roles: basic }) }),
    body: { profileId: 'p-alex-personal' },
  },
  {
    route: 'post /invitations/{token}/accept',
    name: 'wrong account',
    status: 403,
    as: S.camille.email,
    params: async () => ({ token: await grant({ userId: S.alex.id, roles: basic }) }),
    body: { profileId: 'p-alex-acme' },
  },
  {
    route: 'post /invitations/{token}/accept',
    name: 'unknown link',
    status: 404,
    as: S.alex.email,
    params: () => ({ token: 'f'.repeat(36) }),
    body: { profileId: 'p-alex-acme' },
  },
  {
    route: 'post /invitations/{token}/accept',
    name: 'expired',
    status: 409,
    as: S.alex.email,
    params: async () => {
      const token = await grant({ userId: S.alex.id, roles: basic });
      runtime().setClockOffset(31 * DAY);
      return { token };
    },
    body: { profileId: 'p-alex-acme' },
  },
  {
    route: 'get /mailbox',
    name: 'after a grant',
    status: 200,
    as: null,
    params: async () => (await grant({ userId: S.camille.id, roles: basic }), {}),
    query: `to=${S.camille.email}`,
  },
  {
    route: 'get /audit',
    name: 'after a grant',
    status: 200,
    params: async () => (await grant({ userId: S.camille.id, roles: basic }), {}),
    query: 'event=admin.granted',
  },
  { route: 'get /audit', name: 'unknown event', status: 400, query: 'event=nope' },
  { route: 'get /support/products', name: 'Basic support', status: 200, as: S.amara.email },
  { route: 'get /support-coverage', name: 'the coverage', status: 200 },
  { route: 'get /support-coverage', name: 'not a System administrator', status: 403, as: S.amara.email },
  {
    route: 'get /support/cases',
    name: 'own cases',
    status: 200,
    as: S.amara.email,
    params: async () => (await openCase(), {}),
  },
  {
    route: 'get /support/cases/{caseId}',
    name: 'own case',
    status: 200,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase() }),
  },
  {
    route: 'get /support/cases/{caseId}',
    name: 'someone else’s',
    status: 404,
    as: S.jonas.email,
    params: async () => ({ caseId: await openCase() }),
  },
  { route: 'post /support/cases', name: 'open', status: 201, as: S.amara.email, body: analyticsCase },
  {
    route: 'post /support/cases',
    name: 'no title',
    status: 400,
    as: S.amara.email,
    body: { ...analyticsCase, title: '' },
  },
  {
    route: 'post /support/cases',
    name: 'Marketo Engage with Basic support',
    status: 403,
    as: S.amara.email,
    body: { ...analyticsCase, productId: 'marketo', productFields: { instanceId: 'mkto-acme-prod' } },
  },
  {
    route: 'post /support/cases',
    name: 'an upload that is not the caller’s',
    status: 404,
    as: S.amara.email,
    body: { ...analyticsCase, attachmentIds: ['att-someone-elses'] },
  },
  {
    route: 'post /support/cases',
    name: 'an upload already on a case',
    status: 409,
    as: S.amara.email,
    params: async () => {
      const id = await upload();
      await send('post', '/support/cases', { ...analyticsCase, attachmentIds: [id] });
      uploaded = id;
      return {};
    },
    body: () => ({ ...analyticsCase, title: 'Second case', attachmentIds: [uploaded] }),
  },
  { route: 'get /support/org-cases', name: 'Jonas’s view', status: 200, as: S.jonas.email },
  { route: 'get /support/org-cases', name: 'bad status', status: 400, as: S.jonas.email, query: 'status=x' },
  { route: 'get /support/org-cases/requestors', name: 'requestors', status: 200, as: S.jonas.email },
  {
    route: 'put /support/cases/{caseId}/watchers',
    name: 'watchers',
    status: 200,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase() }),
    body: { watchers: ['camille.martin@acme.example'] },
  },
  {
    route: 'put /support/cases/{caseId}/watchers',
    name: 'unknown case',
    status: 404,
    as: S.amara.email,
    params: () => ({ caseId: 'E-000000' }),
    body: { watchers: [] },
  },
  { route: 'post /support/attachments', name: 'upload', status: 201, as: S.amara.email, body: fileForm() },
  {
    route: 'post /support/attachments',
    name: 'a type that cannot be attached',
    status: 400,
    as: S.amara.email,
    body: fileForm('setup.exe'),
  },
  {
    route: 'post /support/attachments',
    name: 'over 20 MB',
    status: 413,
    as: S.amara.email,
    body: fileForm('big.txt', 'x'.repeat(20 * 1024 * 1024 + 1)),
  },
  {
    route: 'post /support/attachments',
    name: 'JSON instead of a file',
    status: 415,
    as: S.amara.email,
    body: { file: 'notes.txt' },
  },
  {
    route: 'post /support/attachments',
    name: 'storage full',
    status: 507,
    as: S.amara.email,
    params: () => {
      configureRuntime(undefined, undefined, { attachments: forgetfulStore(true) });
      return {};
    },
    body: fileForm(),
  },
  {
    route: 'get /support/attachments/{attachmentId}',
    name: 'own upload',
    status: 200,
    as: S.amara.email,
    params: async () => ({ attachmentId: await upload() }),
  },
  {
    route: 'get /support/attachments/{attachmentId}',
    name: 'someone else’s upload',
    status: 404,
    as: S.jonas.email,
    params: async () => ({ attachmentId: await upload() }),
  },
  {
    route: 'get /support/attachments/{attachmentId}',
    name: 'bytes evicted',
    status: 410,
    as: S.amara.email,
    params: async () => {
      configureRuntime(undefined, undefined, { attachments: forgetfulStore(false) });
      return { attachmentId: await upload() };
    },
  },
  {
    route: 'put /profile',
    name: 'own support phone',
    status: 200,
    as: S.amara.email,
    body: { supportPhone: '+33 1 23 45 67 89' },
  },
  {
    route: 'put /profile',
    name: 'invalid phone',
    status: 400,
    as: S.amara.email,
    body: { supportPhone: 'call me' },
  },
  {
    route: 'put /profile/language',
    name: 'own language',
    status: 200,
    as: S.amara.email,
    body: { language: 'fr' },
  },
  {
    route: 'put /profile/language',
    name: 'a language the console does not have',
    status: 400,
    as: S.amara.email,
    body: { language: 'de' },
  },
  {
    route: 'post /support/cases/{caseId}/comments',
    name: 'comment',
    status: 201,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase() }),
    body: { body: 'More detail' },
  },
  {
    route: 'post /support/cases/{caseId}/comments',
    name: 'unknown case',
    status: 404,
    as: S.amara.email,
    params: () => ({ caseId: 'E-000000' }),
    body: { body: 'x' },
  },
  {
    route: 'post /support/cases/{caseId}/comments',
    name: 'closed case',
    status: 409,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase(true) }),
    body: { body: 'x' },
  },
  {
    route: 'post /support/cases/{caseId}/close',
    name: 'close',
    status: 200,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase() }),
  },
  {
    route: 'post /support/cases/{caseId}/close',
    name: 'unknown case',
    status: 404,
    as: S.amara.email,
    params: () => ({ caseId: 'E-000000' }),
  },
  {
    route: 'post /support/cases/{caseId}/close',
    name: 'closed already',
    status: 409,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase(true) }),
  },
  {
    route: 'post /support/cases/{caseId}/reopen',
    name: 'reopen',
    status: 200,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase(true) }),
  },
  {
    route: 'post /support/cases/{caseId}/reopen',
    name: 'unknown case',
    status: 404,
    as: S.amara.email,
    params: () => ({ caseId: 'E-000000' }),
  },
  {
    route: 'post /support/cases/{caseId}/reopen',
    name: 'open already',
    status: 409,
    as: S.amara.email,
    params: async () => ({ caseId: await openCase() }),
  },
];

const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const routeByKey = new Map(routes.map((r) => [keyOf(r), r]));

/** Send an example as its persona; returns the response and the documented answer for its status. */
async function run(example: Example, as: string | null | undefined = example.as) {
  const [method, template] = example.route.split(' ') as [string, string];
  signIn(PEOPLE.sam.email);
  const params = (await example.params?.()) ?? {};
  signIn(as === undefined ? PEOPLE.sam.email : as);
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const body: unknown = typeof example.body === 'function' ? (example.body as () => unknown)() : example.body;
  const res = await send(method, `${path}${example.query ? `?${example.query}` : ''}`, body);
  return { res, method, template };
}

async function expectDocumented(res: Response, method: string, template: string): Promise<void> {
  const answer = spec.paths[template]?.[method]?.responses[String(res.status)];
  expect(
    answer,
    `${method} ${template} answered ${res.status}, which the spec does not document`,
  ).toBeDefined();
  const text = await res.text();
  const [type] = Object.keys(answer?.content ?? {});
  if (!type) {
    expect(text).toBe('');
    return;
  }
  if (type === '*/*') {
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment;/);
    return;
  }
  expect(res.headers.get('Content-Type')).toContain(type);
  const where = pointer(
    'paths',
    template,
    method,
    'responses',
    String(res.status),
    'content',
    type,
    'schema',
  );
  const validate = ajv.getSchema(`openapi#/${where}`)!;
  const valid = validate(JSON.parse(text));
  expect(valid, `${method} ${template} ${res.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

describe('API contract (openapi.json)', () => {
  it('lists every /api handler of the mock backend, and nothing else', () => {
    const served = (handlers as HttpHandler[])
      .map((h) => h.info as { method: unknown; path: unknown })
      .filter(
        (i) => typeof i.path === 'string' && i.path.startsWith(`${MOCK_API_BASE}/`) && !i.path.endsWith('*'),
      )
      .map((i) =>
        keyOf({
          method: String(i.method).toLowerCase(),
          path: String(i.path)
            .slice(MOCK_API_BASE.length)
            .replace(/:(\w+)/g, '{$1}'),
        }),
      );
    expect([...routeByKey.keys()].sort()).toEqual([...new Set(served)].sort());
  });

  it('is committed up to date (npm run openapi)', () => {
    expect(committed).toEqual(spec);
  });

  it('rejects a body that breaks the schema (the validation is real)', async () => {
    const wrong = new Response(JSON.stringify({ userId: 1, roles: 'system' }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
    await expect(expectDocumented(wrong, 'get', '/administrators/{userId}')).rejects.toThrow(
      /must be string/,
    );
  });

  it('has an example of every route’s success and of every problem it documents of its own', () => {
    for (const r of routes) {
      const statuses = new Set(examples.filter((e) => e.route === keyOf(r)).map((e) => e.status));
      const wanted = [...Object.keys(r.success), ...Object.keys(r.problems ?? {})].map(Number);
      expect([keyOf(r), wanted.filter((s) => !statuses.has(s))]).toEqual([keyOf(r), []]);
    }
  });

  it.each(examples.map((e) => [`${e.route} — ${e.name} → ${e.status}`, e] as const))(
    '%s',
    async (_, example) => {
      const { res, method, template } = await run(example);
      expect(res.status, await res.clone().text()).toBe(example.status);
      await expectDocumented(res, method, template);
    },
  );

  it('answers 401 signed out and 403 without the role on every route that needs them, as documented', async () => {
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const example = examples.find((e) => e.route === keyOf(r) && e.status < 300)!;
      const answers: [string | null, number][] = [[null, 401]];
      if (r.access === 'role') answers.push([PEOPLE.camille.email, 403]);
      for (const [as, status] of answers) {
        configureRuntime(); // the example's set-up runs again on a clean seed
        const { res, method, template } = await run(example, as);
        expect([keyOf(r), as, res.status]).toEqual([keyOf(r), as, status]);
        await expectDocumented(res, method, template);
      }
    }
  });

  it('replays a POST with the same Idempotency-Key: same status, documented body, one grant', async () => {
    const body = { userId: PEOPLE.camille.id, roles: basic };
    const headers = { 'Idempotency-Key': 'contract-replay-1' };
    const first = await send('post', '/administrators', body, headers);
    const second = await send('post', '/administrators', body, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('Idempotent-Replay')).toBe('true');
    await expectDocumented(second, 'post', '/administrators');
    expect([...runtime().db.all('invitations')].filter((i) => i.userId === PEOPLE.camille.id)).toHaveLength(
      1,
    );
  });
});
