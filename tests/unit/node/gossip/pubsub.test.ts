import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { MAX_RUMOR_DATA_BYTES } from '../../../../web/src/node/gossip/messages.ts';
import { bytes, DATA_TYPE, line, node, testNet, validateAll } from './helpers.ts';

test('announce notifies local subscribers and reaches every subscriber once, with origin and hops', async () => {
  const net = testNet(3, [[0, 1], [1, 2], [2, 0]], { subscribe: [0, 1, 2] });
  const messageId = node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1, 2, 3));
  assert.match(messageId, /^[0-9a-f]{32}$/);
  for (let i = 0; i < 3; i++) validateAll(net, i);
  await net.sim.clock.advance(1_000);
  for (const i of [1, 2]) validateAll(net, i);
  await net.sim.clock.advance(10_000);
  for (let i = 0; i < 3; i++) {
    assert.equal(net.inbox[i]?.length, 1, `node ${i} notified exactly once`);
    const note = net.inbox[i]?.[0];
    assert.equal(note?.messageId, messageId);
    assert.deepEqual(note?.data, bytes(1, 2, 3));
    assert.equal(note?.origin, node(net, 0).id);
    assert.equal(note?.dataType, DATA_TYPE);
  }
  assert.equal(net.inbox[0]?.[0]?.hops, 0);
  assert.equal(net.inbox[1]?.[0]?.hops, 1);
  const duplicates = net.nodes.reduce((sum, n) => sum + n.gossip.stats().duplicates, 0);
  assert.ok(duplicates >= 1, 'the triangle makes duplicates, and they are dropped');
  net.stop();
});

test('subscribers of other data types are not notified; an unsubscribed one no longer is', async () => {
  const net = testNet(2, [[0, 1]], { subscribe: [1] });
  const other: number[] = [];
  node(net, 1).gossip.subscribe(DATA_TYPE + 1, (n) => other.push(n.id));
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(500);
  assert.equal(net.inbox[1]?.length, 1);
  assert.equal(other.length, 0);
  const late: number[] = [];
  const sub = node(net, 1).gossip.subscribe(DATA_TYPE, (n) => late.push(n.id));
  sub.unsubscribe();
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(2));
  await net.sim.clock.advance(500);
  assert.equal(late.length, 0);
  net.stop();
});

test('ttl counts hops: ttl 2 reaches 2 hops and not 3, even through anti-entropy', async () => {
  const net = testNet(5, line(5), { subscribe: [1, 2, 3, 4] });
  node(net, 0).gossip.announce(2, DATA_TYPE, bytes(9));
  for (let t = 0; t < 30; t++) {
    for (let i = 1; i < 5; i++) validateAll(net, i);
    await net.sim.clock.advance(1_000);
  }
  assert.equal(net.inbox[1]?.[0]?.hops, 1);
  assert.equal(net.inbox[2]?.[0]?.hops, 2);
  assert.equal(net.inbox[3]?.length, 0);
  assert.equal(net.inbox[4]?.length, 0);
  net.stop();
});

test('ttl 0 is unlimited', async () => {
  const net = testNet(6, line(6), { subscribe: [5] });
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(9));
  await net.sim.clock.advance(2_000);
  assert.equal(net.inbox[5]?.[0]?.hops, 5);
  net.stop();
});

test('validation gating: not forwarded before the verdict, forwarded after true', async () => {
  const net = testNet(3, line(3), { subscribe: [1, 2] });
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(10_000);
  assert.equal(net.inbox[1]?.length, 1);
  assert.equal(net.inbox[2]?.length, 0, 'held back while node 1 has not validated');
  assert.equal(node(net, 1).gossip.stats().rumorsSent, 0);
  validateAll(net, 1, true);
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[2]?.length, 1, 'pushed at once after true');
  net.stop();
});

test('validation gating: a false first drops it; a later true is ignored', async () => {
  const net = testNet(3, line(3), { subscribe: [1, 2] });
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(100);
  validateAll(net, 1, false);
  validateAll(net, 1, true);
  await net.sim.clock.advance(30_000);
  assert.equal(net.inbox[2]?.length, 0);
  assert.equal(node(net, 1).gossip.stats().dropped.rejected, 1);
  net.stop();
});

test('validation gating: the first verdict of several subscribers decides', async () => {
  const net = testNet(3, line(3), { subscribe: [1, 2] });
  const second: number[] = [];
  node(net, 1).gossip.subscribe(DATA_TYPE, (n) => second.push(n.id));
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(100);
  validateAll(net, 1, true);
  node(net, 1).gossip.validate(second[0] ?? -1, false);
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[2]?.length, 1);
  net.stop();
});

test('validation gating: no verdict within the timeout drops it', async () => {
  const net = testNet(3, line(3), { subscribe: [1, 2], gossip: { validationTimeoutMs: 30_000 } });
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(33_000);
  assert.equal(node(net, 1).gossip.stats().dropped.unvalidated, 1);
  validateAll(net, 1, true);
  await net.sim.clock.advance(10_000);
  assert.equal(net.inbox[2]?.length, 0, 'too late');
  net.stop();
});

test('validation gating: the only subscriber leaving counts as no verdict', async () => {
  const net = testNet(3, line(3), { subscribe: [2] });
  const sub = node(net, 1).gossip.subscribe(DATA_TYPE, () => undefined);
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(100);
  sub.unsubscribe();
  assert.equal(node(net, 1).gossip.stats().dropped.unvalidated, 1);
  await net.sim.clock.advance(10_000);
  assert.equal(net.inbox[2]?.length, 0);
  net.stop();
});

test('without local subscribers a well-formed rumour is forwarded at once', async () => {
  const net = testNet(3, line(3), { subscribe: [2] });
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[2]?.length, 1);
  net.stop();
});

test('an announce is not echoed to the subscription named in except, and is forwarded at once', async () => {
  const net = testNet(2, [[0, 1]], { subscribe: [1] });
  const seen: string[] = [];
  const sender = node(net, 0).gossip.subscribe(DATA_TYPE, () => seen.push('sender'));
  node(net, 0).gossip.subscribe(DATA_TYPE, () => seen.push('other'));
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(5), { except: sender });
  assert.deepEqual(seen, ['other']);
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[1]?.length, 1, 'no verdict needed for our own announce');
  net.stop();
});

test('announce refuses bad arguments with typed errors', () => {
  const net = testNet(1, []);
  const gossip = node(net, 0).gossip;
  const code = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (error) {
      return error instanceof TabmeshError ? error.code : 'untyped';
    }
    return undefined;
  };
  assert.equal(code(() => gossip.announce(256, DATA_TYPE, bytes())), 'bad-field');
  assert.equal(code(() => gossip.announce(-1, DATA_TYPE, bytes())), 'bad-field');
  assert.equal(code(() => gossip.announce(0, 70_000, bytes())), 'bad-field');
  assert.equal(code(() => gossip.announce(0, DATA_TYPE, new Uint8Array(MAX_RUMOR_DATA_BYTES + 1))), 'oversized');
  assert.equal(code(() => gossip.announce(0, DATA_TYPE, new Uint8Array(MAX_RUMOR_DATA_BYTES))), undefined);
  assert.equal(code(() => gossip.subscribe(-1, () => undefined)), 'bad-field');
  net.stop();
});

test('a throwing subscriber costs the others nothing', async () => {
  const net = testNet(2, [[0, 1]], { subscribe: [1] });
  node(net, 1).gossip.subscribe(DATA_TYPE, () => {
    throw new Error('broken');
  });
  node(net, 0).gossip.announce(0, DATA_TYPE, bytes(1));
  await net.sim.clock.advance(100);
  assert.equal(net.inbox[1]?.length, 1);
  net.stop();
});
