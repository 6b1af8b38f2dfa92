import type { KeyValueStore } from '../db/database';

/** The IndexedDB database that holds the service worker backend's state (one object store of strings). */
export const MOCK_IDB = { name: 'admin-console-mock', store: 'kv', version: 1 } as const;

export interface IdbKeyValueStore extends KeyValueStore {
  /** Resolves once every write made so far is committed (or failed: the state then lives on in memory). */
  settled(): Promise<void>;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

export function openMockIdb(idb: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const open = idb.open(MOCK_IDB.name, MOCK_IDB.version);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(MOCK_IDB.store)) open.result.createObjectStore(MOCK_IDB.store);
  };
  return request(open);
}

/**
 * A synchronous key–value store over IndexedDB, for the mock database that runs in the service worker (which has
 * no localStorage): everything is read into memory once at start, reads are served from memory, and each write
 * goes to IndexedDB in the background, in order. If IndexedDB is unavailable the store works in memory only.
 */
export async function openIdbStore(idb?: IDBFactory): Promise<IdbKeyValueStore> {
  const values = new Map<string, string>();
  let db: IDBDatabase | null = null;
  try {
    db = await openMockIdb(idb);
    const tx = db.transaction(MOCK_IDB.store, 'readonly');
    const os = tx.objectStore(MOCK_IDB.store);
    const [keys, vals] = await Promise.all([request(os.getAllKeys()), request(os.getAll())]);
    keys.forEach((k, i) => {
      if (typeof k === 'string' && typeof vals[i] === 'string') values.set(k, vals[i] as string);
    });
  } catch {
    db = null; // private mode or storage blocked: this backend keeps its state in memory only
  }

  /** Writes not handed to IndexedDB yet (last write per key wins), and the chain of transactions in flight. */
  const pending = new Map<string, string | null>();
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;

  const writePending = (): Promise<void> => {
    scheduled = false;
    if (!db || pending.size === 0) return Promise.resolve();
    const batch = [...pending];
    pending.clear();
    return new Promise<void>((resolve) => {
      const tx = db!.transaction(MOCK_IDB.store, 'readwrite');
      const os = tx.objectStore(MOCK_IDB.store);
      for (const [k, v] of batch) {
        if (v === null) os.delete(k);
        else os.put(v, k);
      }
      tx.oncomplete = () => resolve();
      // Quota exceeded or aborted: the state stays in memory; the next write tries again with newer data.
      tx.onerror = tx.onabort = () => resolve();
    });
  };

  const schedule = (k: string, v: string | null) => {
    pending.set(k, v);
    if (scheduled) return;
    scheduled = true;
    chain = chain.then(writePending);
  };

  return {
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => {
      values.set(k, v);
      schedule(k, v);
    },
    removeItem: (k) => {
      values.delete(k);
      schedule(k, null);
    },
    settled: () => chain,
  };
}
