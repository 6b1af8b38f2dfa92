import { describe, expect, it } from 'vitest';
import { supportCaseSchema } from '@/api/schemas/support';
import { MockDb, STORAGE_VERSION, memoryStore } from '@mocks/db/database';
import { buildSeed, PEOPLE } from '@mocks/db/seed';
import { seedCases } from '@mocks/db/seed-cases';
import { buildUser } from '@mocks/factories/build-user';

const KEY = 'admin-console-mock-db:default';
const seed = buildSeed('default');

function expectExactSeed(db: MockDb) {
  expect(db.count('users')).toBe(seed.users.length);
  expect(db.count('admins')).toBe(seed.admins.length);
  for (const t of ['invitations', 'emails', 'audit', 'attachments', 'idempotency', 'meta'] as const)
    expect(db.count(t)).toBe(0);
  // The seed's support cases (issue #17 item 6), exactly as seeded.
  expect([...db.all('cases')]).toEqual(seedCases('default'));
  expect(db.get('users', PEOPLE.sam.id)).toEqual(seed.users.find((u) => u.id === PEOPLE.sam.id));
  expect(db.changeCount).toBe(0);
}

describe('MockDb reliability: corrupt or old stored state', () => {
  it.each([
    ['garbage', '{not json at all'],
    ['JSON of the wrong shape', '"just a string"'],
    ['null', 'null'],
    [
      'an older version',
      JSON.stringify({ version: STORAGE_VERSION - 1, variant: 'default', seq: 3, changes: {} }),
    ],
    [
      'another variant',
      JSON.stringify({ version: STORAGE_VERSION, variant: 'large-org', seq: 3, changes: {} }),
    ],
  ])('%s in localStorage is discarded: the seed comes back and the recovery is flagged', (_what, raw) => {
    localStorage.setItem(KEY, raw);
    const db = new MockDb('default', localStorage);
    expect(db.recoveredFromCorruptState).toBe(true);
    expectExactSeed(db);
    expect(localStorage.getItem(KEY)).toBeNull();
    // The next start is clean and says nothing.
    expect(new MockDb('default', localStorage).recoveredFromCorruptState).toBe(false);
  });

  it('a clean start is not flagged', () => {
    const db = new MockDb('default', localStorage);
    expect(db.recoveredFromCorruptState).toBe(false);
    expectExactSeed(db);
  });
});

describe('MockDb journal', () => {
  it('changes persist across a new MockDb on the same store; reset() returns to the exact seed', () => {
    const store = memoryStore();
    const a = new MockDb('default', store);
    const newcomer = buildUser({
      id: 'u-journal-1',
      email: 'journal.one@acme.example',
      firstName: 'Journal',
      lastName: 'One',
    });
    a.put('users', newcomer.id, newcomer);
    a.put('meta', 'session', { key: 'session', value: { userId: PEOPLE.priya.id } });
    a.delete('admins', PEOPLE.diego.id);

    const b = new MockDb('default', store);
    expect(b.recoveredFromCorruptState).toBe(false);
    expect(b.get('users', 'u-journal-1')).toEqual(newcomer);
    expect(b.get('admins', PEOPLE.diego.id)).toBeUndefined();
    expect(b.count('users')).toBe(seed.users.length + 1);
    expect(b.directory.search('journal', 10).ids).toContain('u-journal-1');
    // The session (meta) is not a data change: two changes, the new user and the removed admin.
    expect(b.changeCount).toBe(2);

    b.reset();
    expectExactSeed(b);
    expect(b.directory.search('journal', 10).ids).not.toContain('u-journal-1');
    expectExactSeed(new MockDb('default', store));
  });
});

describe('MockDb.findUserByEmail', () => {
  it('finds every user the directory search finds, by exact email in any case, and nobody else', () => {
    const db = new MockDb('default', memoryStore());
    const added = buildUser({ id: 'u-added', email: 'x42@acme.example' });
    db.put('users', added.id, added);
    db.delete('users', 'u-g-000007');
    const viaIndex = (email: string) =>
      db.directory
        .search(email.toLowerCase(), 50)
        .ids.map((id) => db.get('users', id))
        .find((u) => u?.email.toLowerCase() === email.toLowerCase());
    const emails = [
      ...[1, 2, 7, 10, 1337, 2000].map(
        (i) => seed.users.find((u) => u.id === `u-g-${String(i).padStart(6, '0')}`)!.email,
      ),
      PEOPLE.sam.email.toUpperCase(),
      PEOPLE.alex.email,
      'x42@acme.example',
      'nobody42@acme.example',
      'sam.rivera@acme.examplex',
    ];
    for (const email of emails) expect(db.findUserByEmail(email)?.id, email).toBe(viaIndex(email)?.id);
    expect(db.findUserByEmail(PEOPLE.sam.email)?.id).toBe(PEOPLE.sam.id);
    expect(db.findUserByEmail('x42@acme.example')?.id).toBe('u-added');
    expect(db.findUserByEmail(seed.users.find((u) => u.id === 'u-g-000007')!.email)).toBeUndefined();
  });
});

describe('MockDb: state stored before the support portal’s statuses (issue #17 item 4)', () => {
  it('replays an old case as it was, `open` becoming `awaiting-assignment`, new fields empty', () => {
    const old = {
      id: 'E-000003',
      ownerId: PEOPLE.jonas.id,
      ownerName: 'Jonas Weber',
      productId: 'marketo',
      productName: 'Marketo Engage',
      title: 'Opened before the upgrade',
      description: 'd',
      priority: 'low',
      businessImpact: 'b',
      timeZone: 'emea',
      productFields: { instanceId: 'mkto-acme-prod' },
      status: 'open',
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      comments: [
        { id: 'cm-1', at: '2026-02-01T11:00:00.000Z', authorId: 'x', authorName: 'Jonas Weber', body: 'hi' },
      ],
    };
    const closed = {
      ...old,
      id: 'E-000010',
      status: 'closed',
      closedAt: '2026-02-02T10:00:00.000Z',
      comments: [],
    };
    const store = memoryStore();
    store.setItem(
      KEY,
      JSON.stringify({
        version: STORAGE_VERSION,
        variant: 'default',
        seq: 2,
        changes: { cases: { [old.id]: old, [closed.id]: closed } },
      }),
    );
    const db = new MockDb('default', store);
    expect(db.recoveredFromCorruptState).toBe(false);
    // A stored case holding a seed case's number wins: it is the one its requestor was given that number for.
    const migrated = db.get('cases', 'E-000003')!;
    expect(migrated).toMatchObject({ title: 'Opened before the upgrade', status: 'awaiting-assignment' });
    expect(supportCaseSchema.parse(migrated)).toMatchObject({
      watchers: [],
      attachments: [],
      comments: [{ author: 'customer', attachments: [], body: 'hi' }],
    });
    expect(supportCaseSchema.parse(db.get('cases', 'E-000010')).status).toBe('closed');
    expect(db.count('cases')).toBe(seedCases('default').length + 1);
  });
});
