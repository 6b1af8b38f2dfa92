import { describe, expect, it } from 'vitest';
import { MockDb, memoryStore } from '@mocks/db/database';
import { buildCompactSeed, buildSeed } from '@mocks/db/seed';
import { SeededUserTable } from '@mocks/db/user-table';
import type { SeedVariant } from '@mocks/db/types';

/** The database builds generated users on demand: it must hold exactly the eager seed. */
describe('compact seed', () => {
  for (const variant of ['default', 'empty-org'] as SeedVariant[]) {
    it(`${variant}: the same users in the same order, the same admins and catalog`, () => {
      const eager = buildSeed(variant);
      const compact = buildCompactSeed(variant);
      const table = new SeededUserTable(compact.named, compact.generated);
      expect(table.size).toBe(eager.users.length);
      expect([...table.values()]).toEqual(eager.users);
      expect(compact.admins).toEqual(eager.admins);
      expect(compact.catalog).toEqual(eager.catalog);
    });
  }

  it('large-org: a sample of ids, the admins and the catalog equal the eager seed', () => {
    const eager = buildSeed('large-org');
    const compact = buildCompactSeed('large-org');
    const table = new SeededUserTable(compact.named, compact.generated);
    expect(table.size).toBe(100_011);
    const sample = [0, 1, 10, 11, 12, 1347, 1348, 50_000, 99_999, 100_010].map((pos) => eager.users[pos]!);
    for (const u of sample) expect(table.nameOf(u.id)).toBe(u.name);
    for (const u of sample) expect(table.get(u.id)).toEqual(u);
    expect(compact.admins).toEqual(eager.admins);
    expect(compact.catalog).toEqual(eager.catalog);
  });

  it('behaves like a Map: replace in place, delete, add at the end, re-add a deleted seed user at the end', () => {
    const compact = buildCompactSeed('default');
    const table = new SeededUserTable(compact.named, compact.generated);
    const model = new Map([...table.values()].map((u) => [u.id, u]));
    const first = table.get('u-g-000001')!;
    expect(table.get('u-g-000001')).toBe(first); // built once, then the same object
    const ops: [string, 'set' | 'delete'][] = [
      ['u-g-000002', 'set'],
      ['u-sam-rivera', 'set'],
      ['u-g-000003', 'delete'],
      ['u-new-1', 'set'],
      ['u-g-000003', 'set'],
      ['u-alex-chen', 'delete'],
      ['u-new-1', 'set'],
      ['u-new-1', 'delete'],
      ['u-g-999999', 'delete'],
      ['u-g-2', 'set'],
    ];
    for (const [id, op] of ops) {
      if (op === 'set') {
        const v = { ...(model.get(id) ?? first), id, name: `Changed ${id}` };
        model.set(id, v);
        table.set(id, v);
      } else {
        expect(table.delete(id)).toBe(model.delete(id));
      }
      expect(table.size).toBe(model.size);
    }
    expect([...table.values()].map((u) => u.id)).toEqual([...model.keys()]);
    expect([...table.values()]).toEqual([...model.values()]);
    expect(table.has('u-g-000003')).toBe(true);
    expect(table.has('u-alex-chen')).toBe(false);
    expect(table.get('u-g-002001')).toBeUndefined();
    for (const u of model.values()) expect(table.nameOf(u.id)).toBe(u.name);
    expect(table.nameOf('u-alex-chen')).toBeUndefined();
  });

  it('large-org: admins in the order the list always sorted them (name, then id, localeCompare)', () => {
    const eager = buildSeed('large-org');
    const users = new Map(eager.users.map((u) => [u.id, u]));
    const expected = eager.admins
      .map((a) => users.get(a.userId)!)
      .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id))
      .map((u) => u.id);
    const db = new MockDb('large-org', memoryStore());
    expect(db.adminIdsByName()).toEqual(expected);
    // A renamed user moves: the cached order is rebuilt after a write.
    const moved = db.get('users', expected[0]!)!;
    db.put('users', moved.id, { ...moved, name: 'Zzz Last' });
    expect(db.adminIdsByName().at(-1)).toBe(moved.id);
  });
});
