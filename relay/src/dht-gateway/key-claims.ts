/**
 * The keys course clients hold through the gateway, and what each may hold. Every value a client
 * PUTs is owned in the mesh by the relay, so the DHT cannot tell its clients apart; this is where
 * they are told apart:
 *
 * - a key belongs to the first address that PUT it, until that value expires, as the mesh does
 *   for owned keys: any connection from that address may update it, a PUT from another address
 *   is refused ('owned-by-another');
 * - records and value bytes are counted per connection, per address and for the whole gateway,
 *   each against its share: a PUT past one is refused, so nobody else's record is ever pushed out.
 *
 * A claim is made when the PUT arrives (before the DHT has it) and undone if storing fails.
 * Expired claims are dropped lazily, in expiry order.
 */
import { ExpiryQueue } from './expiry-queue.ts';

export interface Share {
  readonly records: number;
  readonly bytes: number;
}

export interface ClaimLimits {
  readonly perClient: Share;
  readonly perAddress: Share;
  readonly total: Share;
}

/** Why a PUT was refused a claim, as /metrics labels it. */
export const CLAIM_REFUSALS = ['owned-by-another', 'client-share', 'address-share', 'gateway-share'] as const;
export type ClaimRefusal = (typeof CLAIM_REFUSALS)[number];

/** Who PUTs: the connection and its remote address. */
export interface Claimant {
  readonly client: number;
  readonly address: string;
}

export type ClaimResult = { readonly ok: true; readonly undo: (nowMs: number) => void } | { readonly ok: false; readonly reason: ClaimRefusal };

interface Claim extends Claimant {
  readonly key: string;
  readonly bytes: number;
  readonly expiresAt: number;
}

interface Tally {
  records: number;
  bytes: number;
}

/** Stale queue entries (rewritten or undone claims) tolerated before the queue is rebuilt. */
const STALE_SLACK = 1024;

export class KeyClaims {
  readonly #limits: ClaimLimits;
  readonly #claims = new Map<string, Claim>();
  readonly #byClient = new Map<number, Tally>();
  readonly #byAddress = new Map<string, Tally>();
  readonly #total: Tally = { records: 0, bytes: 0 };
  readonly #expiries = new ExpiryQueue<Claim>();

  constructor(limits: ClaimLimits) {
    this.#limits = limits;
  }

  /** Records claimed now, over all clients. */
  get records(): number {
    return this.#total.records;
  }

  get bytes(): number {
    return this.#total.bytes;
  }

  /** A PUT of `bytes` under `key` by `who`, living `ttlMs` from `nowMs`: claimed, or refused with the reason. */
  claim(key: string, who: Claimant, bytes: number, ttlMs: number, nowMs: number): ClaimResult {
    this.sweep(nowMs);
    const previous = this.#claims.get(key);
    if (previous && previous.address !== who.address) return { ok: false, reason: 'owned-by-another' };
    const sameClient = previous?.client === who.client;
    const client = this.#byClient.get(who.client) ?? { records: 0, bytes: 0 };
    const address = this.#byAddress.get(who.address) ?? { records: 0, bytes: 0 };
    const newKey = previous ? 0 : 1;
    const freed = previous?.bytes ?? 0;
    if (over(client, sameClient ? 0 : 1, bytes - (sameClient ? freed : 0), this.#limits.perClient)) return { ok: false, reason: 'client-share' };
    if (over(address, newKey, bytes - freed, this.#limits.perAddress)) return { ok: false, reason: 'address-share' };
    if (over(this.#total, newKey, bytes - freed, this.#limits.total)) return { ok: false, reason: 'gateway-share' };

    if (previous) this.#remove(previous);
    const claim: Claim = { key, client: who.client, address: who.address, bytes, expiresAt: nowMs + ttlMs };
    this.#add(claim);
    return {
      ok: true,
      undo: (now) => {
        if (this.#claims.get(key) !== claim) return; // rewritten since, or expired
        this.#remove(claim);
        if (previous && previous.expiresAt > now) this.#add(previous);
      },
    };
  }

  /** The connection is gone: its records stay claimed by its address until they expire. */
  forgetClient(client: number): void {
    this.#byClient.delete(client);
  }

  /** Drops the claims that have expired by `nowMs` (claim() does this too). */
  sweep(nowMs: number): void {
    for (let next = this.#expiries.peek(); next !== undefined && next.expiresAt <= nowMs; next = this.#expiries.peek()) {
      this.#expiries.pop();
      if (this.#claims.get(next.key) === next) this.#remove(next);
    }
  }

  #add(claim: Claim): void {
    this.#claims.set(claim.key, claim);
    this.#count(claim, +1);
    this.#expiries.push(claim);
    if (this.#expiries.size > 2 * this.#claims.size + STALE_SLACK) this.#expiries.rebuild(this.#claims.values());
  }

  #remove(claim: Claim): void {
    this.#claims.delete(claim.key);
    this.#count(claim, -1);
  }

  /** Adds (+1) or takes away (-1) a claim from the gateway's, its address's and its client's tallies. */
  #count(claim: Claim, sign: 1 | -1): void {
    let address = this.#byAddress.get(claim.address);
    if (!address) this.#byAddress.set(claim.address, (address = { records: 0, bytes: 0 }));
    let client = this.#byClient.get(claim.client);
    if (!client) this.#byClient.set(claim.client, (client = { records: 0, bytes: 0 }));
    for (const t of [this.#total, address, client]) {
      t.records += sign;
      t.bytes += sign * claim.bytes;
    }
    if (address.records <= 0) this.#byAddress.delete(claim.address);
    if (client.records <= 0) this.#byClient.delete(claim.client);
  }
}

function over(t: Tally, records: number, bytes: number, share: Share): boolean {
  return t.records + records > share.records || t.bytes + bytes > share.bytes;
}
