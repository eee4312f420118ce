/**
 * Answers by transaction: a retransmitted request (same 5-tuple, same transaction id) gets the
 * bytes of the first answer again instead of being processed twice (RFC 5389 §7.3.1), which
 * matters for Allocate, Refresh with lifetime 0, and anything else not idempotent.
 */
import { TRANSACTION_CACHE_ENTRIES, TRANSACTION_CACHE_MS } from './constants.ts';

interface Entry {
  readonly response: Uint8Array;
  readonly expiresAt: number;
}

export class TransactionCache {
  /** Insertion order is age order: the first entries are the oldest. */
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(ttlMs = TRANSACTION_CACHE_MS, maxEntries = TRANSACTION_CACHE_ENTRIES) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  get size(): number {
    return this.#entries.size;
  }

  static key(clientKey: string, transactionId: Uint8Array): string {
    const tid = Buffer.from(transactionId.buffer, transactionId.byteOffset, transactionId.length);
    return `${clientKey}|${tid.toString('hex')}`;
  }

  get(key: string, now: number): Uint8Array | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.response;
  }

  set(key: string, response: Uint8Array, now: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { response, expiresAt: now + this.#ttlMs });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break; // older entries first; the rest expire later
      this.#entries.delete(key);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
