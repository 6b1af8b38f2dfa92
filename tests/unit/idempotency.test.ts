/**
 * Idempotency-Key (issue #13 item 1): a stored answer belongs to its caller, method, path and key; the body's
 * fingerprint is stored with it; every check runs before a replay.
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { seedCases } from '@mocks/db/seed-cases';
import { buildCase } from '@mocks/factories/build-case';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';
import { analyticsCase, marketoCase } from '@tests/utils/case-requests';

const db = () => runtime().db;
const count = (table: 'emails' | 'cases' | 'audit') => db().count(table);

const systemForCamille = { userId: PEOPLE.camille.id, roles: [{ role: 'system' }] };

describe('Idempotency-Key: a key belongs to its caller', () => {
  it('Sam’s key sent by nobody, by Lucas or by Priya is judged on their own rights, never replayed', async () => {
    signIn('sam');
    const sam = await call('POST', '/api/administrators', systemForCamille, { key: 'k-sam' });
    expect(sam.status).toBe(201);
    const token = sam.body.invitation.token as string;

    for (const who of [null, 'lucas', 'priya'] as const) {
      signIn(who);
      const res = await call('POST', '/api/administrators', systemForCamille, { key: 'k-sam' });
      expect(res.status).toBe(who === null ? 401 : 403);
      expect(res.headers.get('Idempotent-Replay')).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain(token);
    }
    expect(count('emails')).toBe(1);
  });

  it('Amara with Jonas’s keys gets neither his case nor his comments', async () => {
    signIn('jonas');
    const created = await call('POST', '/api/support/cases', marketoCase, { key: 'k-case' });
    expect(created.status).toBe(201);
    const commented = await call(
      'POST',
      `/api/support/cases/${created.body.id}/comments`,
      { body: 'Logs attached' },
      { key: 'k-comment' },
    );
    expect(commented.status).toBe(201);

    signIn('amara');
    const sameBody = await call('POST', '/api/support/cases', marketoCase, { key: 'k-case' });
    expect([sameBody.status, sameBody.code]).toEqual([403, 'forbidden-product']);
    const own = await call('POST', '/api/support/cases', analyticsCase, { key: 'k-case' });
    expect(own.status).toBe(201);
    expect(own.body.id).not.toBe(created.body.id);
    expect(own.body.ownerId).toBe(PEOPLE.amara.id);
    const comment = await call(
      'POST',
      `/api/support/cases/${created.body.id}/comments`,
      { body: 'Logs attached' },
      { key: 'k-comment' },
    );
    expect(comment.status).toBe(404);
    expect(JSON.stringify(comment.body)).not.toContain('Logs attached');
  });

  it('Diego with Camille’s acceptance key is told the link is for someone else (or used), not her answer', async () => {
    signIn('sam');
    const granted = await call('POST', '/api/administrators', {
      userId: PEOPLE.camille.id,
      roles: [{ role: 'deployment' }],
    });
    const token = granted.body.invitation.token as string;
    const profileId = db().get('users', PEOPLE.camille.id)!.profiles[0]!.id;
    signIn('diego');
    const before = await call('POST', `/api/invitations/${token}/accept`, { profileId }, { key: 'k-acc' });
    expect([before.status, before.code]).toEqual([403, 'wrong-account']);
    signIn('camille');
    expect(
      (await call('POST', `/api/invitations/${token}/accept`, { profileId }, { key: 'k-acc' })).status,
    ).toBe(200);
    signIn('diego');
    const after = await call('POST', `/api/invitations/${token}/accept`, { profileId }, { key: 'k-acc' });
    expect([after.status, after.code]).toEqual([409, 'invitation-used']);
    expect(after.headers.get('Idempotent-Replay')).toBeNull();
  });
});

describe('Idempotency-Key: replay and reuse', () => {
  it('a retry gets exactly the first answer, marked Idempotent-Replay, and the work is done once', async () => {
    signIn('sam');
    const first = await call('POST', '/api/administrators', systemForCamille, { key: 'k1' });
    const again = await call('POST', '/api/administrators', systemForCamille, { key: 'k1' });
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replay')).toBeNull();
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replay')).toBe('true');
    expect(again.headers.get('Content-Type')).toContain('application/json');
    expect(count('emails')).toBe(1);
  });

  it('a stored answer lives a day on the mock clock: after that the key is forgotten and the request is new', async () => {
    signIn('sam');
    const first = await call('POST', '/api/administrators', systemForCamille, { key: 'k-day' });
    expect(first.status).toBe(201);
    runtime().setClockOffset(23 * 60 * 60 * 1000);
    const within = await call('POST', '/api/administrators', systemForCamille, { key: 'k-day' });
    expect(within.headers.get('Idempotent-Replay')).toBe('true');
    runtime().setClockOffset(25 * 60 * 60 * 1000);
    // Not a replay any more: the grant is judged again (Camille holds System now: 409) and the key takes the new body.
    const later = await call('POST', '/api/administrators', systemForCamille, { key: 'k-day' });
    expect(later.headers.get('Idempotent-Replay')).toBeNull();
    expect([later.status, later.code]).toEqual([409, 'role-already-held']);
    expect(count('emails')).toBe(1);
  });

  it('an answer without a body (204) and a refusal found by the work (409) are replayed as they were', async () => {
    signIn('sam');
    const removed = await call('DELETE', `/api/administrators/${PEOPLE.diego.id}`, undefined, { key: 'd1' });
    const removedAgain = await call('DELETE', `/api/administrators/${PEOPLE.diego.id}`, undefined, {
      key: 'd1',
    });
    expect([removed.status, removedAgain.status]).toEqual([204, 204]);
    expect(removedAgain.headers.get('Idempotent-Replay')).toBe('true');
    const other = await call('DELETE', `/api/administrators/${PEOPLE.diego.id}`, undefined, { key: 'd2' });
    expect(other.status).toBe(404);

    const held = {
      userId: PEOPLE.amara.id,
      roles: [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }],
    };
    const conflict = await call('POST', '/api/administrators', held, { key: 'c1' });
    const conflictAgain = await call('POST', '/api/administrators', held, { key: 'c1' });
    expect([conflict.status, conflict.code]).toEqual([409, 'role-already-held']);
    expect(conflictAgain.body).toEqual(conflict.body);
    expect(conflictAgain.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('the same key with another body answers 422 idempotency-key-reused and changes nothing', async () => {
    signIn('sam');
    expect((await call('POST', '/api/administrators', systemForCamille, { key: 'k1' })).status).toBe(201);
    const other = await call(
      'POST',
      '/api/administrators',
      { userId: PEOPLE.sean.id, roles: [{ role: 'deployment' }] },
      { key: 'k1' },
    );
    expect([other.status, other.code]).toEqual([422, 'idempotency-key-reused']);
    expect(other.headers.get('Content-Type')).toContain('application/problem+json');
    expect(db().get('admins', PEOPLE.sean.id)).toBeUndefined();
    expect(count('emails')).toBe(1);
    // Key order in the JSON does not make another body.
    const reordered = await call(
      'POST',
      '/api/administrators',
      { roles: [{ role: 'system' }], userId: PEOPLE.camille.id },
      { key: 'k1' },
    );
    expect(reordered.headers.get('Idempotent-Replay')).toBe('true');
  });

  it('a key is scoped to the path: the same key on another route is another request', async () => {
    signIn('amara');
    db().put('cases', 'E-900001', buildCase({ id: 'E-900001' }));
    db().put('cases', 'E-900002', buildCase({ id: 'E-900002' }));
    const a = await call('POST', '/api/support/cases/E-900001/close', undefined, { key: 'same' });
    const b = await call('POST', '/api/support/cases/E-900002/close', undefined, { key: 'same' });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.id).toBe('E-900002');
    expect(db().get('cases', 'E-900002')?.status).toBe('closed');
  });

  it('concurrent requests with one key make one effect and get one answer', async () => {
    signIn('amara');
    const all = await Promise.all(
      Array.from({ length: 5 }, () => call('POST', '/api/support/cases', analyticsCase, { key: 'burst' })),
    );
    expect(all.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
    expect(count('cases')).toBe(seedCases('default').length + 1);
    expect([...db().all('audit')].filter((e) => e.event === 'case.created')).toHaveLength(1);
  });

  it('a replay checks the caller’s rights again: Priya, removed meanwhile, gets 403', async () => {
    signIn('priya');
    const body = { userId: PEOPLE.sean.id, roles: [{ role: 'product', productIds: ['analytics'] }] };
    expect((await call('POST', '/api/administrators', body, { key: 'p1' })).status).toBe(201);
    signIn('sam');
    expect((await call('DELETE', `/api/administrators/${PEOPLE.priya.id}`)).status).toBe(204);
    signIn('priya');
    const replay = await call('POST', '/api/administrators', body, { key: 'p1' });
    expect(replay.status).toBe(403);
    expect(replay.headers.get('Idempotent-Replay')).toBeNull();
  });

  it('an Idempotency-Key of 256 characters is 400; 255 is accepted; a signed-out caller gets 401 first', async () => {
    signIn('sam');
    const long = await call('POST', '/api/administrators', systemForCamille, { key: 'k'.repeat(256) });
    expect([long.status, long.code]).toEqual([400, 'invalid-idempotency-key']);
    expect(count('emails')).toBe(0);
    expect(
      (await call('POST', '/api/administrators', systemForCamille, { key: 'k'.repeat(255) })).status,
    ).toBe(201);
    signIn(null);
    expect(
      (await call('POST', '/api/administrators', systemForCamille, { key: 'k'.repeat(255) })).status,
    ).toBe(401);
  });
});
