import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import { dhtConfig } from '../../../../web/src/node/dht/constants.ts';
import { contentRecord, encodeRecord, hashHex, ownedRecord, type DhtRecord } from '../../../../web/src/node/dht/record.ts';
import { RecordStore, memoryDhtStorage } from '../../../../web/src/node/dht/store.ts';
import type { DhtOptions, DhtStorage } from '../../../../web/src/node/dht/types.ts';
import { simSigner, simVerify } from '../../../sim/dht-sim.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const SECOND = 1000;

function content(text: string, clock: VirtualClock, ttlMs = 60 * SECOND): DhtRecord {
  const value = toUtf8Bytes(text);
  return contentRecord({ key: hashHex(value), value, replication: 4, expiresAt: clock.now() + ttlMs });
}

interface Setup {
  clock: VirtualClock;
  storage: DhtStorage;
  store: RecordStore;
  /** Keys this node is the successor of; everything else is a replica held for another node. */
  primary: Set<string>;
  /** Records get() found expired. */
  expired: { count: number };
}

function setup(options: DhtOptions = {}, storage = memoryDhtStorage(), clock = new VirtualClock()): Setup {
  const primary = new Set<string>();
  const expired = { count: 0 };
  const store = new RecordStore({
    storage,
    config: dhtConfig(options),
    verify: simVerify,
    now: () => clock.now(),
    isPrimary: (key) => primary.has(key),
    onExpired: () => void expired.count++,
  });
  return { clock, storage, store, primary, expired };
}

test('a record lives until its expiry on the injected clock, then get and sweep drop it', async () => {
  const { clock, store, expired } = setup();
  const short = content('short', clock, 5 * SECOND);
  const long = content('long', clock, 60 * SECOND);
  assert.deepEqual(store.put(short), { ok: true, value: 'stored' });
  assert.deepEqual(store.put(long), { ok: true, value: 'stored' });
  await clock.advance(5 * SECOND - 1);
  assert.equal(store.get(short.key), short);
  await clock.advance(1);
  assert.equal(store.get(short.key), undefined, 'gone at its expiry');
  assert.equal(expired.count, 1, 'counted as expired');
  assert.equal(store.size, 1);
  await clock.advance(55 * SECOND);
  assert.equal(store.sweep(), 1);
  assert.equal(store.size, 0);
  assert.equal(store.bytes, 0);
});

test('put refuses what checkRecord or compareRecords refuse, and keeps nothing newer', () => {
  const { clock, store } = setup();
  const r = content('x', clock);
  assert.equal(store.put({ ...r, value: toUtf8Bytes('y') }).ok, false);
  assert.deepEqual(store.put(r), { ok: true, value: 'stored' });
  assert.deepEqual(store.put(r), { ok: true, value: 'kept' });
  const key = hashHex(toUtf8Bytes('owned'));
  const spec = { key, value: toUtf8Bytes('v'), replication: 4, expiresAt: clock.now() + SECOND };
  assert.deepEqual(store.put(ownedRecord({ ...spec, seq: 2 }, simSigner('a'.repeat(64)))), { ok: true, value: 'stored' });
  const other = store.put(ownedRecord({ ...spec, seq: 3 }, simSigner('b'.repeat(64))));
  assert.equal(other.ok ? 'stored' : other.error.code, 'not-owner');
  const stale = store.put(ownedRecord({ ...spec, seq: 1 }, simSigner('a'.repeat(64))));
  assert.equal(stale.ok ? 'stored' : stale.error.code, 'stale');
});

test('when full, replicas held for others go first, soonest to expire first; then primaries', () => {
  const { clock, store, primary } = setup({ maxRecords: 3 });
  const p1 = content('p1', clock, 10 * SECOND);
  const replicaSoon = content('replica soon', clock, 40 * SECOND);
  const replicaLate = content('replica late', clock, 50 * SECOND);
  const p2 = content('p2', clock, 20 * SECOND);
  const p3 = content('p3', clock, 30 * SECOND);
  for (const r of [p1, p2, p3]) primary.add(r.key);
  for (const r of [p1, replicaLate, replicaSoon]) assert.ok(store.put(r).ok);
  assert.ok(store.put(p2).ok);
  assert.equal(store.get(replicaSoon.key), undefined, 'the replica expiring soonest went, though primaries expire sooner');
  assert.ok(store.get(replicaLate.key));
  assert.ok(store.put(p3).ok);
  assert.equal(store.get(replicaLate.key), undefined, 'then the other replica');
  assert.deepEqual([p1, p2, p3].map((r) => store.get(r.key) === r), [true, true, true]);
  assert.ok(store.put(content('p4', clock, 60 * SECOND)).ok);
  assert.equal(store.get(p1.key), undefined, 'with only primaries left, the soonest to expire goes');
  assert.equal(store.size, 3);
});

test('the byte bound evicts too, and a value larger than the bound is refused at-capacity', () => {
  const { clock, store } = setup({ maxBytes: 10 });
  const a = content('aaaaaa', clock);
  const b = content('bbbbbb', clock);
  assert.ok(store.put(a).ok);
  assert.ok(store.put(b).ok);
  assert.equal(store.bytes, 6);
  assert.equal(store.get(a.key), undefined);
  const huge = store.put(content('x'.repeat(11), clock));
  assert.equal(huge.ok ? 'stored' : huge.error.code, 'at-capacity');
});

test('records are written through to storage and restored by load()', async () => {
  const storage = memoryDhtStorage();
  const first = setup({}, storage);
  const records = ['one', 'two', 'three'].map((t) => content(t, first.clock));
  for (const r of records) assert.ok(first.store.put(r).ok);
  first.store.delete(records[1]?.key ?? '');
  await first.clock.advance(0);
  assert.equal((await storage.load()).length, 2);
  const second = setup({}, storage, first.clock);
  assert.equal(await second.store.load(), 2);
  assert.deepEqual(second.store.get(records[0]?.key ?? ''), records[0]);
  assert.deepEqual(second.store.get(records[2]?.key ?? ''), records[2]);
  assert.equal(second.store.get(records[1]?.key ?? ''), undefined);
});

test('load() drops expired records from storage and ignores truncated or garbage bytes', async () => {
  const storage = memoryDhtStorage();
  const { clock, store } = setup({}, storage);
  const expiring = content('expiring', clock, 5 * SECOND);
  const lasting = content('lasting', clock, 60 * SECOND);
  assert.ok(store.put(expiring).ok);
  assert.ok(store.put(lasting).ok);
  const encoded = encodeRecord(content('truncated', clock));
  await storage.save('truncated', encoded.subarray(0, encoded.length - 20));
  await storage.save('garbage', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff));
  await storage.save('empty', new Uint8Array(0));
  const forged = content('forged', clock);
  await storage.save(forged.key, encodeRecord({ ...forged, value: toUtf8Bytes('not the bytes its key names') }));
  await clock.advance(10 * SECOND);
  const restored = setup({}, storage, clock);
  assert.equal(await restored.store.load(), 1);
  assert.deepEqual(restored.store.get(lasting.key), lasting);
  assert.deepEqual([...restored.store.entries()].map((h) => h.record.key), [lasting.key]);
  await clock.advance(0);
  // The expired and the forged record were removed; bytes that do not decode name no key to remove.
  assert.equal((await storage.load()).length, 4);
});

test('a failing storage write keeps the record in memory and reports the error', async () => {
  const errors: unknown[] = [];
  const clock = new VirtualClock();
  const store = new RecordStore({
    storage: { load: async () => [], save: async () => Promise.reject(new Error('disk full')), remove: async () => undefined },
    config: dhtConfig(),
    verify: simVerify,
    now: () => clock.now(),
    isPrimary: () => true,
    onStorageError: (e) => errors.push(e),
  });
  const r = content('kept in memory', clock);
  assert.ok(store.put(r).ok);
  await clock.advance(0);
  assert.equal(store.get(r.key), r);
  assert.equal(errors.length, 1);
});
