/**
 * A small stand-in for `tough-cookie`, used by MSW's cookie store, in the browser build only (vite.config.ts).
 * The real package brings the whole public-suffix list (tldts, ~100 kB gzip) into the first load, while this
 * backend keeps its session server-side and never sets cookies. Same API surface MSW uses: `Cookie`,
 * `MemoryCookieStore`, `CookieJar#getCookiesSync/setCookie`; host-only cookies, path prefix match, expiry.
 */
interface CookieJson {
  key?: string;
  value?: string;
  domain?: string | null;
  path?: string | null;
  expires?: string | null;
}

export class Cookie {
  key = '';
  value = '';
  domain: string | null = null;
  path: string | null = '/';
  expires: Date | null = null;

  static fromJSON(json: CookieJson | string | null): Cookie | null {
    const j = typeof json === 'string' ? (JSON.parse(json) as CookieJson) : json;
    if (!j?.key) return null;
    const c = new Cookie();
    c.key = j.key;
    c.value = j.value ?? '';
    c.domain = j.domain ?? null;
    c.path = j.path ?? '/';
    c.expires = j.expires ? new Date(j.expires) : null;
    return c;
  }

  toJSON(): CookieJson {
    return {
      key: this.key,
      value: this.value,
      domain: this.domain,
      path: this.path,
      expires: this.expires?.toISOString() ?? null,
    };
  }

  toString(): string {
    return `${this.key}=${this.value}`;
  }
}

type Index = Record<string, Record<string, Record<string, Cookie>>>;

export class MemoryCookieStore {
  idx: Index = {};
}

function parseSetCookie(header: string, url: URL): Cookie[] {
  return header
    .split(/,(?=\s*[^;=\s]+=)/)
    .map((part) => {
      const [pair = '', ...attrs] = part.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) return null;
      const c = new Cookie();
      c.key = pair.slice(0, eq).trim();
      c.value = pair.slice(eq + 1).trim();
      c.domain = url.hostname;
      for (const a of attrs) {
        const [name = '', ...rest] = a.split('=');
        const v = rest.join('=').trim();
        const n = name.trim().toLowerCase();
        if (n === 'path' && v.startsWith('/')) c.path = v;
        else if (n === 'expires' && !Number.isNaN(Date.parse(v))) c.expires = new Date(v);
        else if (n === 'max-age' && /^-?\d+$/.test(v)) c.expires = new Date(Date.now() + Number(v) * 1000);
      }
      return c;
    })
    .filter((c): c is Cookie => c !== null);
}

export class CookieJar {
  constructor(private readonly store: MemoryCookieStore = new MemoryCookieStore()) {}

  getCookiesSync(url: string): Cookie[] {
    const u = new URL(url);
    const byPath = this.store.idx[u.hostname] ?? {};
    const now = Date.now();
    return Object.entries(byPath)
      .filter(([path]) => u.pathname.startsWith(path))
      .flatMap(([, cookies]) => Object.values(cookies))
      .filter((c) => !c.expires || c.expires.getTime() > now);
  }

  async setCookie(header: string, url: string): Promise<void> {
    for (const c of parseSetCookie(header, new URL(url))) {
      const domain = (this.store.idx[c.domain ?? ''] ??= {});
      const path = (domain[c.path ?? '/'] ??= {});
      if (c.expires && c.expires.getTime() <= Date.now()) delete path[c.key];
      else path[c.key] = c;
    }
  }
}
