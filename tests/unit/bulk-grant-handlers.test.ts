import { describe, expect, it } from 'vitest';
import type { BulkGrantRow } from '@/api/schemas/bulk-grant';
import { isInvitationEmail } from '@/api/schemas/invitations';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const DRY = '/api/administrators/bulk?dryRun=true';
const GRANT = '/api/administrators/bulk';

const row = (email: string, over: Partial<BulkGrantRow> = {}): BulkGrantRow => ({
  email,
  roles: ['deployment'],
  ...over,
});
const basic = { roles: ['support'], support: ['basic'] };

const emails = () => [...runtime().db.all('emails')].filter(isInvitationEmail);
const audit = (event: string) => [...runtime().db.all('audit')].filter((a) => a.event === event);
const verdicts = (body: { rows: { status: string; reason?: string; detail?: string; role?: string }[] }) =>
  body.rows.map((r) => [r.status, r.reason ?? '', r.detail ?? r.role ?? '']);

describe('POST /api/administrators/bulk?dryRun=true', () => {
  it('judges every row by the rules of a single grant, and changes nothing', async () => {
    signIn('sam');
    const res = await call('POST', DRY, {
      rows: [
        row('new.person@acme.example', { firstName: 'New', ...basic }),
        row(PEOPLE.camille.email, { roles: ['product'], products: ['Adobe Analytics', 'target'] }),
        row('not-an-email'),
        row('NEW.person@acme.example'),
        row('x1@acme.example', { roles: ['Chief admin'] }),
        row('x2@acme.example', { roles: ['support'], support: ['gold'] }),
        row('x3@acme.example', { roles: ['product'], products: ['Photoshop'] }),
        row('x4@acme.example', { roles: ['product'] }),
        row('x5@acme.example', { roles: ['support'] }),
        row('x6@acme.example', { roles: ['support'], support: ['productSupport'] }),
        row('x7@acme.example', { roles: ['deployment'], userGroups: ['Contractors'] }),
        row('x8@acme.example', { roles: [] }),
        row(PEOPLE.sam.email),
        row(PEOPLE.amara.email, basic),
        row('x9@acme.example', { firstName: 'A'.repeat(101) }),
        row(PEOPLE.jonas.email, {
          roles: ['support'],
          support: ['productSupport'],
          instances: ['Acme Sandbox', '123-ABC-456'],
        }),
      ],
    });
    expect(res.status).toBe(200);
    expect(verdicts(res.body)).toEqual([
      ['ready', '', ''],
      ['ready', '', ''],
      ['failed', 'invalid-email', ''],
      ['failed', 'duplicate-row', '0'],
      ['failed', 'unknown-role', 'Chief admin'],
      ['failed', 'unknown-support-option', 'gold'],
      ['failed', 'unknown-target', 'Photoshop'],
      ['failed', 'scope-missing', 'product'],
      ['failed', 'scope-missing', 'support'],
      ['failed', 'scope-missing', 'support'],
      ['failed', 'scope-without-role', 'userGroup'],
      ['failed', 'role-required', ''],
      ['failed', 'self', ''],
      ['failed', 'already-held', 'support'],
      ['failed', 'invalid-name', ''],
      ['ready', '', ''],
    ]);
    expect(res.body).toMatchObject({ dryRun: true, ready: 3, granted: 0 });
    expect(emails()).toHaveLength(0);
    expect(runtime().db.findUserByEmail('new.person@acme.example')).toBeUndefined();
    expect(runtime().db.get('admins', PEOPLE.camille.id)).toBeUndefined();
  });

  it('authorises each row and each target for the caller: Priya grants only for her own products', async () => {
    signIn('priya');
    const res = await call('POST', DRY, {
      rows: [
        row('a@acme.example', { roles: ['product'], products: ['Adobe Analytics'] }),
        row('b@acme.example', { roles: ['product'], products: ['Adobe Campaign'] }),
        row('c@acme.example', basic),
        row('d@acme.example', { roles: ['productProfile'], productProfiles: ['Campaign - Operators'] }),
        row('e@acme.example', { roles: ['productProfile'], productProfiles: ['target - approvers'] }),
      ],
    });
    expect(verdicts(res.body)).toEqual([
      ['ready', '', ''],
      ['failed', 'not-allowed', 'product'],
      ['failed', 'not-allowed', 'support'],
      ['failed', 'not-allowed', 'productProfile'],
      ['ready', '', ''],
    ]);
  });

  it('answers 403 to whoever may grant nothing (Lucas, Camille) and 401 signed out', async () => {
    const body = { rows: [row('a@acme.example')] };
    for (const who of ['lucas', 'camille', 'amara'] as const) {
      signIn(who);
      expect([who, (await call('POST', DRY, body)).status]).toEqual([who, 403]);
      expect([who, (await call('POST', GRANT, body)).status]).toEqual([who, 403]);
    }
    signIn(null);
    expect((await call('POST', DRY, body)).status).toBe(401);
  });

  it('takes at most 5,000 rows (413 too-many-rows), at least one, and dryRun true or false only', async () => {
    signIn('sam');
    const many = Array.from({ length: 5001 }, (_, i) => row(`p${i}@acme.example`));
    const tooMany = await call('POST', DRY, { rows: many });
    expect([tooMany.status, tooMany.code]).toEqual([413, 'too-many-rows']);
    const max = await call('POST', DRY, { rows: many.slice(0, 5000) });
    expect([max.status, max.body.ready]).toEqual([200, 5000]);
    expect((await call('POST', DRY, { rows: [] })).status).toBe(400);
    expect(
      (await call('POST', '/api/administrators/bulk?dryRun=yes', { rows: [row('a@b.example')] })).code,
    ).toBe('validation');
  });
});

describe('POST /api/administrators/bulk (grant)', () => {
  it('grants the ready rows only: one invitation per person, one audit entry per grant', async () => {
    signIn('sam');
    const res = await call(
      'POST',
      GRANT,
      {
        rows: [
          row('new.one@acme.example', { firstName: 'New', lastName: 'One' }),
          row(PEOPLE.camille.email, basic),
          row('bad@@acme.example'),
          row('new.two@acme.example', { roles: ['Chief admin'] }),
          row('new.one@acme.example', basic),
        ],
      },
      { key: 'bulk-1' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, ready: 2, granted: 2 });
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual([
      'granted',
      'granted',
      'failed',
      'failed',
      'failed',
    ]);
    expect(
      emails()
        .map((e) => e.to)
        .sort(),
    ).toEqual([PEOPLE.camille.email, 'new.one@acme.example']);
    expect(audit('admin.granted')).toHaveLength(2);
    const db = runtime().db;
    expect(db.findUserByEmail('new.two@acme.example')).toBeUndefined();
    const one = db.findUserByEmail('new.one@acme.example')!;
    expect(db.get('admins', one.id)).toMatchObject({ status: 'pending', roles: [{ role: 'deployment' }] });
    const list = await call('GET', '/api/administrators?q=new.one');
    expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(['New One']);
  });

  it('is idempotent: the same key replays the answer, grants nothing twice; another body is 422', async () => {
    signIn('sam');
    const body = { rows: [row(PEOPLE.camille.email, basic), row('new.three@acme.example')] };
    const first = await call('POST', GRANT, body, { key: 'bulk-2' });
    const again = await call('POST', GRANT, body, { key: 'bulk-2' });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers.get('Idempotent-Replay')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(emails()).toHaveLength(2);
    expect(audit('admin.granted')).toHaveLength(2);
    const other = await call('POST', GRANT, { rows: [row('x@acme.example')] }, { key: 'bulk-2' });
    expect([other.status, other.code]).toEqual([422, 'idempotency-key-reused']);
    // Without the key, the same rows are judged again: both people hold the roles now.
    const fresh = await call('POST', GRANT, body);
    expect(verdicts(fresh.body)).toEqual([
      ['failed', 'already-held', 'support'],
      ['failed', 'already-held', 'deployment'],
    ]);
    // A key belongs to its caller: Priya's same key is her own request, judged for her.
    signIn('priya');
    const hers = await call('POST', GRANT, body, { key: 'bulk-2' });
    expect(hers.headers.get('Idempotent-Replay')).toBeNull();
    expect(verdicts(hers.body)[0]).toEqual(['failed', 'not-allowed', 'support']);
  });
});
