/**
 * Concurrent writes lose nothing (issue #13 item 4): each handler reads the record after the body is read, and the
 * read-check-write that follows runs without a pause, so two requests at once cannot both act on a stale record.
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE } from '@mocks/db/seed';
import { buildCase } from '@mocks/factories/build-case';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const db = () => runtime().db;
const CASE = 'E-900001';

function amarasCase() {
  db().put('cases', CASE, buildCase({ id: CASE }));
  signIn('amara');
}

describe('two writes to one case at once', () => {
  it('two comments both survive', async () => {
    amarasCase();
    const [a, b] = await Promise.all([
      call('POST', `/api/support/cases/${CASE}/comments`, { body: 'First' }),
      call('POST', `/api/support/cases/${CASE}/comments`, { body: 'Second' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(
      db()
        .get('cases', CASE)!
        .comments.map((c) => c.body)
        .sort(),
    ).toEqual(['First', 'Second']);
    expect(
      new Set(
        db()
          .get('cases', CASE)!
          .comments.map((c) => c.id),
      ).size,
    ).toBe(2);
  });

  it.each([
    ['comment first', false],
    ['close first', true],
  ])('a comment and a close at once leave the case closed (%s)', async (_label, closeFirst) => {
    amarasCase();
    const comment = () => call('POST', `/api/support/cases/${CASE}/comments`, { body: 'Late comment' });
    const close = () => call('POST', `/api/support/cases/${CASE}/close`);
    const [first, second] = closeFirst
      ? await Promise.all([close(), comment()])
      : await Promise.all([comment(), close()]);
    expect(db().get('cases', CASE)!.status).toBe('closed');
    const commentRes = closeFirst ? second : first;
    const kept = db().get('cases', CASE)!.comments.length;
    // Either the comment came first and was kept, or the case was closed first and the comment refused.
    const outcome = commentRes.status === 201 ? `kept ${kept}` : `${commentRes.status} ${commentRes.code}`;
    expect(['kept 1', '409 case-closed']).toContain(outcome);
  });
});

describe('one invitation used twice at once', () => {
  it('two acceptances (different keys) give one 200 and one 409, with one audit entry', async () => {
    signIn('sam');
    const granted = await call('POST', '/api/administrators', {
      userId: PEOPLE.alex.id,
      roles: [{ role: 'deployment' }],
    });
    const token = granted.body.invitation.token as string;
    signIn('alex');
    const results = await Promise.all([
      call('POST', `/api/invitations/${token}/accept`, { profileId: 'p-alex-acme' }, { key: 'tab-1' }),
      call('POST', `/api/invitations/${token}/accept`, { profileId: 'p-alex-acme' }, { key: 'tab-2' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.code).toBe('invitation-used');
    expect([...db().all('audit')].filter((e) => e.event === 'invitation.accepted')).toHaveLength(1);
  });

  it('two profile set-ups give one 201 and one 409 profile-exists', async () => {
    signIn('sam');
    const granted = await call('POST', '/api/administrators', {
      newUser: { email: 'twice@partner.example' },
      roles: [{ role: 'deployment' }],
    });
    const token = granted.body.invitation.token as string;
    signIn({ id: granted.body.administrator.userId as string });
    const body = { firstName: 'Tess', lastName: 'Wice', country: 'FR' };
    const results = await Promise.all([
      call('POST', `/api/invitations/${token}/profile`, body),
      call('POST', `/api/invitations/${token}/profile`, { ...body, lastName: 'Other' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.code).toBe('profile-exists');
    expect(db().get('users', granted.body.administrator.userId as string)!.profiles).toHaveLength(1);
  });
});
