/**
 * Places for connections: at most `maxClients` in total and `maxPerAddress` from one remote
 * address. IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d and count as a.b.c.d.
 */
import { TabmeshError } from '../../../web/src/node/base/errors.ts';

/** Why a connection was refused, as /metrics labels it. */
export const REFUSAL_REASONS = ['per-address', 'capacity'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A place taken (its key for release()), or why there was none. */
export type Admission = { readonly address: string } | { readonly refused: RefusalReason };

export class ConnectionLimits {
  readonly #maxClients: number;
  readonly #maxPerAddress: number;
  readonly #perAddress = new Map<string, number>();
  #total = 0;

  constructor(maxClients: number, maxPerAddress: number) {
    for (const [what, n] of [['maxClients', maxClients], ['maxPerAddress', maxPerAddress]] as const) {
      if (!Number.isInteger(n) || n < 1) throw new TabmeshError('bad-field', `${what} ${n} must be ≥ 1`);
    }
    this.#maxClients = maxClients;
    this.#maxPerAddress = maxPerAddress;
  }

  get total(): number {
    return this.#total;
  }

  /** Takes a place for a connection from `remoteAddress` (a connection already gone has none). */
  admit(remoteAddress: string | undefined): Admission | undefined {
    if (remoteAddress === undefined) return undefined;
    if (this.#total >= this.#maxClients) return { refused: 'capacity' };
    const address = addressKey(remoteAddress);
    const count = this.#perAddress.get(address) ?? 0;
    if (count >= this.#maxPerAddress) return { refused: 'per-address' };
    this.#perAddress.set(address, count + 1);
    this.#total++;
    return { address };
  }

  /** Gives back a place taken by admit(); call once per admitted connection. */
  release(address: string): void {
    const count = this.#perAddress.get(address);
    if (count === undefined) return;
    if (count > 1) this.#perAddress.set(address, count - 1);
    else this.#perAddress.delete(address);
    this.#total--;
  }
}

export function addressKey(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}
