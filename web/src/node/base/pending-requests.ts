/**
 * Requests waiting for their answer, by key (a nonce, a request id): one place for the pattern
 * "send, wait for the matching reply, give up at a deadline". Waiting goes through withTimeout,
 * so every request has a deadline on the injected clock and nothing is left behind either way.
 */
import type { Clock } from './clock.ts';
import { withTimeout } from './timeout.ts';

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

export class PendingRequests<K, T> {
  readonly #clock: Clock;
  readonly #waiting = new Map<K, Waiter<T>>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get size(): number {
    return this.#waiting.size;
  }

  has(key: K): boolean {
    return this.#waiting.has(key);
  }

  /** Resolves with what settle(key, …) brings, or rejects with TabmeshError('timeout') after `ms`. */
  wait(key: K, ms: number, message?: string): Promise<T> {
    const answer = new Promise<T>((resolve, reject) => this.#waiting.set(key, { resolve, reject }));
    return withTimeout(this.#clock, ms, answer, message === undefined ? {} : { message }).finally(() => this.#waiting.delete(key));
  }

  /** The answer for `key`; false when nobody waits for it (late, or never asked). */
  settle(key: K, value: T): boolean {
    const waiter = this.#waiting.get(key);
    if (!waiter) return false;
    this.#waiting.delete(key);
    waiter.resolve(value);
    return true;
  }

  fail(key: K, error: unknown): boolean {
    const waiter = this.#waiting.get(key);
    if (!waiter) return false;
    this.#waiting.delete(key);
    waiter.reject(error);
    return true;
  }

  failAll(error: unknown): void {
    for (const key of [...this.#waiting.keys()]) this.fail(key, error);
  }
}
