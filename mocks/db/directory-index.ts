import type { UserRecord } from './types';

const ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, accents stripped: "Élodie" and "elodie" match alike. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Names repeat a lot in a large directory: fold each distinct one once. */
const foldedNames = new Map<string, string>();
function foldName(s: string): string {
  let f = foldedNames.get(s);
  if (f === undefined) {
    f = fold(s);
    if (foldedNames.size < 50_000) foldedNames.set(s, f);
  }
  return f;
}

function tokensOf(u: Pick<UserRecord, 'firstName' | 'lastName' | 'email'>): string[] {
  const email = fold(u.email);
  const local = email.split('@')[0] ?? '';
  const parts = [foldName(u.firstName), foldName(u.lastName), email, ...local.split(/[._+-]/)];
  const words = parts.flatMap((p) => p.split(/\s+/)).filter(Boolean);
  return [...new Set(words)];
}

const SEP = '\u0000';

/**
 * Prefix index over the directory: the distinct tokens (name words, email, email parts) sorted, each with
 * its posting list of users (in id order). A query term finds its token range by binary search, and a
 * search walks only as many postings as it returns: O(log n + results), never a scan of all users.
 */
export class DirectoryIndex {
  /** User ids by ordinal. */
  private ids: string[] = [];
  private ordinalOf = new Map<string, number>();
  /** Every token of each user, joined with SEP (and led by it): checks the other words of a query. */
  private tokenText: string[] = [];
  /** Sorted distinct tokens and, for each, the ordinals of its users in id order. */
  private tokens: string[] = [];
  private postings: number[][] = [];

  constructor(users: Iterable<UserRecord>) {
    const list = [...users].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byToken = new Map<string, number[]>();
    list.forEach((u, ord) => {
      const toks = tokensOf(u);
      this.ids.push(u.id);
      this.ordinalOf.set(u.id, ord);
      this.tokenText.push(SEP + toks.join(SEP));
      for (const t of toks) {
        const p = byToken.get(t);
        if (p) p.push(ord);
        else byToken.set(t, [ord]);
      }
    });
    this.tokens = [...byToken.keys()].sort();
    this.postings = this.tokens.map((t) => byToken.get(t)!);
  }

  /** Index a new user, or a new name of a known user (its old tokens stay findable). */
  add(u: UserRecord): void {
    let ord = this.ordinalOf.get(u.id);
    if (ord === undefined) {
      ord = this.ids.length;
      this.ids.push(u.id);
      this.ordinalOf.set(u.id, ord);
      this.tokenText.push('');
    }
    for (const t of tokensOf(u)) {
      if (this.tokenText[ord]!.includes(SEP + t + SEP) || this.tokenText[ord]!.endsWith(SEP + t)) continue;
      this.tokenText[ord] += SEP + t;
      const i = this.lowerBound(t);
      if (this.tokens[i] !== t) {
        this.tokens.splice(i, 0, t);
        this.postings.splice(i, 0, []);
      }
      const p = this.postings[i]!;
      // Keep the posting list in id order.
      let at = p.length;
      while (at > 0 && this.ids[p[at - 1]!]! > u.id) at -= 1;
      p.splice(at, 0, ord);
    }
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

  /** Token range [from, to) of the tokens starting with `term`. */
  private rangeOf(term: string): [number, number] {
    return [this.lowerBound(term), this.lowerBound(`${term}\uffff`)];
  }

  /**
   * Users matching every word of `query` (each word a prefix of a name, email or email part).
   * Returns up to `limit` ids, in token order then id order, and whether more exist.
   */
  search(
    query: string,
    limit: number,
    accept: (id: string) => boolean = () => true,
  ): { ids: string[]; more: boolean } {
    const terms = [...new Set(fold(query).trim().split(/\s+/).filter(Boolean))];
    if (terms.length === 0) return { ids: [], more: false };
    // Drive by the term with the fewest tokens; check the other words on each candidate's own tokens.
    const ranges = terms.map((t) => ({ t, r: this.rangeOf(t) }));
    ranges.sort((a, b) => a.r[1] - a.r[0] - (b.r[1] - b.r[0]));
    const [driver, ...rest] = ranges;
    const others = rest.map((x) => SEP + x.t);
    const ids: string[] = [];
    const seen = new Set<number>();
    const [from, to] = driver!.r;
    for (let i = from; i < to && ids.length <= limit; i += 1) {
      for (const ord of this.postings[i]!) {
        if (seen.has(ord)) continue;
        seen.add(ord);
        const text = this.tokenText[ord]!;
        if (!others.every((o) => text.includes(o))) continue;
        const id = this.ids[ord]!;
        if (!accept(id)) continue;
        ids.push(id);
        if (ids.length > limit) break;
      }
    }
    const more = ids.length > limit;
    return { ids: ids.slice(0, limit), more };
  }
}
