/**
 * Rate limits on the injected clock: one token bucket per key (a neighbour's or an origin's id),
 * `capacity` tokens at once, refilled at `perSecond`. Full buckets are forgotten, so the map
 * holds only keys that sent recently, and never more than `maxKeys`.
 */
export class TokenBuckets<K> {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxKeys: number;
  readonly #buckets = new Map<K, { tokens: number; at: number }>();

  constructor(capacity: number, perSecond: number, maxKeys: number) {
    this.#capacity = capacity;
    this.#refillPerMs = perSecond / 1000;
    this.#maxKeys = maxKeys;
  }

  /** Keys currently tracked. */
  get size(): number {
    return this.#buckets.size;
  }

  /** Takes one token for `key`; false when its bucket is empty. */
  take(key: K, nowMs: number): boolean {
    let bucket = this.#buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(this.#capacity, bucket.tokens + Math.max(0, nowMs - bucket.at) * this.#refillPerMs);
      bucket.at = nowMs;
    } else {
      if (this.#buckets.size >= this.#maxKeys) this.#prune(nowMs);
      bucket = { tokens: this.#capacity, at: nowMs };
      this.#buckets.set(key, bucket);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  #prune(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (nowMs - bucket.at) * this.#refillPerMs >= this.#capacity) this.#buckets.delete(key);
    }
    // Still full (every key busy): drop the oldest; it starts again with a full bucket.
    while (this.#buckets.size >= this.#maxKeys) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done) break;
      this.#buckets.delete(oldest.value);
    }
  }
}
