/**
 * Identifier arithmetic on the 256-bit Chord ring. Ids and keys are 64 lowercase hex characters,
 * so comparing the strings compares the numbers; only finger starts need real addition.
 */
import type { DhtKey } from './api.ts';

export const RING_BITS = 256;
const RING_SIZE = 1n << BigInt(RING_BITS);
const HEX_DIGITS = RING_BITS / 4;

export function toBigInt(id: DhtKey): bigint {
  return BigInt('0x' + id);
}

export function fromBigInt(n: bigint): DhtKey {
  return (((n % RING_SIZE) + RING_SIZE) % RING_SIZE).toString(16).padStart(HEX_DIGITS, '0');
}

/** x ∈ (a, b) going clockwise; with a = b that is the whole ring but a. */
export function inOpen(x: DhtKey, a: DhtKey, b: DhtKey): boolean {
  if (a < b) return a < x && x < b;
  return x > a || x < b;
}

/** x ∈ (a, b] going clockwise; with a = b that is the whole ring. */
export function inHalfOpen(x: DhtKey, a: DhtKey, b: DhtKey): boolean {
  return x === b || inOpen(x, a, b);
}

/** The start of finger i: (n + 2^i) mod 2^256. */
export function fingerStart(n: DhtKey, i: number): DhtKey {
  return fromBigInt(toBigInt(n) + (1n << BigInt(i)));
}

/** Clockwise distance from a to b. */
export function distance(a: DhtKey, b: DhtKey): bigint {
  return (toBigInt(b) - toBigInt(a) + RING_SIZE) % RING_SIZE;
}

/**
 * Of `candidates`, the one closest before `key` going clockwise from `self` (Chord's
 * closest_preceding_node over whatever this node can reach), or undefined if none lies in (self, key).
 */
export function closestPreceding(self: DhtKey, key: DhtKey, candidates: Iterable<DhtKey>): DhtKey | undefined {
  let best: DhtKey | undefined;
  for (const c of candidates) {
    if (!inOpen(c, self, key)) continue;
    if (best === undefined || inOpen(c, best, key)) best = c;
  }
  return best;
}

/** `ids` ordered clockwise starting just after `from` (from itself, if present, last). */
export function sortClockwise(from: DhtKey, ids: Iterable<DhtKey>): DhtKey[] {
  const after: DhtKey[] = [];
  const before: DhtKey[] = [];
  for (const id of new Set(ids)) (id > from ? after : before).push(id);
  after.sort();
  before.sort();
  return [...after, ...before];
}
