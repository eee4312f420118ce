/**
 * Puts in the moment after a node joins, while its predecessor's link to it is still opening (a
 * signaled WebRTC link takes a while; the simulator's connect is made slow here): the successor
 * lists already name the newcomer — the ring looks formed — but the link is not open yet. The
 * put must still reach the successor and its replicas, not stop at one copy or land on the node
 * after the newcomer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import { fromBigInt, toBigInt } from '../../../../web/src/node/dht/ring.ts';
import { DhtSim, type DhtSimNode } from '../../../sim/dht-sim.ts';

/** Slower than a stabilise round trip, shorter than the wait a request allows for a successor's link. */
const SLOW_CONNECT_MS = 1_500;

interface JoinWindow {
  sim: DhtSim;
  /** The node before the newcomer, not linked to it yet. */
  p: DhtSimNode;
  n: DhtSimNode;
  s: DhtSimNode;
}

/**
 * A formed ring, then a newcomer n between p and s, linked to s and others but not to p: p learns
 * of it from s and dials it; returns while p names n its successor — and the ring looks formed —
 * but the link is not open yet.
 */
async function joinWindow(seed: number): Promise<JoinWindow> {
  let slow = false;
  const sim = new DhtSim({ seed, encode: true, connectMs: (r) => (slow ? SLOW_CONNECT_MS : 20 + r() * 100) });
  await sim.form(10, 100);
  await sim.clock.advance(10_000);
  const ids = sim.live().map((x) => x.id).sort();
  const p = sim.nodes.get(ids[3]!)!;
  const s = sim.nodes.get(ids[4]!)!;
  slow = true;
  const n = sim.addNode(0, fromBigInt((toBigInt(p.id) + toBigInt(s.id)) / 2n));
  for (const other of [s, ...sim.live().filter((x) => x !== p && x !== s && x !== n).slice(0, 2)]) sim.link(n, other);
  await sim.clock.runUntil(() => p.dht.ring().successors[0] === n.id && sim.ringIsCorrect(), 60_000, 10);
  assert.equal(p.dht.ring().successors[0], n.id, 'p names the newcomer its successor');
  assert.ok(sim.ringIsCorrect(), 'every successor is right: the ring looks formed');
  assert.ok(!p.links.has(n.id), 'but p has no link to it yet');
  return { sim, p, n, s };
}

function holders(sim: DhtSim, key: string): string[] {
  return sim.live().filter((x) => x.dht.records().some((r) => r.key === key)).map((x) => x.id).sort();
}

/** The id k places clockwise after `id` among live nodes. */
function nextAfter(sim: DhtSim, id: string, k: number): string {
  const ids = sim.live().map((x) => x.id).sort();
  return ids[(ids.indexOf(id) + k) % ids.length]!;
}

test('a put right after a join, while the link to the new successor is still opening, is copied to it and the two after', async () => {
  const { sim, p, n } = await joinWindow(51);
  // p is the successor of its own id: it stores the value and copies it down its successor chain.
  const put = await sim.settle(p.dht.put(p.id, toUtf8Bytes('mine')));
  assert.equal(put.node, p.id);
  assert.equal(put.copies, 4, 'the successor and 3 replicas hold it');
  assert.deepEqual(holders(sim, p.id), [p.id, n.id, nextAfter(sim, n.id, 1), nextAfter(sim, n.id, 2)].sort());
});

test('a put for the newcomer\'s key, while the link to it is still opening, lands on the newcomer, not beside it', async () => {
  const { sim, p, n, s } = await joinWindow(51);
  // The newcomer's own id is its key: p must deliver it there, not to s in its stead (s passes
  // it back, and when it comes back again takes it as its own).
  const put = await sim.settle(p.dht.put(n.id, toUtf8Bytes('yours')));
  assert.equal(put.node, n.id, 'stored on the true successor');
  assert.equal(put.copies, 4);
  const reader = sim.live().find((x) => x !== p && x !== n && x !== s)!;
  const got = await sim.settle(reader.dht.get(n.id));
  assert.equal(got.node, n.id);
  assert.equal(new TextDecoder().decode(got.value), 'yours');
});
