/**
 * Remembers keys seen within a time window, bounded in size: a key seen again inside the window
 * is a replay. Oldest entries are evicted first when full.
 */
export class ReplayCache {
  readonly #seen = new Map<string, number>();
  readonly #windowMs: number;
  readonly #maxEntries: number;

  constructor(windowMs: number, maxEntries: number) {
    this.#windowMs = windowMs;
    this.#maxEntries = maxEntries;
  }

  /** Returns true when the key is new (and records it), false for a replay. */
  admit(key: string, nowMs: number): boolean {
    this.#expire(nowMs);
    if (this.#seen.has(key)) return false;
    if (this.#seen.size >= this.#maxEntries) {
      const oldest = this.#seen.keys().next();
      if (!oldest.done) this.#seen.delete(oldest.value);
    }
    this.#seen.set(key, nowMs);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #expire(nowMs: number): void {
    for (const [key, at] of this.#seen) {
      if (nowMs - at <= this.#windowMs) break;
      this.#seen.delete(key);
    }
  }
}
