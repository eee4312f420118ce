import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { randomRumorId, rumorIdBytes } from '../../../../web/src/node/gossip/rumor-id.ts';
import { MAX_DIGEST_IDS } from '../../../../web/src/node/gossip/messages.ts';
import type { GossipMessageOf } from '../../../../web/src/node/gossip/messages.ts';
import { seededRandom } from '../../../support/random.ts';
import { simPeerId } from '../../../sim/gossip-sim.ts';
import { simSigner } from '../../../support/sim-signer.ts';
import { rumorPayload } from '../../../../web/src/node/gossip/signing.ts';
import { bytes, DATA_TYPE, node, testNet } from './helpers.ts';

const ids = seededRandom(99);
/** A rumour signed by its origin (the simulator's stand-in scheme), unless `signature` is given. */
function rumor(fields: Partial<GossipMessageOf<'rumor'>> = {}): GossipMessageOf<'rumor'> {
  const unsigned = { id: randomRumorId(ids), origin: simPeerId(500), ttl: 0, hops: 1, dataType: DATA_TYPE, data: bytes(1), ...fields };
  return { kind: 'rumor', ...unsigned, signature: fields.signature ?? simSigner(unsigned.origin).sign(rumorPayload(unsigned)) };
}

test('rate limit per origin: our own announces throw, others are dropped and counted', async () => {
  const net = testNet(2, [[0, 1]], { subscribe: [1], gossip: { originRate: { ratePerS: 1, burst: 2 } } });
  const gossip = node(net, 0).gossip;
  gossip.announce(0, DATA_TYPE, bytes(1));
  gossip.announce(0, DATA_TYPE, bytes(2));
  assert.throws(() => gossip.announce(0, DATA_TYPE, bytes(3)), (e: unknown) => e instanceof TabmeshError && e.code === 'rate-limited');
  await net.sim.clock.advance(1_000);
  gossip.announce(0, DATA_TYPE, bytes(4));
  for (let i = 0; i < 5; i++) net.sim.inject(0, 1, rumor());
  await net.sim.clock.advance(100);
  const stats = node(net, 1).gossip.stats();
  assert.equal(stats.dropped['rate-origin'], 3, 'two of the stranger origin five pass');
  assert.equal(net.inbox[1]?.length, 3 + 2);
  net.stop();
});

test('rate limit per link: the excess is dropped unseen, so another copy can still come in', async () => {
  const net = testNet(3, [[0, 1], [2, 1]], { subscribe: [1], gossip: { linkRumorRate: { ratePerS: 1, burst: 3 } } });
  const flood = [0, 1, 2, 3, 4].map((i) => rumor({ origin: simPeerId(600 + i) }));
  for (const r of flood) net.sim.inject(0, 1, r);
  await net.sim.clock.advance(100);
  assert.equal(node(net, 1).gossip.stats().dropped['rate-link'], 2);
  assert.equal(net.inbox[1]?.length, 3);
  net.sim.inject(2, 1, flood[4] as GossipMessageOf<'rumor'>);
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[1]?.length, 4, 'the same rumour over another link is accepted');
  net.stop();
});

test('a rumour not signed by the origin it names is dropped, reported, and does not shadow the genuine one', async () => {
  const net = testNet(2, [[0, 1]], { subscribe: [1] });
  const genuine = rumor({ origin: simPeerId(700) });
  // Same id and origin, other data: the signature no longer covers it.
  net.sim.inject(0, 1, { ...genuine, data: bytes(6, 6, 6) });
  // Signed, but by someone else than the origin it claims.
  net.sim.inject(0, 1, rumor({ origin: simPeerId(701), signature: simSigner(simPeerId(702)).sign(new Uint8Array(8)) }));
  await net.sim.clock.advance(100);
  assert.equal(node(net, 1).gossip.stats().dropped['bad-signature'], 2);
  assert.equal(node(net, 1).malformed.get(0), 2);
  assert.equal(net.inbox[1]?.length ?? 0, 0, 'no subscriber saw a forgery');
  net.sim.inject(0, 1, genuine);
  await net.sim.clock.advance(100);
  assert.deepEqual(net.inbox[1]?.map((n) => [...n.data]), [[1]], 'the genuine copy still gets in');
  net.stop();
});

test('impossible rumours are dropped and reported: hops above ttl, or zero hops over a link', async () => {
  const net = testNet(2, [[0, 1]], { subscribe: [1] });
  net.sim.inject(0, 1, rumor({ ttl: 2, hops: 3 }));
  net.sim.inject(0, 1, rumor({ hops: 0 }));
  net.sim.inject(0, 1, rumor({ ttl: 2, hops: 2 }));
  await net.sim.clock.advance(100);
  assert.equal(node(net, 1).gossip.stats().dropped.malformed, 2);
  assert.equal(node(net, 1).malformed.get(0), 2);
  assert.equal(net.inbox[1]?.length, 1, 'hops == ttl is delivered (and not forwarded)');
  net.stop();
});

test('an iwant flood gets each rumour once and then nothing; the node keeps working', async () => {
  const net = testNet(3, [[0, 1], [0, 2]], { subscribe: [2] });
  const messageId = node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1, 2));
  await net.sim.clock.advance(100);
  const want = [rumorIdBytes(messageId), ...Array.from({ length: MAX_DIGEST_IDS - 1 }, () => randomRumorId(ids))];
  const before = node(net, 0).gossip.stats().rumorsSent;
  for (let i = 0; i < 200; i++) net.sim.inject(1, 0, { kind: 'iwant', ids: want });
  await net.sim.clock.advance(100);
  const stats = node(net, 0).gossip.stats();
  assert.ok(stats.rumorsSent - before <= 1, `served at most once, sent ${stats.rumorsSent - before}`);
  assert.ok(stats.dropped['iwant-flood'] >= 150, 'the bucket stops the flood');
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(3));
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[2]?.length, 2);
  net.stop();
});

test('an ihave flood asks for each id once and is cut by the digest bucket', async () => {
  const net = testNet(2, [[0, 1]], { gossip: { antiEntropyIntervalMs: 3_600_000 } });
  const digest = Array.from({ length: MAX_DIGEST_IDS }, () => randomRumorId(ids));
  for (let i = 0; i < 100; i++) net.sim.inject(0, 1, { kind: 'ihave', ids: digest });
  await net.sim.clock.advance(100);
  const stats = node(net, 1).gossip.stats();
  assert.equal(stats.idsRequested, MAX_DIGEST_IDS, 'each id asked for once');
  assert.ok(stats.dropped['digest-flood'] >= 85);
  net.stop();
});

test('a view push naming one id twice is discarded and reported', async () => {
  const net = testNet(2, [[0, 1]], { gossip: { samplingIntervalMs: 3_600_000 } });
  const stranger = simPeerId(77);
  net.sim.inject(0, 1, { kind: 'gossipPush', entries: [{ id: stranger, age: 0 }, { id: stranger, age: 1 }] });
  await net.sim.clock.advance(100);
  assert.deepEqual(node(net, 1).gossip.view(), []);
  assert.equal(node(net, 1).malformed.get(0), 1);
  net.stop();
});

test('sends on a closed link are caught and counted', async () => {
  const net = testNet(2, [[0, 1]]);
  const gossip = node(net, 0).gossip;
  // The far end closed the link; the sender's neighbours() still lists it for a moment.
  node(net, 1).links.delete(0);
  gossip.announce(0, DATA_TYPE, bytes(1));
  assert.equal(gossip.stats().dropped['send-failed'], 1);
  await net.sim.clock.advance(20_000);
  assert.ok(gossip.stats().dropped['send-failed'] > 1, 'rounds go on');
  net.stop();
});
