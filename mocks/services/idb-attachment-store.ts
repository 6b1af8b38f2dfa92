import type { AttachmentStore } from './attachment-store';

/** Its own IndexedDB database, apart from the backend's state (`admin-console-mock`): files are large and few. */
export const ATTACHMENTS_IDB = {
  name: 'admin-console-mock-attachments',
  store: 'files',
  version: 1,
} as const;

function done<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/**
 * Attachments in IndexedDB, for the browser's backend (the service worker). The database opens on first use; a
 * failed write (quota exceeded, private mode) rejects, and the upload is answered 507.
 */
export function idbAttachmentStore(idb: IDBFactory = indexedDB): AttachmentStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () => {
    opened ??= (() => {
      const req = idb.open(ATTACHMENTS_IDB.name, ATTACHMENTS_IDB.version);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(ATTACHMENTS_IDB.store))
          req.result.createObjectStore(ATTACHMENTS_IDB.store);
      };
      return done(req);
    })().catch((e: unknown) => {
      opened = null; // try again next time
      throw e;
    });
    return opened;
  };
  const tx = async (mode: IDBTransactionMode) => (await open()).transaction(ATTACHMENTS_IDB.store, mode);
  return {
    async put(key, bytes) {
      const t = await tx('readwrite');
      t.objectStore(ATTACHMENTS_IDB.store).put(bytes.slice(), key);
      await committed(t);
    },
    async get(key) {
      const t = await tx('readonly');
      const value: unknown = await done(t.objectStore(ATTACHMENTS_IDB.store).get(key));
      // Checked by shape, not instanceof: a structured clone may come from another realm.
      if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return Object.prototype.toString.call(value) === '[object ArrayBuffer]'
        ? new Uint8Array(value as ArrayBuffer)
        : null;
    },
    async clear() {
      const t = await tx('readwrite');
      t.objectStore(ATTACHMENTS_IDB.store).clear();
      await committed(t);
    },
  };
}
