/** What the key's successor (or a replica holder) does with each DHT op addressed to it. */
import type { PeerId } from '../base/peer-id.ts';
import type { DhtKey } from './api.ts';
import { MAX_REPLICATION } from './constants.ts';
import type { DhtContext } from './context.ts';
import { decodeRecord, encodeRecord } from './record.ts';
import type { Replication } from './replication.ts';
import { DHT_OP, type DhtOp, type OpResult, type Router } from './routing.ts';
import type { RecordStore } from './store.ts';

/** Replicas a successor asks before answering not-found. */
const READ_FALLBACK_REPLICAS = 3;
const EMPTY = new Uint8Array(0);

export class OpHandlers {
  readonly #ctx: DhtContext;
  readonly #router: Router;
  readonly #store: RecordStore;
  readonly #replication: Replication;

  constructor(ctx: DhtContext, router: Router, store: RecordStore, replication: Replication) {
    this.#ctx = ctx;
    this.#router = router;
    this.#store = store;
    this.#replication = replication;
  }

  /** The key's successor handles an op (routing.ts decided it is ours). */
  async handle(op: DhtOp, key: DhtKey, body: Uint8Array, from: PeerId): Promise<OpResult> {
    switch (op) {
      case DHT_OP.findSuccessor:
        return { code: undefined, body: EMPTY };
      case DHT_OP.getLocal: {
        const record = this.#store.get(key);
        return record ? { code: undefined, body: encodeRecord(record) } : { code: 'not-found', body: EMPTY };
      }
      case DHT_OP.get:
        return this.#getWithFallback(key);
      case DHT_OP.put:
      case DHT_OP.storeLocal: {
        const decoded = decodeRecord(body);
        if (!decoded.ok) return { code: decoded.error.code, body: EMPTY };
        if (decoded.value.key !== key) return { code: 'bad-field', body: EMPTY };
        const stored = this.#store.put(decoded.value);
        if (!stored.ok) {
          this.#ctx.stats.recordsRefused++;
          return { code: stored.error.code, body: EMPTY };
        }
        if (stored.value === 'stored') {
          this.#ctx.stats.recordsStored++;
          this.#ctx.changed();
        }
        if (op === DHT_OP.storeLocal) return { code: undefined, body: EMPTY };
        const copies = await this.#replication.replicate(key);
        return { code: undefined, body: Uint8Array.of(Math.min(copies, 255)) };
      }
      case DHT_OP.split:
        void this.#replication.handOver(from);
        return { code: undefined, body: EMPTY };
      case DHT_OP.storeChain: {
        const decoded = decodeRecord(body.subarray(1));
        const remaining = body[0] ?? 0;
        if (!decoded.ok) return { code: decoded.error.code, body: EMPTY };
        if (decoded.value.key !== key || remaining < 1) return { code: 'bad-field', body: EMPTY };
        const copies = await this.#replication.storeChain(decoded.value, Math.min(remaining, MAX_REPLICATION), from);
        return copies === 0 ? { code: 'stale', body: EMPTY } : { code: undefined, body: Uint8Array.of(copies) };
      }
    }
  }

  /** The successor's own copy, else a replica's (kept here: read repair), else not-found. */
  async #getWithFallback(key: DhtKey): Promise<OpResult> {
    const own = this.#store.get(key);
    if (own) return { code: undefined, body: encodeRecord(own) };
    for (const replica of this.#ctx.ring.successors.slice(0, READ_FALLBACK_REPLICAS)) {
      if (!this.#ctx.isLinked(replica)) continue;
      const r = await this.#router.request(DHT_OP.getLocal, key, EMPTY, replica);
      if (r.code !== undefined) continue;
      const decoded = decodeRecord(r.body);
      if (!decoded.ok || decoded.value.key !== key) continue;
      if (this.#store.put(decoded.value).ok) return { code: undefined, body: r.body };
    }
    return { code: 'not-found', body: EMPTY };
  }

}
