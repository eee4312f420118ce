/**
 * A map whose entries live for a time window, bounded in size (oldest evicted first). Used for
 * per-session routing state that is only useful while a signal exchange can still be going on.
 */
export class ExpiringMap<K, V> {
  readonly #entries = new Map<K, { value: V; at: number }>();
  readonly #windowMs: number;
  readonly #maxEntries: number;

  constructor(windowMs: number, maxEntries: number) {
    this.#windowMs = windowMs;
    this.#maxEntries = maxEntries;
  }

  set(key: K, value: V, nowMs: number): void {
    this.#expire(nowMs);
    this.#entries.delete(key); // re-inserted last, so insertion order stays time order
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, at: nowMs });
  }

  get(key: K, nowMs: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry || nowMs - entry.at > this.#windowMs) return undefined;
    return entry.value;
  }

  get size(): number {
    return this.#entries.size;
  }

  #expire(nowMs: number): void {
    for (const [key, entry] of this.#entries) {
      if (nowMs - entry.at <= this.#windowMs) break;
      this.#entries.delete(key);
    }
  }
}
