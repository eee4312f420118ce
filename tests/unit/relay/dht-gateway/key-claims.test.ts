/** Who holds which key through the DHT gateway, and how much each may hold (relay/src/dht-gateway/key-claims.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyClaims, type ClaimLimits, type ClaimResult } from '../../../../relay/src/dht-gateway/key-claims.ts';
import { ExpiryQueue } from '../../../../relay/src/dht-gateway/expiry-queue.ts';
import { seededRandom } from '../../../support/random.ts';

const limits = (over: Partial<ClaimLimits> = {}): ClaimLimits => ({
  perClient: { records: 100, bytes: 10_000 },
  perAddress: { records: 100, bytes: 10_000 },
  total: { records: 100, bytes: 10_000 },
  ...over,
});
const A1 = { client: 1, address: 'a' };
const A2 = { client: 2, address: 'a' };
const B3 = { client: 3, address: 'b' };
const reason = (r: ClaimResult): string => (r.ok ? 'ok' : r.reason);

test('the first address owns a key until it expires; its other connections may rewrite it', () => {
  const claims = new KeyClaims(limits());
  assert.equal(reason(claims.claim('k', A1, 10, 1000, 0)), 'ok');
  assert.equal(reason(claims.claim('k', B3, 10, 1000, 500)), 'owned-by-another');
  assert.equal(reason(claims.claim('k', A2, 20, 1000, 500)), 'ok', 'same address, another connection');
  assert.deepEqual([claims.records, claims.bytes], [1, 20], 'a rewrite replaces, never adds');
  assert.equal(reason(claims.claim('k', B3, 10, 1000, 1499)), 'owned-by-another', 'the rewrite renewed the expiry');
  assert.equal(reason(claims.claim('k', B3, 10, 1000, 1500)), 'ok', 'expired: free');
});

test('shares per client, per address and in total, records and bytes, each with its reason', () => {
  const claims = new KeyClaims(limits({ perClient: { records: 2, bytes: 100 }, perAddress: { records: 3, bytes: 150 }, total: { records: 4, bytes: 1000 } }));
  assert.equal(reason(claims.claim('1', A1, 10, 1000, 0)), 'ok');
  assert.equal(reason(claims.claim('2', A1, 10, 1000, 0)), 'ok');
  assert.equal(reason(claims.claim('3', A1, 10, 1000, 0)), 'client-share');
  assert.equal(reason(claims.claim('1', A1, 90, 1000, 0)), 'ok', 'rewriting its own key counts only the difference');
  assert.equal(reason(claims.claim('1', A1, 91, 1000, 0)), 'client-share', 'bytes');
  assert.equal(reason(claims.claim('3', A2, 10, 1000, 0)), 'ok');
  assert.equal(reason(claims.claim('4', A2, 10, 1000, 0)), 'address-share');
  assert.equal(reason(claims.claim('4', B3, 10, 1000, 0)), 'ok');
  assert.equal(reason(claims.claim('5', B3, 10, 1000, 0)), 'gateway-share');
  claims.forgetClient(1);
  assert.equal(reason(claims.claim('5', A2, 10, 1000, 0)), 'address-share', 'a gone connection’s records still count for its address');
});

test('undo gives a failed PUT’s claim back, restoring what it replaced, unless rewritten since', () => {
  const claims = new KeyClaims(limits());
  const first = claims.claim('k', A1, 10, 1000, 0);
  assert.ok(first.ok);
  const second = claims.claim('k', A2, 30, 1000, 100);
  assert.ok(second.ok);
  second.undo(200);
  assert.deepEqual([claims.records, claims.bytes], [1, 10], 'the first value is back');
  assert.equal(reason(claims.claim('k', B3, 1, 1000, 999)), 'owned-by-another');
  first.undo(999);
  assert.deepEqual([claims.records, claims.bytes], [0, 0]);
  const third = claims.claim('k', B3, 5, 1000, 999);
  assert.ok(third.ok);
  first.undo(999);
  assert.deepEqual([claims.records, claims.bytes], [1, 5], 'an old undo touches nothing newer');
  const fourth = claims.claim('j', A1, 7, 10, 0);
  assert.ok(fourth.ok);
  claims.sweep(10);
  assert.deepEqual([claims.records, claims.bytes], [1, 5], 'expired claims go');
});

test('the expiry queue pops in expiry order, whatever order it was filled in', () => {
  const rng = seededRandom(7);
  const queue = new ExpiryQueue<{ expiresAt: number }>();
  const times = Array.from({ length: 500 }, () => Math.floor(rng() * 1000));
  for (const expiresAt of times) queue.push({ expiresAt });
  const popped: number[] = [];
  for (let e = queue.pop(); e; e = queue.pop()) popped.push(e.expiresAt);
  assert.deepEqual(popped, [...times].sort((a, b) => a - b));
  queue.rebuild([{ expiresAt: 3 }, { expiresAt: 1 }, { expiresAt: 2 }]);
  assert.deepEqual([queue.pop()?.expiresAt, queue.pop()?.expiresAt, queue.pop()?.expiresAt, queue.pop()], [1, 2, 3, undefined]);
});
