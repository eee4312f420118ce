/**
 * Proof of work: compact targets as Bitcoin encodes them (its genesis bits as a fixture), the ones
 * refused, hashes against targets, work, and retargeting with its clamps and limit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bitsOf,
  MAX_RETARGET_FACTOR,
  meetsTarget,
  POW_LIMIT,
  POW_LIMIT_BITS,
  retarget,
  RETARGET_INTERVAL,
  TARGET_BLOCK_MS,
  targetOf,
  workOf,
} from '../../../../web/src/node/chain/pow.ts';
import { seededRandom } from '../../../support/random.ts';

const value = (bits: number): bigint => {
  const t = targetOf(bits);
  assert.ok(t.ok, `0x${bits.toString(16)}`);
  return t.value;
};

test('compact targets: Bitcoin’s genesis bits, the limit, small exponents, and back', () => {
  assert.equal(value(0x1d00ffff), 0xffffn << 208n);
  assert.equal(value(POW_LIMIT_BITS), 0xffffn << 232n);
  assert.equal(POW_LIMIT, 0xffffn << 232n, 'the limit: a hash whose first byte is zero');
  assert.equal(value(0x03123456), 0x123456n);
  assert.equal(value(0x02123456), 0x1234n);
  assert.equal(bitsOf(0x1234567n), 0x04012345, 'rounded down to 23 bits of mantissa');
  assert.equal(bitsOf(0x80n), 0x02008000, 'a mantissa never has its sign bit set');
  const rng = seededRandom(7);
  for (let i = 0; i < 2000; i++) {
    const target = (BigInt(Math.floor(rng() * 0xffffff) + 1) << BigInt(Math.floor(rng() * 200))) + 1n;
    const bits = bitsOf(target);
    const back = value(bits);
    assert.ok(back <= target && back > 0n, 'never easier than asked');
    assert.equal(bitsOf(back), bits, 'the encoding is stable');
  }
});

test('refused compact targets: the sign bit, zero, past 256 bits', () => {
  for (const bits of [0x1d800000, 0x00000000, 0x03000000, 0x21010000, 0xff00ffff]) {
    const t = targetOf(bits);
    assert.ok(!t.ok && t.error.code === 'bad-field', `0x${bits.toString(16)}`);
  }
});

test('a hash meets a target when it is not above it; work is the expected number of hashes', () => {
  assert.ok(meetsTarget('00' + 'ff'.repeat(31), POW_LIMIT + (1n << 232n) - 1n));
  assert.ok(meetsTarget('0000ffff' + '00'.repeat(28), value(0x1f00ffff)));
  assert.ok(!meetsTarget('0001' + '00'.repeat(30), value(0x1f00ffff)));
  assert.equal(workOf(POW_LIMIT), (1n << 256n) / ((0xffffn << 232n) + 1n));
  assert.equal(workOf(POW_LIMIT), 256n, 'the limit: 256 hashes a block on average');
  assert.ok(workOf(value(0x1f00ffff)) > workOf(POW_LIMIT));
});

test('retargeting: proportional to the time taken, clamped to 4× either way, never easier than the limit', () => {
  const expected = RETARGET_INTERVAL * TARGET_BLOCK_MS;
  const start = value(0x1f00ffff);
  assert.equal(retarget(start, expected), start);
  assert.equal(retarget(start, expected / 2), start / 2n, 'twice as fast: twice as hard');
  assert.equal(retarget(start, 0), start / MAX_RETARGET_FACTOR);
  assert.equal(retarget(start, expected * 100), start * MAX_RETARGET_FACTOR);
  assert.equal(retarget(POW_LIMIT, expected * 3), POW_LIMIT, 'never easier than the limit');
  assert.equal(retarget(1n, 0), 1n, 'never a zero target');
});
