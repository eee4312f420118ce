/**
 * Copies of each record on the key's successor and the next replication − 1 nodes: pushed when a
 * value is stored, repaired when the successor list changes, handed to a node that joins before
 * us (SplitNode), and handed to the successor when this node leaves.
 */
import type { PeerId } from '../peers/identity.ts';
import type { DhtKey } from './api.ts';
import { MAX_PUSH_BURST } from './constants.ts';
import type { DhtContext } from './context.ts';
import { inHalfOpen } from './ring.ts';
import { encodeRecord, type DhtRecord } from './record.ts';
import { DHT_OP, type Router } from './routing.ts';
import type { HeldRecord, RecordStore } from './store.ts';

export class Replication {
  readonly #ctx: DhtContext;
  readonly #router: Router;
  readonly #store: RecordStore;

  constructor(ctx: DhtContext, router: Router, store: RecordStore) {
    this.#ctx = ctx;
    this.#router = router;
    this.#store = store;
  }

  /** This node is the key's successor: key ∈ (predecessor, self], or it knows no predecessor yet. */
  isPrimary(key: DhtKey): boolean {
    const { predecessor } = this.#ctx.ring;
    return predecessor === undefined || inHalfOpen(key, predecessor, this.#ctx.deps.selfId);
  }

  /** Pushes a primary record to the successors that should hold it; resolves with the copies held. */
  async replicate(key: DhtKey): Promise<number> {
    const held = this.#store.held(key);
    if (!held) return 0;
    const targets = this.#targets(held.record);
    const missing = targets.filter((id) => !held.pushedTo.includes(id));
    const results = await Promise.all(missing.map(async (id) => ((await this.#push(id, held.record)) ? id : undefined)));
    const reached = results.filter((id): id is PeerId => id !== undefined);
    // Only the current targets count: a node that left the successor list no longer holds a copy we rely on.
    held.pushedTo = [...new Set([...held.pushedTo.filter((id) => targets.includes(id)), ...reached])];
    return 1 + held.pushedTo.length;
  }

  /** Periodic: drop expired records, push primary records to successors that lack them. */
  async repair(): Promise<void> {
    this.#ctx.stats.recordsExpired += this.#store.sweep();
    let pushes = 0;
    for (const held of [...this.#store.entries()]) {
      if (pushes >= MAX_PUSH_BURST) break;
      if (!this.isPrimary(held.record.key)) continue;
      const targets = this.#targets(held.record);
      if (targets.every((id) => held.pushedTo.includes(id)) && held.pushedTo.every((id) => targets.includes(id))) continue;
      pushes++;
      await this.replicate(held.record.key);
    }
  }

  /** SplitNode / a new predecessor: it is now the successor of keys in (its predecessor, it]. */
  async handOver(to: PeerId): Promise<void> {
    const self = this.#ctx.deps.selfId;
    const moving = [...this.#store.entries()].filter((h) => !inHalfOpen(h.record.key, to, self) && !h.pushedTo.includes(to));
    await this.#pushAll(to, moving);
  }

  /** Graceful leave: everything this node is primary for goes to its successor. */
  async leave(): Promise<void> {
    const successor = this.#ctx.ring.successors.find((s) => this.#ctx.isLinked(s));
    if (successor === undefined) return;
    const primary = [...this.#store.entries()].filter((h) => this.isPrimary(h.record.key));
    await this.#pushAll(successor, primary);
  }

  /** Stores a replica pushed to this node. */
  storeReplica(record: DhtRecord): boolean {
    const stored = this.#store.put(record);
    if (stored.ok) {
      if (stored.value === 'stored') this.#ctx.stats.recordsStored++;
      return true;
    }
    this.#ctx.stats.recordsRefused++;
    return false;
  }

  #targets(record: DhtRecord): PeerId[] {
    const copies = Math.min(record.replication, this.#ctx.config.successors + 1) - 1;
    return this.#ctx.ring.successors.slice(0, copies);
  }

  async #pushAll(to: PeerId, records: HeldRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += MAX_PUSH_BURST) {
      const burst = records.slice(i, i + MAX_PUSH_BURST);
      await Promise.all(
        burst.map(async (held) => {
          if (await this.#push(to, held.record)) held.pushedTo = [...new Set([...held.pushedTo, to])];
        }),
      );
    }
  }

  async #push(to: PeerId, record: DhtRecord): Promise<boolean> {
    const r = await this.#router.request(DHT_OP.storeLocal, record.key, encodeRecord(record), to);
    // 'not-owner' / 'stale': the target holds a newer or another owner's value, which is not ours to fix.
    return r.code === undefined;
  }
}
