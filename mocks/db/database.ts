import type { UserGroup } from '@/api/schemas/catalog';
import { DirectoryIndex } from './directory-index';
import { migrateRow } from './migrations';
import { buildCompactSeed } from './seed';
import { seedCases } from './seed-cases';
import type { Catalog, SeedVariant, TableName, Tables } from './types';
import { SeededUserTable, type Table } from './user-table';

/** Bump when the shape of persisted changes changes: older stored state is then discarded with a notice. */
export const STORAGE_VERSION = 1;
const STORAGE_PREFIX = 'admin-console-mock-db';

/** Tables whose changes are not data changes (the prototype panel's counter leaves them out). */
const BOOKKEEPING: ReadonlySet<string> = new Set<TableName>(['meta', 'idempotency']);

/** Where a data set's changes are stored. */
export const storageKeyOf = (variant: SeedVariant) => `${STORAGE_PREFIX}:${variant}`;
/** Where a data set's sequences (case numbers) are stored: apart from the changes, so that a reset keeps them. */
export const sequencesKeyOf = (variant: SeedVariant) => `${STORAGE_PREFIX}-sequences:${variant}`;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** In-memory store: what Node tests use, so every test starts from the clean seed. */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

type Overlay = { [K in TableName]?: Record<string, Tables[K] | null> };
interface Persisted {
  version: number;
  variant: SeedVariant;
  seq: number;
  changes: Overlay;
}

type Key = string;

/** `mock-db:restore` performance measure (seed + persisted changes + index): read by `npm run bench`. */
function markRestore(started: number): void {
  try {
    performance.measure('mock-db:restore', { start: started, end: performance.now() });
  } catch {
    // No User Timing here (old runtime): nothing to record.
  }
}

/**
 * The mock backend's database: deterministic seed data plus the changes users made.
 * Only changes are persisted (an overlay keyed by table and id), so restoring 100,000 generated users
 * costs nothing to store and `reset()` is forgetting the changes.
 */
export interface MockDbOptions {
  /** Write changes this long after the last one (0: at once). */
  persistDelayMs?: number;
  /** Build the directory's search index this long after each load, ahead of the first search (unset: on first use). */
  warmDirectoryAfterMs?: number;
}

export class MockDb {
  readonly variant: SeedVariant;
  catalog!: Catalog;
  private tables!: { [K in TableName]: Table<Tables[K]> };
  private overlay: Overlay = {};
  private seq = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Changes not written yet: a flush without any (page hide, tab hidden) writes nothing. */
  private dirty = false;
  private usersByName: string[] | null = null;
  private adminsByName: string[] | null = null;
  private index: DirectoryIndex | null = null;
  /** Set when stored state was unreadable or of an older version and was discarded. */
  recoveredFromCorruptState = false;
  /** Last number issued per sequence; read once, kept by `reset()`. */
  private sequences: Record<string, number> = {};

  constructor(
    variant: SeedVariant,
    private readonly store: KeyValueStore,
    private readonly options: MockDbOptions = {},
  ) {
    this.variant = variant;
    this.sequences = this.readSequences();
    this.load();
  }

  private readSequences(): Record<string, number> {
    try {
      const p = JSON.parse(this.store.getItem(sequencesKeyOf(this.variant)) ?? '{}') as unknown;
      if (!p || typeof p !== 'object') return {};
      return Object.fromEntries(
        Object.entries(p).filter((e): e is [string, number] => Number.isSafeInteger(e[1])),
      );
    } catch {
      return {};
    }
  }

  /**
   * The next number of a sequence, `first` for the first one. A number is never issued twice: the sequence is
   * stored at once and apart from the changes, so it outlives the records it numbered and `reset()` (which goes
   * back to the seed's data, not to a world where those numbers were never shown to anyone). From a fresh
   * store it is the same every time.
   */
  nextInSequence(name: string, first: number): number {
    const next = Math.max(first, (this.sequences[name] ?? first - 1) + 1);
    this.sequences = { ...this.sequences, [name]: next };
    try {
      this.store.setItem(sequencesKeyOf(this.variant), JSON.stringify(this.sequences));
    } catch {
      // Storage full or unavailable: the sequence goes on in memory.
    }
    return next;
  }

  private get storageKey(): string {
    return storageKeyOf(this.variant);
  }

  private load(): void {
    const started = performance.now();
    const seed = buildCompactSeed(this.variant);
    this.catalog = seed.catalog;
    this.tables = {
      // Generated users are built on first read: restoring large-org does not build 100,000 records.
      users: new SeededUserTable(seed.named, seed.generated),
      admins: new Map(seed.admins.map((a) => [a.userId, a])),
      invitations: new Map(),
      emails: new Map(),
      audit: new Map(),
      cases: new Map(seedCases(this.variant).map((c) => [c.id, c])),
      attachments: new Map(),
      idempotency: new Map(),
      meta: new Map(),
    };
    this.overlay = {};
    this.seq = 0;
    const raw = this.store.getItem(this.storageKey);
    if (raw) {
      try {
        const p = JSON.parse(raw) as Persisted;
        if (p.version !== STORAGE_VERSION || p.variant !== this.variant || typeof p.changes !== 'object') {
          throw new Error('stale mock state');
        }
        this.seq = p.seq;
        this.overlay = p.changes;
        for (const table of Object.keys(p.changes) as TableName[]) {
          const rows = p.changes[table] ?? {};
          const map = this.tables[table] as Table<unknown>;
          for (const [k, v] of Object.entries(rows)) {
            if (v === null) map.delete(k);
            else map.set(k, migrateRow(table, v as never));
          }
        }
      } catch {
        this.recoveredFromCorruptState = true;
        this.overlay = {};
        this.store.removeItem(this.storageKey);
        this.tables.users = new SeededUserTable(seed.named, seed.generated);
        this.tables.admins = new Map(seed.admins.map((a) => [a.userId, a]));
        for (const t of ['invitations', 'emails', 'audit', 'attachments', 'idempotency', 'meta'] as const) {
          this.tables[t].clear();
        }
        this.tables.cases = new Map(seedCases(this.variant).map((c) => [c.id, c]));
      }
    }
    this.index = null;
    this.usersByName = null;
    this.adminsByName = null;
    markRestore(started);
    this.warmDirectory();
  }

  /**
   * The directory's prefix index, built on first use (not at start: the first screen never needs it,
   * and 100,000 users would delay it), or shortly after each load with `warmDirectoryAfterMs`.
   */
  get directory(): DirectoryIndex {
    this.index ??= new DirectoryIndex(this.tables.users.values());
    return this.index;
  }

  private warmDirectory(): void {
    const after = this.options.warmDirectoryAfterMs;
    if (after === undefined) return;
    const tables = this.tables;
    // After the first screen has had its data: the build must not compete with it.
    setTimeout(() => {
      if (this.tables === tables) void this.directory;
    }, after);
  }

  /** Forget every change: back to the exact seed. */
  reset(): void {
    this.store.removeItem(this.storageKey);
    this.load();
  }

  /** Changed records of the data: who is signed in (`meta`) and replay keys (`idempotency`) are bookkeeping. */
  get changeCount(): number {
    return Object.entries(this.overlay).reduce(
      (n, [table, rows]) => (BOOKKEEPING.has(table) ? n : n + Object.keys(rows ?? {}).length),
      0,
    );
  }

  get<K extends TableName>(table: K, id: Key): Tables[K] | undefined {
    return this.tables[table].get(id);
  }

  all<K extends TableName>(table: K): IterableIterator<Tables[K]> {
    return this.tables[table].values();
  }

  count(table: TableName): number {
    return this.tables[table].size;
  }

  put<K extends TableName>(table: K, id: Key, value: Tables[K]): Tables[K] {
    const isNewUser = table === 'users' && !this.tables.users.has(id);
    this.tables[table].set(id, value);
    const rows = (this.overlay[table] ??= {}) as Record<string, Tables[K] | null>;
    rows[id] = value;
    if (table === 'users') {
      // A new user joins the index (when it exists yet; otherwise it is built from the tables, user included).
      if (isNewUser) this.index?.add(value as Tables['users']);
      this.usersByName = null;
    }
    if (table === 'users' || table === 'admins') this.adminsByName = null;
    this.persist();
    return value;
  }

  delete(table: TableName, id: Key): void {
    this.tables[table].delete(id);
    const rows = (this.overlay[table] ??= {}) as Record<string, unknown>;
    rows[id] = null;
    if (table === 'users' || table === 'admins') this.adminsByName = null;
    this.persist();
  }

  /** The user with this email (any case), found without building the directory index. */
  findUserByEmail(email: string): Tables['users'] | undefined {
    const e = email.toLowerCase();
    const users = this.tables.users;
    if (users instanceof SeededUserTable) return users.findByEmail(e);
    for (const u of users.values()) if (u.email.toLowerCase() === e) return u;
    return undefined;
  }

  /** User ids sorted by display name (cached; rebuilt after a user changes). */
  userIdsByName(): string[] {
    if (!this.usersByName) {
      const users = [...this.tables.users.values()];
      // One collator for the whole sort: same order as localeCompare, several times faster on 100,000 users.
      const { compare } = new Intl.Collator();
      users.sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
      this.usersByName = users.map((u) => u.id);
    }
    return this.usersByName;
  }

  /**
   * Ids of the admins whose user exists, sorted by the user's display name then id (the same order as
   * `localeCompare`), cached: rebuilt after an admin or a user changes, not on every list request.
   */
  adminIdsByName(): string[] {
    if (!this.adminsByName) {
      const rows: { id: string; name: string }[] = [];
      const users = this.tables.users;
      // Names only: 10,000 generated admins need no full user record to be ordered.
      const nameOf = (id: string) =>
        users instanceof SeededUserTable ? users.nameOf(id) : users.get(id)?.name;
      for (const a of this.tables.admins.values()) {
        const name = nameOf(a.userId);
        if (name !== undefined) rows.push({ id: a.userId, name });
      }
      // Names repeat (large-org: 10,000 admins, about 1,400 distinct names): rank the distinct names once.
      const { compare } = new Intl.Collator();
      const names = [...new Set(rows.map((r) => r.name))].sort(compare);
      const rank = new Map<string, number>();
      names.forEach((n, i) =>
        rank.set(n, i > 0 && compare(names[i - 1]!, n) === 0 ? rank.get(names[i - 1]!)! : i),
      );
      rows.sort((x, y) => rank.get(x.name)! - rank.get(y.name)! || compare(x.id, y.id));
      this.adminsByName = rows.map((r) => r.id);
    }
    return this.adminsByName;
  }

  userGroups(): UserGroup[] {
    const counts = new Map<string, number>();
    for (const u of this.tables.users.values())
      for (const g of u.memberOf) counts.set(g, (counts.get(g) ?? 0) + 1);
    return this.catalog.groups.map((g) => ({ ...g, memberCount: counts.get(g.id) ?? 0 }));
  }

  private persist(): void {
    this.seq += 1;
    this.dirty = true;
    const delay = this.options.persistDelayMs ?? 0;
    if (delay <= 0) {
      this.flush();
      return;
    }
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), delay);
  }

  /** Write pending changes now (nothing when everything is written: large states cost a reload nothing). */
  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.dirty) return;
    this.dirty = false;
    const p: Persisted = {
      version: STORAGE_VERSION,
      variant: this.variant,
      seq: this.seq,
      changes: this.overlay,
    };
    try {
      this.store.setItem(this.storageKey, JSON.stringify(p));
    } catch {
      // Storage full or unavailable: the session keeps working in memory.
    }
  }
}
