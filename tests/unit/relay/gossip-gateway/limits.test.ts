/**
 * What one gossip client may take of the relay: subscriptions (per client and in total), its
 * announce rate (per client and per address, before the node's own budget, which every client
 * shares), and the size of an announce (what a mesh rumour carries). Past a limit the client is
 * closed with a logged reason and counted; the others carry on. Rates run on a virtual clock
 * that stands still, so nothing refills during a test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RUMOR_DATA_BYTES } from '../../../../web/src/node/gossip/messages.ts';
import { ORIGIN_RATE } from '../../../../web/src/node/gossip/constants.ts';
import { MAX_COURSE_GOSSIP_DATA_BYTES } from '../../../../relay/src/gossip-gateway/messages.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { capturedWarnings } from '../../../support/course-log.ts';
import { eventually } from '../../../support/framed-test-client.ts';
import { startTestGateway, TestClient } from './helpers.ts';
import { is, mesh, subscribed } from './mesh.ts';
import { announce, notification, notify, text } from './messages.ts';

test('a client subscribing past its cap is closed; its subscriptions end, the others keep theirs', async (t) => {
  const { relay, remote } = mesh();
  const { logger, lines } = capturedWarnings();
  const gateway = await startTestGateway(t, relay, { maxSubscriptionsPerClient: 3, logger });
  const other = await subscribed(t, gateway.port, relay, 9);
  const greedy = await TestClient.connect(t, gateway.port);
  greedy.send(notify(1), notify(2), notify(3), notify(4), notify(5));
  await Promise.race([greedy.closed, relay.waitForCount(is('subscribe'), 1 + 5)]);
  await eventually(() => greedy.isClosed, 'the greedy client closed');
  await relay.waitForCount(is('unsubscribe'), 3);
  assert.equal(relay.events.filter(is('subscribe')).length, 1 + 3, 'never a fourth subscription');
  assert.equal(gateway.stats().closes.subscriptions, 1);
  assert.equal(gateway.stats().subscriptions, 1);
  assert.ok(lines.some((line) => /subscriptions/.test(line)), `logged: ${lines.join(' | ')}`);
  // NOTIFY again for a type already held is no new subscription.
  other.send(notify(9), notify(9), notify(9), notify(9));
  remote.announce(0, 9, text('still subscribed'));
  assert.deepEqual(await other.next(), notification(0, 9, text('still subscribed')));
  assert.ok(!other.isClosed);
});

test('past the gateway-wide subscription cap a new subscription closes its client; existing ones stay', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay, { maxSubscriptions: 4 });
  const a = await subscribed(t, gateway.port, relay, 1, 2, 3);
  const b = await subscribed(t, gateway.port, relay, 4);
  const c = await TestClient.connect(t, gateway.port);
  c.send(notify(5));
  await Promise.race([c.closed, relay.waitFor(is('subscribe', (e) => e.dataType === 5))]);
  await eventually(() => c.isClosed, 'c closed');
  assert.equal(gateway.stats().closes.subscriptions, 1);
  assert.equal(gateway.stats().subscriptions, 4);
  remote.announce(0, 4, text('b'));
  assert.deepEqual(await b.next(), notification(0, 4, text('b')));
  await a.close();
  await relay.waitForCount(is('unsubscribe'), 3);
  const d = await subscribed(t, gateway.port, relay, 5);
  remote.announce(0, 5, text('room again'));
  assert.deepEqual(await d.next(), notification(0, 5, text('room again')));
});

test('a client announcing far too fast is closed; the other clients’ announces still reach the mesh', async (t) => {
  const { relay } = mesh();
  // The node's own budget, shared by every client of the gateway (ORIGIN_RATE for its own id).
  relay.announceBudget = ORIGIN_RATE.burst;
  const { logger, lines } = capturedWarnings();
  const gateway = await startTestGateway(t, relay, { clock: new VirtualClock(), logger });
  const reader = await subscribed(t, gateway.port, relay, 1);
  const flooder = await TestClient.connect(t, gateway.port);
  flooder.send(...Array.from({ length: 1000 }, (_, i) => announce(2, Uint8Array.of(i & 0xff))));
  await eventually(() => flooder.isClosed || gateway.stats().announcesReceived >= 1000, 'the flooder closed, or the whole flood read');
  assert.ok(flooder.isClosed, 'the flooder is closed');
  assert.equal(gateway.stats().closes['rate-limited'], 1);
  assert.ok(relay.announceBudget > 0, `the node's budget is not spent by one client (${relay.announceBudget} left)`);
  assert.ok(lines.some((line) => /rate-limited/.test(line)), `logged: ${lines.join(' | ')}`);

  const other = await TestClient.connect(t, gateway.port, { localAddress: '127.0.0.2' });
  other.send(announce(1, text('after the flood')));
  assert.deepEqual(await reader.next(), notification(0, 1, text('after the flood')));
  assert.equal(gateway.stats().announcesRejected, 0, 'no announce refused by the node');
});

test('the per-address rate is shared by that address’s connections; other addresses are unaffected', async (t) => {
  const { relay } = mesh();
  const gateway = await startTestGateway(t, relay, { clock: new VirtualClock(), announcesPerSecondPerClient: 100, announcesPerSecondPerAddress: 2 });
  const reader = await subscribed(t, gateway.port, relay, 1);
  const a = await TestClient.connect(t, gateway.port, { localAddress: '127.0.0.3' });
  const b = await TestClient.connect(t, gateway.port, { localAddress: '127.0.0.3' });
  // 2 a second, 4 seconds' worth of burst: 8 announces from 127.0.0.3 in all.
  a.send(...Array.from({ length: 5 }, (_, i) => announce(1, Uint8Array.of(i))));
  await relay.waitForCount(is('announce'), 5);
  b.send(...Array.from({ length: 5 }, (_, i) => announce(1, Uint8Array.of(10 + i))));
  await Promise.race([b.closed, relay.waitForCount(is('announce'), 10)]);
  await eventually(() => b.isClosed, 'b closed');
  assert.equal(relay.events.filter(is('announce')).length, 8);
  assert.equal(gateway.stats().closes['rate-limited'], 1);
  assert.ok(!a.isClosed);
  const c = await TestClient.connect(t, gateway.port, { localAddress: '127.0.0.4' });
  c.send(announce(1, text('another address')));
  for (let i = 0; i < 8; i++) await reader.next();
  assert.deepEqual(await reader.next(), notification(8, 1, text('another address')));
});

test('an ANNOUNCE larger than a mesh rumour carries closes its client as oversized; never dropped silently', async (t) => {
  const { relay } = mesh();
  const { logger, lines } = capturedWarnings();
  const gateway = await startTestGateway(t, relay, { logger });
  const reader = await subscribed(t, gateway.port, relay, 6);
  const fits = await TestClient.connect(t, gateway.port);
  const largest = new Uint8Array(MAX_RUMOR_DATA_BYTES).fill(7);
  fits.send(announce(6, largest));
  assert.deepEqual(await reader.next(), notification(0, 6, largest));
  // PROTOCOLS.md §1 allows up to MAX_COURSE_GOSSIP_DATA_BYTES; the mesh carries MAX_RUMOR_DATA_BYTES.
  for (const [i, size] of [MAX_RUMOR_DATA_BYTES + 1, MAX_COURSE_GOSSIP_DATA_BYTES].entries()) {
    const c = await TestClient.connect(t, gateway.port);
    c.send(announce(6, new Uint8Array(size)), notify(100 + i));
    await Promise.race([c.closed, relay.waitFor(is('subscribe', (e) => e.dataType === 100 + i))]);
    await eventually(() => c.isClosed, `the client of a ${size}-byte ANNOUNCE closed`);
    assert.ok(!relay.events.some(is('subscribe', (e) => e.dataType === 100 + i)), 'nothing read after it');
  }
  assert.equal(gateway.stats().closes.oversized, 2);
  assert.equal(gateway.stats().announcesRejected, 0, 'refused by the gateway, not handed to the mesh');
  assert.equal(lines.filter((line) => /oversized/.test(line)).length, 1, 'logged, at most once per interval and reason');
  assert.ok(!fits.isClosed);
});
