import type { UserRecord } from './types';

/** Lower-case, accents stripped: "Élodie" and "elodie" match alike. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function tokensOf(u: Pick<UserRecord, 'firstName' | 'lastName' | 'email'>): string[] {
  const email = fold(u.email);
  const local = email.split('@')[0] ?? '';
  const parts = [fold(u.firstName), fold(u.lastName), email, ...local.split(/[._+-]/)];
  const words = parts.flatMap((p) => p.split(/\s+/)).filter(Boolean);
  return [...new Set(words)];
}

/**
 * Prefix index over the directory: a sorted array of (token, userId) pairs. A query term finds its
 * range by binary search, so a keystroke costs O(log n + matches shown), never a scan of all users.
 */
export class DirectoryIndex {
  private tokens: string[] = [];
  private ids: string[] = [];
  private dirty = false;
  private pendingTokens: string[] = [];
  private pendingIds: string[] = [];

  constructor(users: Iterable<UserRecord>) {
    const pairs: [string, string][] = [];
    for (const u of users) for (const t of tokensOf(u)) pairs.push([t, u.id]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
    this.tokens = pairs.map((p) => p[0]);
    this.ids = pairs.map((p) => p[1]);
  }

  add(u: UserRecord): void {
    for (const t of tokensOf(u)) {
      this.pendingTokens.push(t);
      this.pendingIds.push(u.id);
    }
    this.dirty = true;
  }

  private flush(): void {
    if (!this.dirty) return;
    const pairs: [string, string][] = this.tokens.map((t, i) => [t, this.ids[i]!]);
    this.pendingTokens.forEach((t, i) => pairs.push([t, this.pendingIds[i]!]));
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
    this.tokens = pairs.map((p) => p[0]);
    this.ids = pairs.map((p) => p[1]);
    this.pendingTokens = [];
    this.pendingIds = [];
    this.dirty = false;
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Ids whose tokens start with `term`, in token order, de-duplicated; stops after `limit` ids. */
  private range(term: string, limit: number): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let i = this.lowerBound(term); i < this.tokens.length && this.tokens[i]!.startsWith(term); i += 1) {
      const id = this.ids[i]!;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Users matching every word of `query` (each word a prefix of a name, email or email part).
   * Returns up to `limit` ids, and whether more exist.
   */
  search(query: string, limit: number, accept: (id: string) => boolean = () => true): { ids: string[]; more: boolean } {
    this.flush();
    const terms = fold(query).trim().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return { ids: [], more: false };
    // Drive by the most selective term's range (bounded), check the other terms on the candidates.
    const cap = 5000;
    const ranges = terms.map((t) => this.range(t, cap));
    ranges.sort((a, b) => a.length - b.length);
    const [first, ...rest] = ranges;
    const others = rest.map((r) => new Set(r));
    const ids: string[] = [];
    for (const id of first ?? []) {
      if (!others.every((s) => s.has(id)) || !accept(id)) continue;
      ids.push(id);
      if (ids.length > limit) break;
    }
    const more = ids.length > limit;
    return { ids: ids.slice(0, limit), more };
  }
}
