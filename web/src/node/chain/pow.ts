/**
 * Proof of work: a block's hash, read as a 256-bit big-endian number, must not exceed its target.
 * Targets travel in the header as 4 "compact" bytes, as Bitcoin's nBits: an exponent byte e and a
 * 23-bit mantissa m, target = m × 256^(e − 3) (no sign bit: a mantissa with its top bit set is
 * refused). The work a block proves is 2^256 / (target + 1), the expected number of hashes; the
 * chain with the most total work wins (fork choice).
 *
 * Retargeting (every RETARGET_INTERVAL blocks): the new target is the old one times the time the
 * last interval took over the time it should have taken, that ratio clamped to [1/4, 4], and never
 * easier than POW_LIMIT.
 */
import { err, ok, type Result } from '../base/errors.ts';

/** The easiest target a block may have: the first byte of the hash zero (1 in 256 hashes). */
export const POW_LIMIT_BITS = 0x2000ffff;
/** Blocks between retargets. */
export const RETARGET_INTERVAL = 16;
/** The block time retargeting aims at. */
export const TARGET_BLOCK_MS = 30_000;
/** The most one retarget may change the difficulty, either way. */
export const MAX_RETARGET_FACTOR = 4n;

const TWO_256 = 1n << 256n;

/** The target a compact encoding stands for; 'bad-field' for a negative or overflowing one. */
export function targetOf(bits: number): Result<bigint> {
  const exponent = bits >>> 24;
  const mantissa = bits & 0x00ff_ffff;
  if (mantissa & 0x0080_0000) return err('bad-field', `compact target 0x${bits.toString(16)} has its sign bit set`);
  const target = exponent <= 3 ? BigInt(mantissa) >> BigInt(8 * (3 - exponent)) : BigInt(mantissa) << BigInt(8 * (exponent - 3));
  if (target >= TWO_256) return err('bad-field', `compact target 0x${bits.toString(16)} overflows 256 bits`);
  if (target === 0n) return err('bad-field', 'a zero target admits no hash');
  return ok(target);
}

/** The compact encoding of a target (rounded down to what 23 bits of mantissa hold). */
export function bitsOf(target: bigint): number {
  if (target <= 0n || target >= TWO_256) throw new RangeError('target out of range');
  let size = 0;
  for (let t = target; t > 0n; t >>= 8n) size++;
  let mantissa = size <= 3 ? Number(target << BigInt(8 * (3 - size))) : Number(target >> BigInt(8 * (size - 3)));
  // The mantissa's top bit is a sign bit: shift one byte over rather than set it.
  if (mantissa & 0x0080_0000) {
    mantissa >>= 8;
    size++;
  }
  return ((size << 24) | mantissa) >>> 0;
}

/** Whether the hash (64 hex digits) meets the target. */
export function meetsTarget(hashHex: string, target: bigint): boolean {
  return BigInt(`0x${hashHex}`) <= target;
}

/** The work a block of this target proves: the expected number of hashes to find it. */
export function workOf(target: bigint): bigint {
  return TWO_256 / (target + 1n);
}

export const POW_LIMIT = (targetOf(POW_LIMIT_BITS) as { ok: true; value: bigint }).value;

/**
 * The target after an interval that took `actualMs` for RETARGET_INTERVAL blocks, from the
 * target it had; never easier than POW_LIMIT.
 */
export function retarget(previous: bigint, actualMs: number): bigint {
  const expected = BigInt(RETARGET_INTERVAL * TARGET_BLOCK_MS);
  let actual = BigInt(Math.max(0, Math.round(actualMs)));
  if (actual < expected / MAX_RETARGET_FACTOR) actual = expected / MAX_RETARGET_FACTOR;
  if (actual > expected * MAX_RETARGET_FACTOR) actual = expected * MAX_RETARGET_FACTOR;
  const next = (previous * actual) / expected;
  return next > POW_LIMIT ? POW_LIMIT : next < 1n ? 1n : next;
}
