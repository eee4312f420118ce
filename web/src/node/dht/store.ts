/**
 * The records this node holds: checked before they are stored, kept in memory, written through
 * to the host's storage (IndexedDB, disk, memory), swept when they expire, and bounded — when
 * full, replicas held for others go first, soonest to expire first.
 */
import { err, ok, type Result } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { DhtKey } from './api.ts';
import { checkRecord, compareRecords, decodeRecord, encodeRecord, type DhtRecord } from './record.ts';
import type { DhtConfig, DhtStorage, RecordVerifier } from './types.ts';

export interface HeldRecord {
  record: DhtRecord;
  bytes: number;
  /** Where this node last pushed copies of it. */
  pushedTo: PeerId[];
}

export interface RecordStoreDeps {
  storage: DhtStorage;
  config: DhtConfig;
  verify: RecordVerifier;
  now(): number;
  /** Whether this node is the key's successor now (its own records are never evicted first). */
  isPrimary(key: DhtKey): boolean;
  /** A record was found expired on read and dropped (sweep() reports its own count). */
  onExpired?(): void;
  /** A write to storage failed; the record stays in memory. */
  onStorageError?(error: unknown): void;
}

export class RecordStore {
  readonly #d: RecordStoreDeps;
  readonly #held = new Map<DhtKey, HeldRecord>();
  #bytes = 0;

  constructor(deps: RecordStoreDeps) {
    this.#d = deps;
  }

  /** Restores saved records, dropping expired and invalid ones. Returns how many were kept. */
  async load(): Promise<number> {
    const saved = await this.#d.storage.load();
    for (const encoded of saved) {
      const decoded = decodeRecord(encoded);
      if (!decoded.ok) continue;
      if (!this.put(decoded.value, { persist: false }).ok) void this.#persistRemove(decoded.value.key);
    }
    return this.#held.size;
  }

  get size(): number {
    return this.#held.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** The live record under `key`, if any. */
  get(key: DhtKey): DhtRecord | undefined {
    const held = this.#held.get(key);
    if (!held) return undefined;
    if (held.record.expiresAt <= this.#d.now()) {
      this.delete(key);
      this.#d.onExpired?.();
      return undefined;
    }
    return held.record;
  }

  held(key: DhtKey): HeldRecord | undefined {
    return this.#held.get(key);
  }

  entries(): IterableIterator<HeldRecord> {
    return this.#held.values();
  }

  /** 'stored' (new or newer), 'kept' (nothing newer), or why it was refused. */
  put(record: DhtRecord, options: { persist?: boolean } = {}): Result<'stored' | 'kept'> {
    const now = this.#d.now();
    const checked = checkRecord(record, this.#d.verify, now, this.#d.config.maxTtlMs);
    if (!checked.ok) return checked;
    const existing = this.#held.get(record.key);
    const verdict = compareRecords(record, existing?.record, now);
    if (!verdict.ok) return verdict;
    if (verdict.value === 'keep') return ok('kept');
    const bytes = record.value.length;
    if (!existing && !this.#makeRoom(bytes)) return err('at-capacity', 'record store full');
    if (existing) this.#bytes -= existing.bytes;
    // A changed value must reach the replicas again.
    this.#held.set(record.key, { record, bytes, pushedTo: [] });
    this.#bytes += bytes;
    if (options.persist ?? true) this.#persistSave(record);
    return ok('stored');
  }

  delete(key: DhtKey): void {
    const held = this.#held.get(key);
    if (!held) return;
    this.#held.delete(key);
    this.#bytes -= held.bytes;
    void this.#persistRemove(key);
  }

  /** Drops expired records; returns how many. */
  sweep(): number {
    const now = this.#d.now();
    let dropped = 0;
    for (const [key, held] of this.#held) {
      if (held.record.expiresAt > now) continue;
      this.delete(key);
      dropped++;
    }
    return dropped;
  }

  #makeRoom(bytes: number): boolean {
    const { maxRecords, maxBytes } = this.#d.config;
    if (bytes > maxBytes) return false;
    while (this.#held.size >= maxRecords || this.#bytes + bytes > maxBytes) {
      const victim = this.#victim();
      if (!victim) return false;
      this.delete(victim);
    }
    return true;
  }

  /** A replica held for someone else, soonest to expire; else any record, soonest to expire. */
  #victim(): DhtKey | undefined {
    let best: HeldRecord | undefined;
    let bestIsReplica = false;
    for (const held of this.#held.values()) {
      const replica = !this.#d.isPrimary(held.record.key);
      const better = !best || (replica !== bestIsReplica ? replica : held.record.expiresAt < best.record.expiresAt);
      if (better) {
        best = held;
        bestIsReplica = replica;
      }
    }
    return best?.record.key;
  }

  #persistSave(record: DhtRecord): void {
    this.#d.storage.save(record.key, encodeRecord(record)).catch((e: unknown) => this.#d.onStorageError?.(e));
  }

  async #persistRemove(key: DhtKey): Promise<void> {
    await this.#d.storage.remove(key).catch((e: unknown) => this.#d.onStorageError?.(e));
  }
}

export function memoryDhtStorage(): DhtStorage {
  const saved = new Map<string, Uint8Array>();
  return {
    load: async () => [...saved.values()],
    save: async (key, encoded) => void saved.set(key, encoded),
    remove: async (key) => void saved.delete(key),
  };
}
