import { MockDb, memoryStore, storageKeyOf, type KeyValueStore, type MockDbOptions } from './db/database';
import type { SeedVariant } from './db/types';
import { memoryAttachmentStore, type AttachmentStore } from './services/attachment-store';

export const SCENARIOS = [
  'default',
  'slow-network',
  'server-errors',
  'failing-saves',
  'empty-org',
  'mid-size-org',
  'large-org',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export function isScenario(v: unknown): v is Scenario {
  return typeof v === 'string' && (SCENARIOS as readonly string[]).includes(v);
}

/** Where the backend runs: Node (tests, scripts), the browser's service worker, or the page itself. */
export type Transport = 'node' | 'service-worker' | 'in-page';

const SETTINGS_KEY = 'admin-console-mock-settings';

interface Settings {
  scenario: Scenario;
  clockOffsetMs: number;
}

function variantOf(s: Scenario): SeedVariant {
  return s === 'empty-org' || s === 'mid-size-org' || s === 'large-org' ? s : 'default';
}

/**
 * The mock server's process state: its database, its clock and the active scenario.
 * Handlers reach it through `runtime()`; the browser and Node set it up once (`configureRuntime`).
 */
class Runtime {
  private dbs = new Map<SeedVariant, MockDb>();
  private settings: Settings;

  constructor(
    readonly store: KeyValueStore,
    private readonly dbOptions: MockDbOptions,
    readonly transport: Transport,
    /** The bytes of uploaded attachments (records are in the database). */
    readonly attachments: AttachmentStore,
  ) {
    this.settings = this.readSettings();
  }

  private readSettings(): Settings {
    try {
      const raw = this.store.getItem(SETTINGS_KEY);
      const p = raw ? (JSON.parse(raw) as Partial<Settings>) : {};
      return {
        scenario: isScenario(p.scenario) ? p.scenario : 'default',
        clockOffsetMs:
          typeof p.clockOffsetMs === 'number' && Number.isFinite(p.clockOffsetMs) ? p.clockOffsetMs : 0,
      };
    } catch {
      return { scenario: 'default', clockOffsetMs: 0 };
    }
  }

  private writeSettings(): void {
    this.store.setItem(SETTINGS_KEY, JSON.stringify(this.settings));
  }

  get scenario(): Scenario {
    return this.settings.scenario;
  }

  setScenario(s: Scenario): void {
    this.settings = { ...this.settings, scenario: s };
    this.writeSettings();
  }

  /** The database of the active scenario's data set (built lazily, kept while the page lives). */
  get db(): MockDb {
    const v = variantOf(this.settings.scenario);
    let db = this.dbs.get(v);
    if (!db) {
      db = new MockDb(v, this.store, this.dbOptions);
      this.dbs.set(v, db);
    }
    return db;
  }

  /** Mock clock: real time shifted by the offset chosen in the panel or with `?clock=+31d`. */
  now(): Date {
    return new Date(Date.now() + this.settings.clockOffsetMs);
  }

  get clockOffsetMs(): number {
    return this.settings.clockOffsetMs;
  }

  setClockOffset(ms: number): void {
    this.settings = { ...this.settings, clockOffsetMs: ms };
    this.writeSettings();
  }

  /** Back to the exact seed (every data set), default scenario kept as chosen, clock reset. */
  resetAll(): void {
    for (const v of ['default', 'empty-org', 'mid-size-org', 'large-org'] as const) {
      this.store.removeItem(storageKeyOf(v));
    }
    for (const db of this.dbs.values()) db.reset();
    // Their records are gone with the data; the bytes go too (a failure leaves unreachable bytes, nothing else).
    this.attachments.clear().catch(() => undefined);
    this.settings = { ...this.settings, clockOffsetMs: 0 };
    this.writeSettings();
  }
}

let current: Runtime | null = null;

/** Services the runtime uses that differ per platform (the browser's backend passes IndexedDB ones). */
export interface RuntimeServices {
  /** Where the handlers run (the prototype panel says so when it is the page). */
  transport?: Transport;
  attachments?: AttachmentStore;
}

export function configureRuntime(
  store: KeyValueStore = memoryStore(),
  dbOptions: MockDbOptions = {},
  services: RuntimeServices = {},
): Runtime {
  current = new Runtime(
    store,
    dbOptions,
    services.transport ?? 'node',
    services.attachments ?? memoryAttachmentStore(),
  );
  return current;
}

export function runtime(): Runtime {
  current ??= new Runtime(memoryStore(), {}, 'node', memoryAttachmentStore());
  return current;
}
