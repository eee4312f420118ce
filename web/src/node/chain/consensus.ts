/**
 * The rules a header must keep given the chain below it: the next height, the difficulty the
 * retarget schedule sets (pow.ts), and a timestamp later than the median of the 11 blocks before
 * it (so a miner cannot drag the clock back to ease retargets) and not more than two minutes in
 * the future by the verifier's clock (a block time is 30 s; Bitcoin allows 2 h for 10 min).
 */
import { err, ok, type Result } from '../base/errors.ts';
import type { BlockHeader } from './header.ts';
import { bitsOf, RETARGET_INTERVAL, retarget, targetOf } from './pow.ts';

export const MEDIAN_TIME_SPAN = 11;
export const MAX_FUTURE_DRIFT_MS = 2 * 60_000;

/** The header at `height` on the branch being extended (height ≤ the parent's). */
export type AncestorAt = (height: number) => BlockHeader;

/** The compact target a child of `parent` must carry. */
export function expectedBits(parent: BlockHeader, ancestorAt: AncestorAt): number {
  const height = parent.height + 1;
  if (height % RETARGET_INTERVAL !== 0) return parent.bits;
  // RETARGET_INTERVAL intervals end at the parent: from the block that many below it.
  const first = ancestorAt(Math.max(0, parent.height - RETARGET_INTERVAL));
  const target = targetOf(parent.bits);
  if (!target.ok) throw new RangeError('an indexed header has an invalid target');
  return bitsOf(retarget(target.value, parent.timestamp - first.timestamp));
}

/** The median timestamp of the parent and the blocks below it, MEDIAN_TIME_SPAN at most. */
export function medianTimePast(parent: BlockHeader, ancestorAt: AncestorAt): number {
  const times: number[] = [];
  for (let h = parent.height; h >= 0 && times.length < MEDIAN_TIME_SPAN; h--) times.push(h === parent.height ? parent.timestamp : ancestorAt(h).timestamp);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A header against its parent's branch: 'bad-field' (height), 'bad-difficulty', 'bad-timestamp'. */
export function checkHeaderInContext(header: BlockHeader, parent: BlockHeader, ancestorAt: AncestorAt, now: number): Result<void> {
  if (header.height !== parent.height + 1) return err('bad-field', `height ${header.height} on a parent at ${parent.height}`);
  const bits = expectedBits(parent, ancestorAt);
  if (header.bits !== bits) return err('bad-difficulty', `target 0x${header.bits.toString(16)}, the schedule says 0x${bits.toString(16)}`);
  const median = medianTimePast(parent, ancestorAt);
  if (header.timestamp <= median) return err('bad-timestamp', `timestamp ${header.timestamp} is not after the median ${median} of the blocks below`);
  if (header.timestamp > now + MAX_FUTURE_DRIFT_MS) return err('bad-timestamp', `timestamp ${header.timestamp} is ${Math.round((header.timestamp - now) / 1000)} s ahead of this clock`);
  return ok(undefined);
}
