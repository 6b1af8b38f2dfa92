/**
 * The "10,000 changes" persisted state of the cold-start measurement, written through the real MockDb
 * (so the stored format is exactly the product's): 2,000 edited users, 6,000 added users, 2,000 new admins.
 */
import { buildAdmin } from '@mocks/factories/build-admin';
import { buildUser } from '@mocks/factories/build-user';
import { MockDb, memoryStore } from '@mocks/db/database';

export function changesState(count = 10_000): { key: string; value: string; changes: number } {
  const store = memoryStore();
  const writes: [string, string][] = [];
  const recording = {
    ...store,
    setItem: (k: string, v: string) => (writes.push([k, v]), store.setItem(k, v)),
  };
  const db = new MockDb('default', recording, { persistDelayMs: 60_000 });
  const generated = [...db.all('users')].filter((u) => u.id.startsWith('u-g-'));
  const edits = Math.min(generated.length, Math.round(count * 0.2));
  const admins = Math.min(generated.length, Math.round(count * 0.2));
  for (let i = 0; i < edits; i += 1) {
    const u = generated[i]!;
    db.put('users', u.id, {
      ...u,
      lastName: `${u.lastName}-Renamed`,
      name: `${u.firstName} ${u.lastName}-Renamed`,
    });
  }
  for (let i = 0; i < admins; i += 1) {
    const u = generated[generated.length - 1 - i]!;
    db.put('admins', u.id, buildAdmin(u.id, [{ role: 'deployment' }], { status: 'pending' }));
  }
  for (let i = 0; db.changeCount < count; i += 1) {
    const n = String(i).padStart(5, '0');
    const user = buildUser({
      id: `u-bench-${n}`,
      email: `bench.user${n}@acme.example`,
      firstName: 'Bench',
      lastName: `User ${n}`,
    });
    db.put('users', user.id, user);
  }
  db.flush();
  const [key, value] = writes[writes.length - 1]!;
  return { key, value, changes: db.changeCount };
}
