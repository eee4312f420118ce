/**
 * Token buckets on the injected clock, and a bounded set of them keyed by peer: the rate limits
 * per origin and per delivering link.
 */
import type { RateSpec } from './constants.ts';

export class TokenBucket {
  readonly #spec: RateSpec;
  #tokens: number;
  #at: number;

  constructor(spec: RateSpec, nowMs: number) {
    this.#spec = spec;
    this.#tokens = spec.burst;
    this.#at = nowMs;
  }

  /** Takes one token if there is one. */
  take(nowMs: number): boolean {
    const elapsed = Math.max(0, nowMs - this.#at);
    this.#at = Math.max(this.#at, nowMs);
    this.#tokens = Math.min(this.#spec.burst, this.#tokens + (elapsed * this.#spec.ratePerS) / 1000);
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** One bucket per key, at most `maxKeys` of them; the least recently used key is forgotten first (it restarts full). */
export class KeyedBuckets {
  readonly #spec: RateSpec;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(spec: RateSpec, maxKeys: number) {
    this.#spec = spec;
    this.#maxKeys = maxKeys;
  }

  take(key: string, nowMs: number): boolean {
    let bucket = this.#buckets.get(key);
    if (bucket) {
      this.#buckets.delete(key);
    } else {
      bucket = new TokenBucket(this.#spec, nowMs);
      if (this.#buckets.size >= this.#maxKeys) {
        const oldest = this.#buckets.keys().next();
        if (!oldest.done) this.#buckets.delete(oldest.value);
      }
    }
    this.#buckets.set(key, bucket);
    return bucket.take(nowMs);
  }

  get size(): number {
    return this.#buckets.size;
  }
}
