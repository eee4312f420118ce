/**
 * One bounded, time-windowed map for the whole code base: every entry lives `ttlMs` from when it
 * was last set, and at most `maxEntries` are kept (the oldest goes first). Insertion order is
 * expiry order — every entry lives equally long and a re-set moves it to the end — so expiring
 * and evicting both take from the front. Used for dedupe (rumours, signals), replay checks,
 * reverse routes and answer caches.
 */
export class ExpiringMap<K, V = true> {
  readonly #entries = new Map<K, { value: V; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(ttlMs: number, maxEntries: number) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K, nowMs: number): V | undefined {
    const entry = this.#entries.get(key);
    return entry !== undefined && entry.expiresAt > nowMs ? entry.value : undefined;
  }

  has(key: K, nowMs: number): boolean {
    const entry = this.#entries.get(key);
    return entry !== undefined && entry.expiresAt > nowMs;
  }

  /** Sets `key` to live `ttlMs` from now, evicting the oldest entry when full. */
  set(key: K, value: V, nowMs: number): void {
    this.sweep(nowMs);
    this.#entries.delete(key); // re-inserted last, so insertion order stays expiry order
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expiresAt: nowMs + this.#ttlMs });
  }

  /** The dedupe and replay check: records `key` and returns true, or false when it is already there. */
  admit(this: ExpiringMap<K, true>, key: K, nowMs: number): boolean {
    if (this.has(key, nowMs)) return false;
    this.set(key, true, nowMs);
    return true;
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  /** Drops what has expired (set() does this too). */
  sweep(nowMs: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > nowMs) break;
      this.#entries.delete(key);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
