import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RumorStore, type StoredRumor } from '../../../../web/src/node/gossip/rumor-store.ts';
import { randomRumorId, rumorIdBytes, rumorIdHex } from '../../../../web/src/node/gossip/rumor-id.ts';
import { ExpiringMap } from '../../../../web/src/node/base/expiring-map.ts';
import { TokenBuckets } from '../../../../web/src/node/base/token-buckets.ts';
import { seededRandom } from '../../../support/random.ts';

test('expiring map as a seen cache: duplicates within the ttl, forgotten after it, oldest evicted when full', () => {
  const seen = new ExpiringMap<string>(1000, 2);
  assert.equal(seen.admit('a', 0), true);
  assert.equal(seen.admit('a', 500), false);
  assert.equal(seen.has('a', 999), true);
  assert.equal(seen.has('a', 1000), false);
  assert.equal(seen.admit('a', 1000), true);
  seen.admit('b', 1001);
  seen.admit('c', 1002);
  assert.equal(seen.size, 2);
  assert.equal(seen.has('a', 1003), false, 'the oldest went first');
  assert.equal(seen.has('c', 1003), true);
});

test('token bucket: a burst, then the rate', () => {
  const bucket = new TokenBuckets<string>(3, 2, 10);
  assert.deepEqual([1, 2, 3, 4].map(() => bucket.take('k', 0)), [true, true, true, false]);
  assert.equal(bucket.take('k', 499), false);
  assert.equal(bucket.take('k', 500), true);
  const keyed = new TokenBuckets<string>(1, 1, 2);
  assert.equal(keyed.take('x', 0), true);
  assert.equal(keyed.take('x', 0), false);
  assert.equal(keyed.take('y', 0), true);
  keyed.take('z', 0);
  assert.equal(keyed.size, 2);
});

function rumor(n: number, at: number, bytes = 10): StoredRumor {
  const id = randomRumorId(seededRandom(n));
  return { key: rumorIdHex(id), id, origin: 'o', ttl: 0, hops: 0, dataType: 1, data: new Uint8Array(bytes), signature: new Uint8Array(65), acceptedAt: at };
}

test('rumour store: newest first, bounded by count, bytes and window', () => {
  const store = new RumorStore({ maxEntries: 3, maxBytes: 100, windowMs: 1000 });
  const rs = [1, 2, 3, 4].map((n) => rumor(n, n));
  for (const r of rs) store.add(r);
  assert.deepEqual(store.recent(10, 10).map((r) => r.key), [rs[3], rs[2], rs[1]].map((r) => r?.key));
  assert.deepEqual(store.recent(10, 1).length, 1);
  assert.equal(store.get(rs[3]?.key ?? '', 1005), undefined, 'outside the window');
  store.add(rumor(5, 20, 95));
  assert.equal(store.size, 1, 'the byte bound evicts the oldest');
  assert.equal(store.recent(1021, 10).length, 0);
});

test('rumour ids: 16 bytes, 32 hex characters, round trip', () => {
  const id = randomRumorId(seededRandom(9));
  assert.equal(id.length, 16);
  assert.match(rumorIdHex(id), /^[0-9a-f]{32}$/);
  assert.deepEqual(rumorIdBytes(rumorIdHex(id)), id);
});
