/**
 * Imported first by the service worker: MSW's cookie store insists on `localStorage` in any non-Node environment,
 * and service workers have none. The mock backend never sets cookies, so a memory-only stand-in is enough.
 */
const g = globalThis as { localStorage?: Storage };
if (typeof g.localStorage === 'undefined') {
  const m = new Map<string, string>();
  g.localStorage = {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k: string) => m.get(k) ?? null,
    key: (i: number) => [...m.keys()][i] ?? null,
    removeItem: (k: string) => void m.delete(k),
    setItem: (k: string, v: string) => void m.set(k, String(v)),
  };
}
export {};
