/**
 * Where the mock backend keeps the bytes of uploaded attachments, keyed by their SHA-256 (the same file uploaded
 * twice is stored once; a retried upload writes the same key again). Asynchronous, as a real blob store is: the
 * handlers write before their synchronous work and read when serving a download. The records that say who may
 * read which file live in the database (`attachments` table); this store knows only bytes.
 *
 * Node (Vitest) uses the in-memory store, fresh with every runtime; the browser's backend uses IndexedDB
 * (mocks/services/idb-attachment-store.ts), passed to `configureRuntime` where the service worker starts.
 */
export interface AttachmentStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when the store does not have them (never stored, or the browser evicted them). */
  get(key: string): Promise<Uint8Array | null>;
  /** `Reset demo data`: every file goes. */
  clear(): Promise<void>;
}

export function memoryAttachmentStore(): AttachmentStore {
  const files = new Map<string, Uint8Array>();
  return {
    put: (key, bytes) => {
      files.set(key, bytes.slice());
      return Promise.resolve();
    },
    get: (key) => Promise.resolve(files.get(key)?.slice() ?? null),
    clear: () => {
      files.clear();
      return Promise.resolve();
    },
  };
}
