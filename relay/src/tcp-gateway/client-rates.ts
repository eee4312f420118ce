/**
 * Request rates of a gateway's clients, on the caller's clock: a token bucket per connection and
 * one per remote address (shared by that address's connections and kept across reconnects), each
 * with bursts of RATE_BURST_SECONDS worth. Checked before anything reaches the relay's node, so a
 * flooding client spends its own budget and not the budget every client shares.
 *
 * A refused request also takes a strike from a third bucket (the client's rate and burst): a
 * client refused more often than that, i.e. sending at over twice its rate for a burst's worth,
 * is 'exceeded' and should be closed.
 */
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { TokenBuckets } from '../../../web/src/node/base/token-buckets.ts';
import { RATE_BURST_SECONDS } from './constants.ts';

export type RateVerdict = 'ok' | 'refused' | 'exceeded';

export interface ClientRateOptions {
  /** Requests per second one connection may make. */
  readonly perClientPerSecond: number;
  /** Requests per second all connections of one address may make together. */
  readonly perAddressPerSecond: number;
  /** Connections the gateway holds at most: bounds the buckets kept. */
  readonly maxClients: number;
}

/** Buckets kept per connected client: room for those that just left, whose buckets still refill. */
const KEYS_PER_CLIENT = 4;

export class ClientRates {
  readonly #perClient: TokenBuckets<number>;
  readonly #perAddress: TokenBuckets<string>;
  readonly #strikes: TokenBuckets<number>;

  constructor(options: ClientRateOptions) {
    for (const [what, n] of [['perClientPerSecond', options.perClientPerSecond], ['perAddressPerSecond', options.perAddressPerSecond]] as const) {
      if (!(n > 0) || !Number.isFinite(n)) throw new TabmeshError('bad-field', `${what} ${n} must be a positive number`);
    }
    const maxKeys = Math.max(1, options.maxClients) * KEYS_PER_CLIENT;
    const client = options.perClientPerSecond;
    this.#perClient = new TokenBuckets(burstOf(client), client, maxKeys);
    this.#perAddress = new TokenBuckets(burstOf(options.perAddressPerSecond), options.perAddressPerSecond, maxKeys);
    this.#strikes = new TokenBuckets(burstOf(client), client, maxKeys);
  }

  /** One request of connection `client` from `address`. */
  take(client: number, address: string, nowMs: number): RateVerdict {
    if (this.#perClient.take(client, nowMs) && this.#perAddress.take(address, nowMs)) return 'ok';
    return this.#strikes.take(client, nowMs) ? 'refused' : 'exceeded';
  }
}

/** The most a rate's bucket holds (at least one request). */
export function burstOf(perSecond: number): number {
  return Math.max(1, Math.round(perSecond * RATE_BURST_SECONDS));
}
