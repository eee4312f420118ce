/**
 * Keys move with the ring, on a small in-process network (DhtSim, the code a tab runs): a node
 * that joins takes over its part of its successor's keys (SplitNode), a node that leaves hands
 * its keys to its successor, and values expire on the virtual clock unless their owner
 * re-publishes them. Replication 1 where the test is about handoff, so no replica can stand in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import type { DhtKey } from '../../../../web/src/node/dht/api.ts';
import { inHalfOpen } from '../../../../web/src/node/dht/ring.ts';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { DhtSim, type DhtSimNode } from '../../../sim/dht-sim.ts';

const NODES = 12;
const KEYS = 32;

async function network(seed: number): Promise<DhtSim> {
  const sim = new DhtSim({ seed, encode: true });
  await sim.form(NODES, 100);
  await sim.clock.advance(10_000); // fingers fill in
  return sim;
}

function node(sim: DhtSim, id: string): DhtSimNode {
  const n = sim.nodes.get(id);
  assert.ok(n, `node ${id.slice(0, 8)}`);
  return n;
}

function holds(n: DhtSimNode, key: DhtKey): { primary: boolean } | undefined {
  return n.dht.records().find((r) => r.key === key);
}

/** The live node just before `id` on the ring. */
function predecessorOf(sim: DhtSim, id: string): string {
  const ids = sim.live().map((n) => n.id).sort();
  const before = ids.filter((x) => x < id);
  return before.at(-1) ?? (ids.at(-1) as string);
}

async function putAll(sim: DhtSim, options: { replication?: number; ttl?: number; republish?: boolean }): Promise<DhtKey[]> {
  const writer = sim.live()[0] as DhtSimNode;
  const keys = Array.from({ length: KEYS }, (_, i) => writer.dht.keyOf(`handoff key ${i}`));
  for (const key of keys) await sim.settle(writer.dht.put(key, toUtf8Bytes(`value of ${key}`), options));
  return keys;
}

async function readAll(sim: DhtSim, keys: DhtKey[]): Promise<string[]> {
  const reader = sim.live().at(-1) as DhtSimNode;
  const out: string[] = [];
  for (const key of keys) out.push(new TextDecoder().decode((await sim.settle(reader.dht.get(key))).value));
  return out;
}

test('join: a node joining before a key takes it over from the successor that held it', async () => {
  const sim = await network(21);
  const keys = await putAll(sim, { replication: 1, republish: false });
  // The newcomer's id is one of the keys, so it becomes the successor of every key in (predecessor, id].
  const newId = keys[0] as DhtKey;
  const before = predecessorOf(sim, newId);
  const moving = keys.filter((k) => inHalfOpen(k, before, newId));
  const oldOwner = node(sim, sim.successorOf(newId));
  for (const k of moving) assert.equal(holds(oldOwner, k)?.primary, true, 'held by the old successor');

  const newcomer = sim.addNode(3, newId);
  assert.equal(newcomer.dht.records().length, 0);
  await sim.clock.runUntil(() => sim.ringIsCorrect(), 60_000, 500);
  await sim.clock.advance(2_000);

  for (const k of moving) assert.equal(holds(newcomer, k)?.primary, true, `key ${k.slice(0, 8)} handed over`);
  assert.deepEqual(newcomer.dht.records().filter((r) => r.primary).map((r) => r.key).sort(), [...moving].sort(), 'exactly its range');
  const reader = sim.live().find((n) => n !== newcomer && n !== oldOwner) as DhtSimNode;
  const got = await sim.settle(reader.dht.get(newId));
  assert.equal(got.node, newcomer.id, 'the newcomer answers for its keys');
  assert.deepEqual(await readAll(sim, keys), keys.map((k) => `value of ${k}`));
});

test('leave: a node stopping gracefully hands its keys to its successor, and the ring closes at once', async () => {
  const sim = await network(22);
  const keys = await putAll(sim, { replication: 1, republish: false });
  const leaving = sim.live().map((n) => ({ n, held: keys.filter((k) => holds(n, k)?.primary) })).sort((a, b) => b.held.length - a.held.length)[0];
  assert.ok(leaving && leaving.held.length > 0);
  const successorId = leaving.n.dht.ring().successors[0] as string;
  const successor = node(sim, successorId);
  for (const k of leaving.held) assert.equal(holds(successor, k), undefined, 'replication 1: no copy on the successor yet');

  await sim.leave(leaving.n);
  for (const k of leaving.held) assert.ok(holds(successor, k), `key ${k.slice(0, 8)} handed to the successor`);
  await sim.clock.advance(500);
  assert.ok(sim.ringIsCorrect(), 'dhtLeave closed the gap without waiting for stabilisation');
  assert.deepEqual(await readAll(sim, keys), keys.map((k) => `value of ${k}`));
});

test('TTL: a value is readable until it expires on the virtual clock, then gone from every replica', async () => {
  const sim = await network(23);
  const writer = sim.live()[2] as DhtSimNode;
  const reader = sim.live()[7] as DhtSimNode;
  const key = writer.dht.keyOf('short-lived');
  const put = await sim.settle(writer.dht.put(key, toUtf8Bytes('soon gone'), { ttl: 5, republish: false }));
  assert.equal(put.copies, 4);
  const got = await sim.settle(reader.dht.get(key));
  assert.equal(got.expiresAt - sim.clock.now() <= 5_000, true);
  assert.equal(sim.live().filter((n) => holds(n, key)).length, 4, 'the successor and 3 replicas');
  await sim.clock.advance(got.expiresAt - sim.clock.now());
  await assert.rejects(sim.settle(reader.dht.get(key)), (e: unknown) => e instanceof TabmeshError && e.code === 'not-found');
  await sim.clock.advance(11_000); // a repair round sweeps what reads have not dropped already
  assert.equal(sim.live().filter((n) => holds(n, key)).length, 0);
});

test('TTL: the owner re-publishes, so its value outlives its TTL while the owner runs', async () => {
  const sim = await network(24);
  const writer = sim.live()[3] as DhtSimNode;
  const reader = sim.live()[9] as DhtSimNode;
  const key = writer.dht.keyOf('kept alive');
  await sim.settle(writer.dht.put(key, toUtf8Bytes('still here'), { ttl: 90 }));
  const first = await sim.settle(reader.dht.get(key));
  await sim.clock.advance(150_000);
  const later = await sim.settle(reader.dht.get(key));
  assert.equal(new TextDecoder().decode(later.value), 'still here');
  assert.ok(later.expiresAt > first.expiresAt + 60_000, 're-published with a fresh expiry');
  // Once the owner is gone, nobody re-publishes: the value expires.
  sim.kill(writer);
  await sim.clock.advance(100_000);
  await assert.rejects(sim.settle(reader.dht.get(key)), (e: unknown) => e instanceof TabmeshError && e.code === 'not-found');
});
