/**
 * Recent rumours this node has accepted for spreading (validated, within their ttl): listed in
 * ihave digests and served to iwant. Bounded by count, payload bytes and age; kept in
 * acceptance order so the newest are listed first and the oldest evicted first.
 */
import type { PeerId } from '../base/peer-id.ts';

export interface StoredRumor {
  key: string;
  id: Uint8Array;
  origin: PeerId;
  ttl: number;
  /** Links crossed on the way here (0 for our own announce); copies we send carry hops + 1. */
  hops: number;
  dataType: number;
  data: Uint8Array;
  /** The origin's signature (signing.ts); carried unchanged on every copy. */
  signature: Uint8Array;
  acceptedAt: number;
}

export interface RumorStoreLimits {
  maxEntries: number;
  maxBytes: number;
  windowMs: number;
}

export class RumorStore {
  readonly #rumors = new Map<string, StoredRumor>();
  readonly #limits: RumorStoreLimits;
  #bytes = 0;

  constructor(limits: RumorStoreLimits) {
    this.#limits = limits;
  }

  add(rumor: StoredRumor): void {
    if (this.#rumors.has(rumor.key)) return;
    this.#rumors.set(rumor.key, rumor);
    this.#bytes += rumor.data.length;
    this.#trim(rumor.acceptedAt);
  }

  get(key: string, nowMs: number): StoredRumor | undefined {
    const rumor = this.#rumors.get(key);
    return rumor && nowMs - rumor.acceptedAt <= this.#limits.windowMs ? rumor : undefined;
  }

  /** Rumours accepted within the window, newest first, at most `max`. */
  recent(nowMs: number, max: number): StoredRumor[] {
    this.#trim(nowMs);
    const rumors = [...this.#rumors.values()];
    rumors.reverse();
    return rumors.length > max ? rumors.slice(0, max) : rumors;
  }

  get size(): number {
    return this.#rumors.size;
  }

  #trim(nowMs: number): void {
    const { maxEntries, maxBytes, windowMs } = this.#limits;
    for (const [key, rumor] of this.#rumors) {
      const stale = nowMs - rumor.acceptedAt > windowMs;
      if (!stale && this.#rumors.size <= maxEntries && this.#bytes <= maxBytes) break;
      this.#rumors.delete(key);
      this.#bytes -= rumor.data.length;
    }
  }
}
