import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rumorIdBytes } from '../../../../web/src/node/gossip/rumor-id.ts';
import type { GossipMessage } from '../../../../web/src/node/gossip/messages.ts';
import { GossipSim } from '../../../sim/gossip-sim.ts';
import { bytes, DATA_TYPE, node, testNet } from './helpers.ts';

test('anti-entropy delivers to the nodes the eager push missed', async () => {
  // A star: the centre pushes eagerly to 1 of its 5 neighbours; the leaves have no other link.
  const leaves = [1, 2, 3, 4, 5];
  const net = testNet(6, leaves.map((i) => [0, i] as [number, number]), { subscribe: leaves, gossip: { fanout: 1 } });
  const messageId = node(net, 0).gossip.announce(0, DATA_TYPE, bytes(4));
  await net.sim.clock.advance(100);
  assert.equal(net.inbox.filter((box) => box.length > 0).length, 1, 'the eager push reached one leaf');
  await net.sim.clock.advance(20_000);
  for (const i of leaves) assert.equal(net.inbox[i]?.[0]?.messageId, messageId, `leaf ${i} covered`);
  const centre = node(net, 0).gossip.stats();
  assert.equal(centre.rumorsServed, 4, 'each missed leaf fetched it once');
  assert.equal(centre.rumorsSent, 5);
  assert.ok(centre.digestsSent > 0);
  net.stop();
});

test('a node that missed a rumour pulls it with its own (empty) digest', async () => {
  // Only node 1 runs rounds: the holder (0) never initiates, so 1 must pull.
  const log: GossipMessage[] = [];
  const sim = new GossipSim({ seed: 3, encode: true, latencyMs: () => 10, onSend: (_f, _t, msg) => log.push(msg) });
  const [holder] = sim.addNodes(1, { antiEntropyIntervalMs: 3_600_000 });
  const [missing] = sim.addNodes(1);
  assert.ok(holder && missing);
  holder.gossip.start();
  const messageId = holder.gossip.announce(0, DATA_TYPE, bytes(1)); // no neighbours yet: the eager push goes nowhere
  sim.link(0, 1);
  missing.gossip.start();
  const got: string[] = [];
  missing.gossip.subscribe(DATA_TYPE, (n) => got.push(n.messageId));
  await sim.clock.advance(2_600);
  assert.deepEqual(got, [messageId]);
  const kinds = log.map((m) => m.kind).filter((k) => k === 'ihave' || k === 'iwant' || k === 'rumor');
  assert.deepEqual(kinds.slice(0, 4), ['ihave', 'ihave', 'iwant', 'rumor'], 'empty digest, answer digest, iwant, rumour');
  holder.gossip.stop();
  missing.gossip.stop();
});

test('an id is asked for once while a request is in flight, and again after the iwant timeout', async () => {
  const iwants: { from: number; to: number; ids: number }[] = [];
  const sim = new GossipSim({
    seed: 5,
    encode: true,
    latencyMs: () => 10,
    gossip: { antiEntropyIntervalMs: 3_600_000, samplingIntervalMs: 3_600_000, iwantTimeoutMs: 3_000 },
    onSend: (from, to, msg) => {
      if (msg.kind === 'iwant') iwants.push({ from, to, ids: msg.ids.length });
    },
  });
  sim.addNodes(3);
  sim.link(0, 1);
  sim.link(0, 2);
  sim.startAll();
  const id = rumorIdBytes('00112233445566778899aabbccddeeff');
  sim.inject(1, 0, { kind: 'ihave', ids: [id] });
  sim.inject(2, 0, { kind: 'ihave', ids: [id, id] });
  await sim.clock.advance(100);
  assert.deepEqual(iwants, [{ from: 0, to: 1, ids: 1 }], 'one request for the id, to the first holder');
  await sim.clock.advance(3_000);
  sim.inject(2, 0, { kind: 'ihave', ids: [id] });
  await sim.clock.advance(100);
  assert.deepEqual(iwants.at(-1), { from: 0, to: 2, ids: 1 }, 'asked again, of another holder, after the timeout');
  sim.nodes.forEach((n) => n.gossip.stop());
});

test('a partition heals: a rumour announced on one side reaches the other after the link is restored', async () => {
  const net = testNet(4, [[0, 1], [2, 3]], { subscribe: [1, 2, 3] });
  // A second subscriber on each node that validates everything at once.
  for (const i of [1, 2, 3]) node(net, i).gossip.subscribe(DATA_TYPE, (n) => node(net, i).gossip.validate(n.id, true));
  const messageId = node(net, 0).gossip.announce(0, DATA_TYPE, bytes(8));
  await net.sim.clock.advance(20_000);
  assert.equal(net.inbox[1]?.length, 1);
  assert.equal(net.inbox[2]?.length, 0);
  net.sim.link(1, 2);
  await net.sim.clock.advance(20_000);
  assert.equal(net.inbox[2]?.[0]?.messageId, messageId);
  assert.equal(net.inbox[3]?.[0]?.messageId, messageId);
  net.stop();
});
