import { generatedUserId, type CompactUsers } from './seed';
import type { UserRecord } from './types';

/** What MockDb needs of a table: the part of `Map` it uses (a `Map` is one). */
export interface Table<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
  set(id: string, value: V): unknown;
  delete(id: string): boolean;
  values(): IterableIterator<V>;
  clear(): void;
  readonly size: number;
}

/**
 * The users table over a compact seed. It behaves exactly like the `Map` of every seed user in seed order
 * (named people, then `u-g-000001`…) followed by users added later, but a generated user's record is built
 * on first read (then kept, so reads return the same object, as a Map would).
 */
export class SeededUserTable implements Table<UserRecord> {
  private readonly namedSlot = new Map<string, number>();
  /** Built or replaced records of seed users, by slot (named first, then generated). */
  private records: (UserRecord | undefined)[] = [];
  private deleted: Uint8Array;
  private deletedCount = 0;
  /** Users added after the seed (and seed users deleted then added again: a Map puts those at the end). */
  private tail = new Map<string, UserRecord>();
  /** Lower-case email → id of the users in `tail`: a bulk grant adds thousands, each looked up by email. */
  private tailByEmail = new Map<string, string>();

  constructor(
    private readonly named: UserRecord[],
    private readonly generated: CompactUsers,
  ) {
    named.forEach((u, slot) => this.namedSlot.set(u.id, slot));
    this.records = [...named];
    this.deleted = new Uint8Array(named.length + generated.count);
  }

  /** Slot of a seed user, or -1. */
  private slotOf(id: string): number {
    const n = this.namedSlot.get(id);
    if (n !== undefined) return n;
    const i = this.generated.indexOf(id);
    return i ? this.named.length + i - 1 : -1;
  }

  private record(slot: number): UserRecord {
    let r = this.records[slot];
    if (!r) {
      r = this.generated.user(slot - this.named.length + 1);
      this.records[slot] = r;
    }
    return r;
  }

  get size(): number {
    return this.deleted.length - this.deletedCount + this.tail.size;
  }

  get(id: string): UserRecord | undefined {
    const t = this.tail.get(id);
    if (t) return t;
    const slot = this.slotOf(id);
    return slot < 0 || this.deleted[slot] ? undefined : this.record(slot);
  }

  /** `get(id)?.name`, without building a generated user's record. */
  nameOf(id: string): string | undefined {
    const t = this.tail.get(id);
    if (t) return t.name;
    const slot = this.slotOf(id);
    if (slot < 0 || this.deleted[slot]) return undefined;
    return this.records[slot]?.name ?? this.generated.name(slot - this.named.length + 1);
  }

  /**
   * The user whose email is `email` (lower case), without the directory index: users added later through their
   * own email index, the named people (few) one by one; a generated user's email ends its local part with the
   * user's number (`ava.anderson42@…` is `u-g-000042`), so that one record is the only candidate.
   */
  findByEmail(email: string): UserRecord | undefined {
    const same = (u: UserRecord | undefined) => (u && u.email.toLowerCase() === email ? u : undefined);
    const added = this.tailByEmail.get(email);
    if (added !== undefined) return same(this.tail.get(added));
    for (const u of this.named) {
      const found = same(this.get(u.id));
      if (found) return found;
    }
    const n = /(\d+)@[^@]*$/.exec(email);
    return n ? same(this.get(generatedUserId(Number(n[1])))) : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: UserRecord): this {
    const slot = this.tail.has(id) ? -1 : this.slotOf(id);
    if (slot >= 0 && !this.deleted[slot]) {
      this.records[slot] = value;
      return this;
    }
    const before = this.tail.get(id);
    if (before) this.tailByEmail.delete(before.email.toLowerCase());
    this.tail.set(id, value);
    this.tailByEmail.set(value.email.toLowerCase(), id);
    return this;
  }

  delete(id: string): boolean {
    const added = this.tail.get(id);
    if (added) {
      this.tail.delete(id);
      this.tailByEmail.delete(added.email.toLowerCase());
      return true;
    }
    const slot = this.slotOf(id);
    if (slot < 0 || this.deleted[slot]) return false;
    this.deleted[slot] = 1;
    this.deletedCount += 1;
    this.records[slot] = undefined;
    return true;
  }

  clear(): void {
    this.deleted.fill(1);
    this.deletedCount = this.deleted.length;
    this.records = [];
    this.tail.clear();
    this.tailByEmail.clear();
  }

  *values(): IterableIterator<UserRecord> {
    for (let slot = 0; slot < this.deleted.length; slot += 1)
      if (!this.deleted[slot]) yield this.record(slot);
    yield* this.tail.values();
  }
}
