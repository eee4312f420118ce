/**
 * Token buckets with an injected clock: each socket gets one bucket per event, plus a strike
 * bucket that drains on every rejected request so a socket that keeps misbehaving is dropped.
 */

export interface BucketSpec {
  /** Largest burst, in requests. */
  capacity: number;
  /** Sustained rate, in requests per second. */
  refillPerSecond: number;
}

const MINUTE_RATE = 1 / 60;

/** Per-socket limits per event. A tab registers once per page load and bootstraps rarely. */
export const EVENT_LIMITS = {
  register: { capacity: 10, refillPerSecond: 10 * MINUTE_RATE },
  bootstrap: { capacity: 60, refillPerSecond: 60 * MINUTE_RATE },
  /** Connecting to a full set of neighbours at once sends a burst of offers and answers. */
  signal: { capacity: 60, refillPerSecond: 20 },
  roles: { capacity: 10, refillPerSecond: 10 * MINUTE_RATE },
  /** A tab refreshes its relay offers every few minutes and at half the credential lifetime. */
  relays: { capacity: 10, refillPerSecond: 10 * MINUTE_RATE },
} as const satisfies Record<string, BucketSpec>;

/**
 * 50 rejected requests in a burst disconnect the socket; the budget refills slowly (one per
 * 10 s) so an honest long-lived tab that now and then signals a departed peer is never dropped.
 */
export const STRIKE_LIMIT: BucketSpec = { capacity: 50, refillPerSecond: 0.1 };

export class TokenBucket {
  readonly #spec: BucketSpec;
  readonly #now: () => number;
  #tokens: number;
  #updatedAt: number;

  constructor(spec: BucketSpec, now: () => number) {
    this.#spec = spec;
    this.#now = now;
    this.#tokens = spec.capacity;
    this.#updatedAt = now();
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    this.#refill();
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  get tokens(): number {
    this.#refill();
    return this.#tokens;
  }

  #refill(): void {
    const now = this.#now();
    const elapsedSeconds = Math.max(0, now - this.#updatedAt) / 1000;
    this.#tokens = Math.min(this.#spec.capacity, this.#tokens + elapsedSeconds * this.#spec.refillPerSecond);
    this.#updatedAt = now;
  }
}

/** One socket's buckets, created lazily per key. */
export class RateLimiter<K extends string> {
  readonly #specs: Readonly<Record<K, BucketSpec>>;
  readonly #now: () => number;
  readonly #buckets = new Map<K, TokenBucket>();

  constructor(specs: Readonly<Record<K, BucketSpec>>, now: () => number) {
    this.#specs = specs;
    this.#now = now;
  }

  /** True when the request under `key` is within its limit (and consumes it). */
  allow(key: K): boolean {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.#specs[key], this.#now);
      this.#buckets.set(key, bucket);
    }
    return bucket.take();
  }
}
