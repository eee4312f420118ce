/**
 * Copies of each record on the key's successor and the next replication − 1 nodes: pushed when a
 * value is stored, repaired when the successor list changes, handed to a node that joins before
 * us (SplitNode), and handed to the successor when this node leaves.
 */
import type { PeerId } from '../base/peer-id.ts';
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

  /**
   * Copies a primary record down the successor chain (each holder passes it to its own first
   * successor); resolves with the copies held, this one included.
   */
  async replicate(key: DhtKey): Promise<number> {
    const held = this.#store.held(key);
    if (!held) return 0;
    const record = held.record;
    const targets = this.#targets(record);
    if (targets.length === 0) return 1;
    if (targets.every((id, i) => held.pushedTo[i] === id) && held.pushedTo.length === targets.length) return 1 + targets.length;
    const start = await this.#chainStart(targets);
    const first = targets[start];
    if (first === undefined) return 1;
    const reached = await this.#pushChain(first, record, targets.length);
    held.pushedTo = targets.slice(start, start + reached);
    return 1 + reached;
  }

  /**
   * Where the chain starts: the first successor — once its link is open, which right after it
   * was learned of (a join, the ring forming) can take a moment — else the first linked one after
   * it, standing in for a successor that is gone. -1 when none is linked.
   */
  async #chainStart(targets: PeerId[]): Promise<number> {
    const first = targets[0];
    if (first !== undefined && (await this.#ctx.linkedSoon(first))) return 0;
    return targets.findIndex((id) => this.#ctx.isLinked(id));
  }

  /** A replica arrived with `remaining` copies still to make, this one included: keep it, pass the rest on. */
  async storeChain(record: DhtRecord, remaining: number, from: PeerId): Promise<number> {
    if (!this.storeReplica(record)) return 0;
    const next = this.#ctx.ring.successors.find((s) => s !== from && s !== record.key && this.#ctx.isLinked(s));
    if (remaining <= 1 || next === undefined) return 1;
    return 1 + (await this.#pushChain(next, record, remaining - 1));
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

  async #pushChain(to: PeerId, record: DhtRecord, copies: number): Promise<number> {
    const encoded = encodeRecord(record);
    const body = new Uint8Array(1 + encoded.length);
    body[0] = copies;
    body.set(encoded, 1);
    const r = await this.#router.request(DHT_OP.storeChain, record.key, body, to);
    return r.code === undefined ? (r.body[0] ?? 0) : 0;
  }

  async #push(to: PeerId, record: DhtRecord): Promise<boolean> {
    const r = await this.#router.request(DHT_OP.storeLocal, record.key, encodeRecord(record), to);
    // 'not-owner' / 'stale': the target holds a newer or another owner's value, which is not ours to fix.
    return r.code === undefined;
  }
}
