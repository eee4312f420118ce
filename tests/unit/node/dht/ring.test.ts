import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RING_BITS,
  closestPreceding,
  distance,
  fingerStart,
  fromBigInt,
  inHalfOpen,
  inOpen,
  sortClockwise,
  toBigInt,
} from '../../../../web/src/node/dht/ring.ts';

/** An id from its leading hex digits: id('8') is the middle of the ring. */
const id = (prefix: string): string => prefix.padEnd(64, '0');
const ZERO = id('0');
const TOP = 'f'.repeat(64);

test('inOpen: an interval that does not wrap', () => {
  assert.equal(inOpen(id('5'), id('2'), id('8')), true);
  assert.equal(inOpen(id('2'), id('2'), id('8')), false, 'a is excluded');
  assert.equal(inOpen(id('8'), id('2'), id('8')), false, 'b is excluded');
  assert.equal(inOpen(id('9'), id('2'), id('8')), false);
  assert.equal(inOpen(id('1'), id('2'), id('8')), false);
});

test('inOpen: an interval that wraps past the top of the ring', () => {
  assert.equal(inOpen(id('f'), id('e'), id('2')), true);
  assert.equal(inOpen(TOP, id('e'), id('2')), true);
  assert.equal(inOpen(ZERO, id('e'), id('2')), true);
  assert.equal(inOpen(id('1'), id('e'), id('2')), true);
  assert.equal(inOpen(id('2'), id('e'), id('2')), false);
  assert.equal(inOpen(id('e'), id('e'), id('2')), false);
  assert.equal(inOpen(id('8'), id('e'), id('2')), false);
});

test('inOpen with a = b is the whole ring but a', () => {
  const a = id('7');
  for (const x of [ZERO, id('1'), id('6f'), id('71'), TOP]) assert.equal(inOpen(x, a, a), true, x);
  assert.equal(inOpen(a, a, a), false);
});

test('inHalfOpen includes b and excludes a, with and without wrap-around; a = b is the whole ring', () => {
  assert.equal(inHalfOpen(id('8'), id('2'), id('8')), true);
  assert.equal(inHalfOpen(id('2'), id('2'), id('8')), false);
  assert.equal(inHalfOpen(id('2'), id('e'), id('2')), true);
  assert.equal(inHalfOpen(ZERO, id('e'), id('2')), true);
  assert.equal(inHalfOpen(id('e'), id('e'), id('2')), false);
  assert.equal(inHalfOpen(id('9'), id('e'), id('2')), false);
  const a = id('7');
  for (const x of [ZERO, id('1'), a, TOP]) assert.equal(inHalfOpen(x, a, a), true, x);
});

test('fingerStart adds 2^i and wraps at the top of the ring', () => {
  assert.equal(fingerStart(ZERO, 0), '0'.repeat(63) + '1');
  assert.equal(fingerStart(ZERO, 4), '0'.repeat(62) + '10');
  assert.equal(fingerStart(ZERO, RING_BITS - 1), id('8'));
  assert.equal(fingerStart(TOP, 0), ZERO, '2^256 − 1 + 1 wraps to 0');
  assert.equal(fingerStart(TOP, 1), '0'.repeat(63) + '1');
  assert.equal(fingerStart(id('c'), RING_BITS - 1), id('4'), 'the top finger lands half a ring round');
  assert.equal(fingerStart(id('8'), RING_BITS - 1), ZERO);
  for (let i = 0; i < RING_BITS; i += 37) {
    assert.equal(distance(id('ab'), fingerStart(id('ab'), i)), 1n << BigInt(i), `finger ${i}`);
  }
});

test('toBigInt / fromBigInt round trip and reduce modulo 2^256', () => {
  for (const x of [ZERO, TOP, id('8'), 'a'.repeat(64)]) assert.equal(fromBigInt(toBigInt(x)), x);
  assert.equal(fromBigInt(-1n), TOP);
  assert.equal(fromBigInt(1n << 256n), ZERO);
  assert.equal(fromBigInt(15n), '0'.repeat(63) + 'f');
});

test('distance is clockwise', () => {
  assert.equal(distance(id('2'), id('3')), 1n << 252n);
  assert.equal(distance(id('3'), id('2')), (1n << 256n) - (1n << 252n));
  assert.equal(distance(TOP, ZERO), 1n);
  assert.equal(distance(id('5'), id('5')), 0n);
});

test('closestPreceding picks the candidate nearest before the key, going clockwise from self', () => {
  const self = id('1');
  const candidates = [id('3'), id('5'), id('9'), id('c')];
  assert.equal(closestPreceding(self, id('a'), candidates), id('9'));
  assert.equal(closestPreceding(self, id('9'), candidates), id('5'), 'the key itself is not before the key');
  assert.equal(closestPreceding(self, id('2'), candidates), undefined, 'nothing lies in (self, key)');
  assert.equal(closestPreceding(self, id('4'), [self, id('0'), id('f')]), undefined, 'self and nodes behind it do not count');
  assert.equal(closestPreceding(self, id('4'), []), undefined);
});

test('closestPreceding across the top of the ring', () => {
  const self = id('d');
  assert.equal(closestPreceding(self, id('2'), [id('e'), id('f'), id('1'), id('3'), id('c')]), id('1'));
  assert.equal(closestPreceding(self, id('08'), [id('e'), id('f'), id('1'), TOP]), TOP);
  assert.equal(closestPreceding(self, id('e8'), [id('e'), id('f'), id('1')]), id('e'));
  // key = self: every other node lies in (self, self).
  assert.equal(closestPreceding(self, self, [id('e'), id('1'), id('c')]), id('c'));
});

test('sortClockwise orders from just after `from`, wrapping, with `from` last and duplicates dropped', () => {
  const from = id('8');
  const ids = [id('2'), id('9'), from, id('f'), id('1'), id('9'), id('7')];
  assert.deepEqual(sortClockwise(from, ids), [id('9'), id('f'), id('1'), id('2'), id('7'), from]);
  assert.deepEqual(sortClockwise(from, []), []);
  assert.deepEqual(sortClockwise(ZERO, [TOP, id('1'), ZERO]), [id('1'), TOP, ZERO]);
  assert.deepEqual(sortClockwise(TOP, [id('1'), ZERO, id('f')]), [ZERO, id('1'), id('f')]);
});
