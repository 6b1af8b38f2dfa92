/**
 * Imported first by the service worker: MSW's cookie store requires `localStorage` outside Node, and service workers
 * have none. The mock backend sets no cookies, so a memory-only stand-in is enough.
 */
if (!('localStorage' in globalThis)) {
  const m = new Map<string, string>();
  const storage = {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k: string) => m.get(k) ?? null,
    key: (i: number) => [...m.keys()][i] ?? null,
    removeItem: (k: string) => void m.delete(k),
    setItem: (k: string, v: string) => void m.set(k, String(v)),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage });
}
export {};
