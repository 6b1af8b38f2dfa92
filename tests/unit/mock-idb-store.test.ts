import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MockDb } from '@mocks/db/database';
import { openIdbStore } from '@mocks/sw/idb-store';
import { configureRuntime } from '@mocks/runtime';
import { memoryAttachmentStore } from '@mocks/services/attachment-store';
import { idbAttachmentStore } from '@mocks/services/idb-attachment-store';

describe('the service worker backend’s IndexedDB store', () => {
  it('serves reads from memory and keeps writes across a restart (a new store over the same database)', async () => {
    const idb = new IDBFactory();
    const a = await openIdbStore(idb);
    expect(a.getItem('k')).toBeNull();
    a.setItem('k', 'one');
    a.setItem('k', 'two'); // the last write of a key wins
    a.setItem('gone', 'x');
    a.removeItem('gone');
    expect(a.getItem('k')).toBe('two');
    expect(a.getItem('gone')).toBeNull();
    await a.settled();

    const b = await openIdbStore(idb);
    expect(b.getItem('k')).toBe('two');
    expect(b.getItem('gone')).toBeNull();
  });

  it('restores a database’s changes after a restart, and recovers from an unreadable stored state', async () => {
    const idb = new IDBFactory();
    const first = await openIdbStore(idb);
    const db = new MockDb('default', first);
    const sam = db.get('users', 'u-sam-rivera')!;
    db.put('users', sam.id, { ...sam, name: 'Sam Renamed' });
    await first.settled();

    const restarted = new MockDb('default', await openIdbStore(idb));
    expect(restarted.get('users', sam.id)?.name).toBe('Sam Renamed');
    expect(restarted.recoveredFromCorruptState).toBe(false);

    const store = await openIdbStore(idb);
    store.setItem('admin-console-mock-db:default', '{not json');
    await store.settled();
    const recovered = new MockDb('default', await openIdbStore(idb));
    expect(recovered.recoveredFromCorruptState).toBe(true);
    expect(recovered.get('users', sam.id)?.name).toBe(sam.name);
  });

  it('works in memory when IndexedDB cannot be opened (private mode, blocked storage)', async () => {
    const broken = {
      open: () => {
        throw new Error('blocked');
      },
    } as unknown as IDBFactory;
    const s = await openIdbStore(broken);
    s.setItem('k', 'v');
    await s.settled();
    expect(s.getItem('k')).toBe('v');
  });
});

describe('the browser backend’s attachment store (IndexedDB)', () => {
  it('keeps files across a restart (a new store over the same database) and forgets them all on reset', async () => {
    const idb = new IDBFactory();
    const a = idbAttachmentStore(idb);
    await a.put('k1', new Uint8Array([1, 2, 3]));
    expect(await a.get('k1')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await a.get('missing')).toBeNull();
    const b = idbAttachmentStore(idb);
    expect(await b.get('k1')).toEqual(new Uint8Array([1, 2, 3]));
    await b.clear();
    expect(await idbAttachmentStore(idb).get('k1')).toBeNull();
  });

  it('Reset demo data empties the runtime’s attachment store', async () => {
    const files = memoryAttachmentStore();
    const rt = configureRuntime(undefined, {}, { attachments: files });
    await files.put('k', new Uint8Array([9]));
    rt.resetAll();
    await Promise.resolve();
    expect(await files.get('k')).toBeNull();
  });
});
