/**
 * Rumour ids seen recently, for dedupe: bounded in count and in time. Every id lives equally
 * long, so insertion order is expiry order and the oldest is evicted first when full.
 */
export class SeenCache {
  readonly #expires = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #ttlMs: number;

  constructor(maxEntries: number, ttlMs: number) {
    this.#maxEntries = maxEntries;
    this.#ttlMs = ttlMs;
  }

  has(id: string, nowMs: number): boolean {
    const expires = this.#expires.get(id);
    return expires !== undefined && expires > nowMs;
  }

  /** Records the id; returns false when it was already there (a duplicate). */
  add(id: string, nowMs: number): boolean {
    this.#expire(nowMs);
    if (this.has(id, nowMs)) return false;
    this.#expires.delete(id);
    if (this.#expires.size >= this.#maxEntries) {
      const oldest = this.#expires.keys().next();
      if (!oldest.done) this.#expires.delete(oldest.value);
    }
    this.#expires.set(id, nowMs + this.#ttlMs);
    return true;
  }

  get size(): number {
    return this.#expires.size;
  }

  #expire(nowMs: number): void {
    for (const [id, expires] of this.#expires) {
      if (expires > nowMs) break;
      this.#expires.delete(id);
    }
  }
}
