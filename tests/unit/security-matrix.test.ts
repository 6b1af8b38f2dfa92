/**
 * Security matrix (issue #13 item 5): every POST, PUT and DELETE under /api × every kind of caller × three uses of
 * an Idempotency-Key, with the status each must give. Each cell starts from a clean seed.
 *
 * - fresh: the caller sends the request with a new key.
 * - reused: then the caller sends another body with the same key (422 once the first answer is stored). A route
 *   without a body sends the same request again: `replay` is the first answer again, `Idempotent-Replay: true`.
 * - replayed: another persona (the route's owner, or its second owner on the owner's own row) sent the same
 *   request with the same key first; the caller must be judged on their own rights, never get that answer back.
 *
 * `/api/session` takes no key (signing in has no caller yet to key on; signing out is idempotent by nature).
 */
import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '@/api/schemas/roles';
import { PEOPLE } from '@mocks/db/seed';
import { buildCase } from '@mocks/factories/build-case';
import { buildUser } from '@mocks/factories/build-user';
import { handlers } from '@mocks/handlers';
import { configureRuntime, runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';
import { multipartFile, pngBytes } from '@tests/utils/multipart';
import { analyticsCase } from '@tests/utils/case-requests';

const PERSONAS = ['sam', 'priya', 'lucas', 'amara', 'jonas', 'invitee', 'anonymous'] as const;
type Persona = (typeof PERSONAS)[number];
type Reused = number | 'replay';
type Cell = readonly [fresh: number, replayed: number, reused: Reused];

interface Route {
  method: 'POST' | 'PUT' | 'DELETE';
  /** The route as registered (`/api/administrators/:userId`). */
  route: string;
  path: string;
  /** Builds what the route needs (as Sam); returns the concrete path and who the invitee is. */
  setup?: () => Promise<{ path?: string; invitee?: string }>;
  body: unknown;
  /** Another body for the reuse column; `undefined` for a route without a body. */
  other?: unknown;
  /** Whose key is replayed by the others, and whose on the owner's own row. */
  owner: Persona;
  /** The body's Content-Type when it is not JSON (the upload's multipart). */
  type?: string;
  /** The route changes no data: its cells need no clean seed between uses. */
  stateless?: boolean;
  secondOwner: Persona;
  expect: Record<Persona, Cell>;
}

const FORBIDDEN: Cell = [403, 403, 403];
const SIGNED_OUT: Cell = [401, 401, 401];
const CASE = 'E-900001';
const hanaGroup: RoleGrant = { role: 'userGroup', groupIds: ['grp-emea-marketing'] };

async function samGrants(body: unknown): Promise<{ token: string; userId: string }> {
  signIn('sam');
  const res = await call('POST', '/api/administrators', body);
  expect(res.status).toBe(201);
  return { token: res.body.invitation.token as string, userId: res.body.administrator.userId as string };
}

const admins = (sam: Cell, priya: Cell): Record<Persona, Cell> => ({
  sam,
  priya,
  lucas: FORBIDDEN,
  amara: FORBIDDEN,
  jonas: FORBIDDEN,
  invitee: FORBIDDEN,
  anonymous: SIGNED_OUT,
});
const supportOnly = (amara: Cell, jonas: Cell): Record<Persona, Cell> => ({
  sam: FORBIDDEN,
  priya: FORBIDDEN,
  lucas: FORBIDDEN,
  amara,
  jonas,
  invitee: FORBIDDEN,
  anonymous: SIGNED_OUT,
});
const inviteeOnly = (invitee: Cell, others: Cell): Record<Persona, Cell> => ({
  sam: others,
  priya: others,
  lucas: others,
  amara: others,
  jonas: others,
  invitee,
  anonymous: SIGNED_OUT,
});
const everyone = (cell: Cell): Record<Persona, Cell> =>
  Object.fromEntries(PERSONAS.map((p) => [p, cell])) as Record<Persona, Cell>;

const ROUTES: Route[] = [
  {
    method: 'POST',
    route: '/api/administrators',
    path: '/api/administrators',
    body: { userId: PEOPLE.elodie.id, roles: [{ role: 'product', productIds: ['analytics'] }] },
    other: { userId: PEOPLE.elodie.id, roles: [{ role: 'product', productIds: ['target'] }] },
    owner: 'sam',
    secondOwner: 'priya',
    // Replayed: the grant is already held (409), not the other persona's 201.
    expect: admins([201, 409, 422], [201, 409, 422]),
  },
  {
    method: 'PUT',
    route: '/api/administrators/:userId',
    path: `/api/administrators/${PEOPLE.hana.id}`,
    body: { roles: [hanaGroup, { role: 'product', productIds: ['analytics'] }], version: 1 },
    other: { roles: [hanaGroup, { role: 'product', productIds: ['target'] }], version: 1 },
    owner: 'sam',
    secondOwner: 'priya',
    expect: admins([200, 409, 422], [200, 409, 422]),
  },
  {
    method: 'DELETE',
    route: '/api/administrators/:userId',
    path: `/api/administrators/${PEOPLE.lucas.id}`,
    body: undefined,
    owner: 'sam',
    secondOwner: 'priya',
    expect: admins([204, 404, 'replay'], [204, 404, 'replay']),
  },
  {
    method: 'POST',
    route: '/api/administrators/bulk',
    path: '/api/administrators/bulk',
    body: { rows: [{ email: PEOPLE.elodie.email, roles: ['product'], products: ['analytics'] }] },
    other: { rows: [{ email: PEOPLE.elodie.email, roles: ['product'], products: ['target'] }] },
    owner: 'sam',
    secondOwner: 'priya',
    // Replayed: the other persona's grant is judged anew (the row is already held), not answered back as theirs.
    expect: admins([200, 200, 422], [200, 200, 422]),
  },
  {
    method: 'POST',
    route: '/api/administrators/remove',
    path: '/api/administrators/remove',
    body: { userIds: [PEOPLE.lucas.id] },
    other: { userIds: [PEOPLE.hana.id] },
    owner: 'sam',
    secondOwner: 'priya',
    expect: admins([200, 404, 422], [200, 404, 422]),
  },
  {
    method: 'POST',
    route: '/api/administrators/:userId/resend-invitation',
    path: `/api/administrators/${PEOPLE.camille.id}/resend-invitation`,
    setup: async () => {
      await samGrants({ userId: PEOPLE.camille.id, roles: [{ role: 'product', productIds: ['analytics'] }] });
      return {};
    },
    body: undefined,
    owner: 'sam',
    secondOwner: 'priya',
    expect: admins([200, 200, 'replay'], [200, 200, 'replay']),
  },
  {
    method: 'POST',
    route: '/api/users',
    path: '/api/users',
    body: { email: 'new.one@acme.example' },
    other: { email: 'new.two@acme.example' },
    owner: 'sam',
    secondOwner: 'priya',
    expect: admins([201, 409, 422], [201, 409, 422]),
  },
  {
    method: 'POST',
    route: '/api/invitations/:token/profile',
    path: '/api/invitations/:token/profile',
    setup: async () => {
      // A person added by email has no profile yet (put directly: adding by email builds the directory index).
      const fresh = buildUser({ id: 'u-fresh', email: 'fresh@partner.example', firstName: '', lastName: '' });
      runtime().db.put('users', fresh.id, { ...fresh, profiles: [] });
      const { token } = await samGrants({ userId: fresh.id, roles: [{ role: 'deployment' }] });
      return { path: `/api/invitations/${token}/profile`, invitee: fresh.id };
    },
    body: { firstName: 'Fay', lastName: 'Ng', country: 'SG' },
    other: { firstName: 'Fay', lastName: 'Other', country: 'SG' },
    owner: 'invitee',
    secondOwner: 'sam',
    expect: inviteeOnly([201, 201, 422], FORBIDDEN),
  },
  {
    method: 'POST',
    route: '/api/invitations/:token/accept',
    path: '/api/invitations/:token/accept',
    setup: async () => {
      const { token } = await samGrants({ userId: PEOPLE.alex.id, roles: [{ role: 'deployment' }] });
      return { path: `/api/invitations/${token}/accept`, invitee: PEOPLE.alex.id };
    },
    body: { profileId: 'p-alex-acme' },
    other: { profileId: 'p-alex-personal' },
    owner: 'invitee',
    secondOwner: 'sam',
    // Replayed by someone else after the invitee accepted: the link is used (409), said before "another account".
    expect: inviteeOnly([200, 200, 422], [403, 409, 403]),
  },
  {
    method: 'POST',
    route: '/api/support/cases',
    path: '/api/support/cases',
    body: analyticsCase,
    other: { ...analyticsCase, title: 'Another title' },
    owner: 'amara',
    secondOwner: 'jonas',
    expect: supportOnly([201, 201, 422], FORBIDDEN),
  },
  {
    method: 'POST',
    route: '/api/support/cases/:caseId/comments',
    path: `/api/support/cases/${CASE}/comments`,
    setup: () => {
      runtime().db.put('cases', CASE, buildCase({ id: CASE }));
      return Promise.resolve({});
    },
    body: { body: 'Logs attached' },
    other: { body: 'More logs' },
    owner: 'amara',
    secondOwner: 'jonas',
    expect: supportOnly([201, 201, 422], [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/api/support/cases/:caseId/close',
    path: `/api/support/cases/${CASE}/close`,
    setup: () => {
      runtime().db.put('cases', CASE, buildCase({ id: CASE }));
      return Promise.resolve({});
    },
    body: undefined,
    owner: 'amara',
    secondOwner: 'jonas',
    expect: supportOnly([200, 200, 'replay'], [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/api/support/cases/:caseId/reopen',
    path: `/api/support/cases/${CASE}/reopen`,
    setup: () => {
      const at = runtime().now().toISOString();
      runtime().db.put('cases', CASE, buildCase({ id: CASE, status: 'closed', closedAt: at }));
      return Promise.resolve({});
    },
    body: undefined,
    owner: 'amara',
    secondOwner: 'jonas',
    expect: supportOnly([200, 200, 'replay'], [404, 404, 404]),
  },
  {
    method: 'PUT',
    route: '/api/support/cases/:caseId/watchers',
    path: `/api/support/cases/${CASE}/watchers`,
    setup: () => {
      runtime().db.put('cases', CASE, buildCase({ id: CASE }));
      return Promise.resolve({});
    },
    body: { watchers: ['web.analysts@acme.example'] },
    other: { watchers: ['someone.else@acme.example'] },
    owner: 'amara',
    secondOwner: 'jonas',
    // Jonas's role (Marketo Engage – Acme Production) does not cover an Analytics case: 404, replayed or not.
    expect: supportOnly([200, 200, 422], [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/api/support/attachments',
    path: '/api/support/attachments',
    // One boundary for both bodies, so the reused key is sent with the same Content-Type and another file.
    ...(() => {
      const a = multipartFile('screenshot.png', 'image/png', pngBytes(1));
      const b = multipartFile('screenshot.png', 'image/png', pngBytes(2));
      return { body: a.body, other: b.body, type: a.type };
    })(),
    owner: 'amara',
    secondOwner: 'jonas',
    // Another persona's key is just a new upload of one's own.
    expect: supportOnly([201, 201, 422], [201, 201, 422]),
  },
  {
    method: 'PUT',
    route: '/api/profile',
    path: '/api/profile',
    body: { supportPhone: '+44 20 7946 0000' },
    other: { supportPhone: '+1 800 555 0100' },
    owner: 'sam',
    secondOwner: 'priya',
    // Everyone signed in sets their own profile, admin or not (the invitee too).
    expect: { ...everyone([200, 200, 422]), anonymous: SIGNED_OUT },
  },
  {
    method: 'PUT',
    route: '/api/profile/language',
    path: '/api/profile/language',
    body: { language: 'fr' },
    other: { language: 'en' },
    owner: 'sam',
    secondOwner: 'priya',
    // Everyone signed in sets their own language; there is no id to name anyone else's.
    expect: { ...everyone([200, 200, 422]), anonymous: SIGNED_OUT },
  },
  {
    method: 'POST',
    route: '/api/session',
    path: '/api/session',
    body: { email: PEOPLE.diego.email },
    other: { email: PEOPLE.hana.email },
    owner: 'sam',
    secondOwner: 'priya',
    stateless: true,
    expect: everyone([200, 200, 200]),
  },
  {
    method: 'DELETE',
    route: '/api/session',
    path: '/api/session',
    body: undefined,
    owner: 'sam',
    secondOwner: 'priya',
    stateless: true,
    expect: everyone([204, 204, 204]),
  },
];

function signInAs(p: Persona, invitee: string | undefined): void {
  if (p === 'anonymous') signIn(null);
  else if (p === 'invitee') signIn({ id: invitee ?? PEOPLE.camille.id });
  else signIn(p);
}

/** A clean seed (unless the route changes no data) and the route's own setup: the path to call, the invitee. */
async function fresh(route: Route) {
  if (!route.stateless) configureRuntime();
  const made = (await route.setup?.()) ?? {};
  return { path: made.path ?? route.path, invitee: made.invitee };
}

const label = (r: Route) => `${r.method} ${r.path}`;
const cells = ROUTES.flatMap((route) => PERSONAS.map((persona) => [label(route), persona, route] as const));

describe('security matrix: route × caller × Idempotency-Key use', () => {
  it.each(cells)('%s as %s', async (_name, persona, route) => {
    const [freshStatus, replayedStatus, reusedStatus] = route.expect[persona];
    const send = (path: string, body: unknown, key: string) =>
      call(route.method, path, body, { key, ...(route.type ? { type: route.type } : {}) });

    // Fresh key, then the same key again with another body (or the same request again for a route without one).
    let ctx = await fresh(route);
    signInAs(persona, ctx.invitee);
    const first = await send(ctx.path, route.body, 'fresh-key');
    expect(first.status, 'fresh').toBe(freshStatus);
    expect(first.headers.get('Idempotent-Replay')).toBeNull();
    const again = await send(ctx.path, route.other ?? route.body, 'fresh-key');
    if (reusedStatus === 'replay') {
      expect([again.status, again.headers.get('Idempotent-Replay')], 'replay').toEqual([
        first.status,
        'true',
      ]);
      expect(again.body).toEqual(first.body);
    } else {
      expect(again.status, 'reused with another body').toBe(reusedStatus);
      expect(again.code === 'idempotency-key-reused').toBe(reusedStatus === 422);
    }

    // A key another persona used first, with the same body.
    ctx = await fresh(route);
    const owner = persona === route.owner ? route.secondOwner : route.owner;
    signInAs(owner, ctx.invitee);
    await send(ctx.path, route.body, 'shared-key');
    signInAs(persona, ctx.invitee);
    const replayed = await send(ctx.path, route.body, 'shared-key');
    expect(replayed.status, 'replayed from another persona').toBe(replayedStatus);
    expect(replayed.headers.get('Idempotent-Replay')).toBeNull();
  });
});

it('the matrix lists every POST, PUT and DELETE route under /api', () => {
  const registered = handlers
    .map((h) => h.info as { method?: unknown; path?: unknown })
    .filter((i) => ['POST', 'PUT', 'DELETE', 'PATCH'].includes(String(i.method)))
    .map((i) => `${String(i.method)} ${String(i.path)}`)
    .filter((r) => r.includes(' /api/'))
    .sort();
  expect(registered).toEqual(ROUTES.map((r) => `${r.method} ${r.route}`).sort());
});

/** Reads limited to one role: each persona's status (no Idempotency-Key: a GET changes nothing). */
const READS: { path: string; expect: Record<Persona, number> }[] = [
  {
    path: '/api/support-coverage',
    expect: { sam: 200, priya: 403, lucas: 403, amara: 403, jonas: 403, invitee: 403, anonymous: 401 },
  },
];
const readCells = READS.flatMap((r) =>
  PERSONAS.map((persona) => [r.path, persona, r.expect[persona]] as const),
);

it.each(readCells)('GET %s as %s answers %i', async (path, persona, status) => {
  signInAs(persona, undefined);
  expect((await call('GET', path)).status).toBe(status);
});
