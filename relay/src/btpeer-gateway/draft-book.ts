/**
 * The unpaid jobs the gateway prepared for btpeer clients: bounded in total and per address, each
 * dropped (its draft cancelled in the relay's job client) when nobody paid within the TTL. A paid
 * job leaves the book when it is submitted.
 */
import type { Clock, TimerHandle } from '../../../web/src/node/base/clock.ts';
import { DEFAULT_MAX_DRAFTS_PER_ADDRESS } from './constants.ts';

interface Draft {
  address: string;
  timer: TimerHandle;
}

export interface DraftBookOptions {
  clock: Clock;
  max: number;
  maxPerAddress?: number;
  ttlMs: number;
  /** A draft expired unpaid. */
  onExpired(id: string): void;
}

export class DraftBook {
  readonly #o: DraftBookOptions;
  readonly #drafts = new Map<string, Draft>();
  readonly #perAddress = new Map<string, number>();

  constructor(options: DraftBookOptions) {
    this.#o = options;
  }

  get size(): number {
    return this.#drafts.size;
  }

  has(id: string): boolean {
    return this.#drafts.has(id);
  }

  /** Why `address` may not open another draft now, or undefined when it may. */
  refusal(address: string): string | undefined {
    if (this.#drafts.size >= this.#o.max) return `the gateway holds ${this.#o.max} unpaid jobs; pay or wait for one to expire`;
    const max = this.#o.maxPerAddress ?? DEFAULT_MAX_DRAFTS_PER_ADDRESS;
    if ((this.#perAddress.get(address) ?? 0) >= max) return `your address holds ${max} unpaid jobs; pay for one or wait for it to expire`;
    return undefined;
  }

  add(id: string, address: string): void {
    if (this.#drafts.has(id)) return;
    const timer = this.#o.clock.setTimeout(() => {
      if (this.#remove(id)) this.#o.onExpired(id);
    }, this.#o.ttlMs);
    this.#drafts.set(id, { address, timer });
    this.#perAddress.set(address, (this.#perAddress.get(address) ?? 0) + 1);
  }

  /** The job was paid and submitted (or given up): it no longer counts against anyone. */
  settle(id: string): void {
    this.#remove(id);
  }

  clear(): void {
    for (const id of [...this.#drafts.keys()]) this.#remove(id);
  }

  #remove(id: string): boolean {
    const draft = this.#drafts.get(id);
    if (!draft) return false;
    this.#o.clock.clearTimeout(draft.timer);
    this.#drafts.delete(id);
    const left = (this.#perAddress.get(draft.address) ?? 1) - 1;
    if (left > 0) this.#perAddress.set(draft.address, left);
    else this.#perAddress.delete(draft.address);
    return true;
  }
}
