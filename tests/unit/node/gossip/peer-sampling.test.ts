import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PeerSampling } from '../../../../web/src/node/gossip/peer-sampling.ts';
import type { GossipMessage, GossipMessageOf } from '../../../../web/src/node/gossip/messages.ts';
import { GossipSim, simPeerId } from '../../../sim/gossip-sim.ts';
import { fakeContext, fakeLink } from './fakes.ts';

const [self, a, b, c] = [0, 1, 2, 3].map(simPeerId) as [string, string, string, string];

function only<K extends GossipMessage['kind']>(msgs: { msg: GossipMessage }[], kind: K): GossipMessageOf<K>[] {
  return msgs.map((s) => s.msg).filter((m): m is GossipMessageOf<K> => m.kind === kind);
}

test('two services exchange push, pull and response, and learn each other', async () => {
  const log: { from: number; msg: GossipMessage }[] = [];
  const sim = new GossipSim({ seed: 2, encode: true, onSend: (from, _to, msg) => log.push({ from, msg }) });
  sim.addNodes(2);
  sim.link(0, 1);
  sim.startAll();
  await sim.clock.advance(6_500);
  const [n0, n1] = sim.nodes as [(typeof sim.nodes)[0], (typeof sim.nodes)[0]];
  assert.deepEqual(n0.gossip.view().map((e) => e.id), [n1.id]);
  assert.deepEqual(n1.gossip.view().map((e) => e.id), [n0.id]);
  for (const from of [0, 1]) {
    const mine = log.filter((l) => l.from === from);
    const pulls = only(mine, 'gossipPull');
    assert.ok(pulls.length >= 1 && only(mine, 'gossipPush').length === pulls.length, 'a push with every pull');
    const answers = only(log.filter((l) => l.from !== from), 'gossipResponse');
    for (const pull of pulls) assert.ok(answers.some((r) => r.nonce === pull.nonce), 'each pull answered under its nonce');
  }
  for (const push of only(log, 'gossipPush')) assert.equal(push.entries[0]?.age, 0, 'the sender at age 0 first');
  sim.nodes.forEach((n) => n.gossip.stop());
});

test('the receiver of a push merges it and answers a pull with its sample', () => {
  const { ctx, sent } = fakeContext(self, [a]);
  const sampling = new PeerSampling(ctx);
  sampling.onPush({ kind: 'gossipPush', entries: [{ id: a, age: 0 }, { id: b, age: 3 }, { id: self, age: 1 }] }, fakeLink(a));
  assert.deepEqual(sampling.view(), [{ id: a, age: 0 }, { id: b, age: 4 }], 'hearsay is a round older');
  sampling.onPull({ kind: 'gossipPull', nonce: 77 }, fakeLink(a));
  const [response] = only(sent, 'gossipResponse');
  assert.equal(response?.nonce, 77);
  assert.deepEqual(response?.entries, [{ id: self, age: 0 }, { id: b, age: 4 }], 'itself, and not the asker');
});

test('a response with an unknown nonce, or from another peer than asked, is ignored', () => {
  const { ctx, sent } = fakeContext(self, [a]);
  const sampling = new PeerSampling(ctx);
  sampling.round();
  const [pull] = only(sent, 'gossipPull');
  assert.ok(pull);
  sampling.onResponse({ kind: 'gossipResponse', nonce: (pull.nonce + 1) >>> 0, entries: [{ id: b, age: 0 }] }, fakeLink(a));
  sampling.onResponse({ kind: 'gossipResponse', nonce: pull.nonce, entries: [{ id: b, age: 0 }] }, fakeLink(c));
  assert.deepEqual(sampling.view(), []);
  sampling.onResponse({ kind: 'gossipResponse', nonce: pull.nonce, entries: [{ id: a, age: 0 }, { id: b, age: 1 }] }, fakeLink(a));
  assert.deepEqual(sampling.view().map((e) => e.id), [a, b]);
  sampling.onResponse({ kind: 'gossipResponse', nonce: pull.nonce, entries: [{ id: c, age: 0 }] }, fakeLink(a));
  assert.equal(sampling.view().length, 2, 'a nonce answers once');
});

test('a response after the pull timeout is ignored', async () => {
  const { ctx, sent, clock } = fakeContext(self, [a]);
  const sampling = new PeerSampling(ctx);
  sampling.round();
  const [pull] = only(sent, 'gossipPull');
  await clock.advance(ctx.config.pullTimeoutMs + 1);
  sampling.onResponse({ kind: 'gossipResponse', nonce: pull?.nonce ?? 0, entries: [{ id: a, age: 0 }] }, fakeLink(a));
  assert.deepEqual(sampling.view(), []);
});

test('a corrupt list is discarded and reported', () => {
  const { ctx } = fakeContext(self, [a]);
  const sampling = new PeerSampling(ctx);
  const link = fakeLink(a);
  sampling.onPush({ kind: 'gossipPush', entries: [{ id: b, age: 0 }, { id: b, age: 5 }] }, link);
  assert.deepEqual(sampling.view(), []);
  assert.equal(link.malformed, 1);
  assert.equal(ctx.stats.dropped.malformed, 1);
});

test('each round ages the view; a node that stops answering leaves after the max age', async () => {
  const sim = new GossipSim({ seed: 4, gossip: { maxAgeRounds: 6 } });
  sim.addNodes(4);
  for (const [x, y] of [[0, 1], [1, 2], [2, 3], [3, 0]] as const) sim.link(x, y);
  sim.startAll();
  await sim.clock.advance(60_000);
  const dead = sim.nodes[2] as (typeof sim.nodes)[0];
  for (const node of sim.nodes) if (node !== dead) assert.ok(node.gossip.view().some((e) => e.id === dead.id), 'known to all before');
  sim.kill(2);
  // 6 rounds of at most 6 s (5 s ± 20%), plus the round it was last heard in.
  await sim.clock.advance(7 * 6_000 + 1);
  for (const node of sim.nodes) if (node !== dead) assert.ok(!node.gossip.view().some((e) => e.id === dead.id), 'aged out');
  assert.ok((sim.nodes[0]?.gossip.view().length ?? 0) >= 2, 'the live ones stay');
  sim.nodes.forEach((n) => n.gossip.stop());
});
