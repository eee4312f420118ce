/**
 * The course gossip gateway against garbage, its connection and queue limits, a mesh that refuses
 * announces, and its own close; over real TCP on 127.0.0.1 and the fake gossip hub of
 * gateway.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startGossipGateway } from '../../../../relay/src/gossip-gateway/index.ts';
import { fromHex, startTestGateway, TestClient } from './helpers.ts';
import { is, mesh, subscribed } from './mesh.ts';
import { announce, notification, notify, text } from './messages.ts';

test('garbage closes only its own connection; the others keep working', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay);
  const a = await subscribed(t, gateway.port, relay, 1);
  const b = await subscribed(t, gateway.port, relay, 1);
  const garbage: [string, string][] = [
    ['size below 4', '0003 01f5 00'],
    ['size 0', '0000 0000'],
    ['unknown type', '0008 01f8 0000 0001'],
    ['a Tabmesh peer type', '0008 03ea 0000 0001'],
    ['NOTIFY of size 7', '0007 01f5 0000 01'],
    ['NOTIFY of size 9', '0009 01f5 0000 0001 00'],
    ['VALIDATION of size 6', '0006 01f7 0000'],
    ['VALIDATION of size 10', '000a 01f7 0000 0001 0000'],
    ['ANNOUNCE of size 7', '0007 01f4 00 00 01'],
    ['ANNOUNCE of size 4', '0004 01f4'],
    ['a NOTIFICATION sent to the gateway', '000a 01f6 0000 0001 6869'],
  ];
  for (const [i, [what, bytes]] of garbage.entries()) {
    const c = await subscribed(t, gateway.port, relay, 1);
    c.send(announce(1, text(`before ${i}`)));
    assert.deepEqual(await a.next(), notification(i, 1, text(`before ${i}`)), what);
    assert.deepEqual(await b.next(), notification(i, 1, text(`before ${i}`)), what);
    c.send(fromHex(bytes), notify(2));
    await c.closed;
    await relay.waitForCount(is('unsubscribe'), i + 1);
    assert.equal(gateway.stats().closes.malformed, i + 1, what);
    assert.ok(!relay.events.some(is('subscribe', (e) => e.dataType === 2)), `${what}: nothing after the garbage`);
  }
  a.send(announce(1, text('still here')));
  assert.deepEqual(await b.next(), notification(garbage.length, 1, text('still here')));
  remote.announce(0, 1, text('and here'));
  assert.deepEqual(await a.next(), notification(garbage.length, 1, text('and here')));
  assert.equal(gateway.stats().clients, 2);
});

test('connections beyond the per-address limit are closed; a freed place can be taken again', async (t) => {
  const { relay } = mesh();
  const gateway = await startTestGateway(t, relay, { maxClientsPerAddress: 2 });
  const a = await subscribed(t, gateway.port, relay, 1);
  const b = await subscribed(t, gateway.port, relay, 1);
  const c = await TestClient.connect(t, gateway.port);
  await c.closed;
  assert.equal(gateway.stats().refusedConnections['per-address'], 1);
  assert.equal(gateway.stats().clients, 2);

  a.send(announce(1, text('ok')));
  assert.deepEqual(await b.next(), notification(0, 1, text('ok')));

  await a.close();
  await relay.waitFor(is('unsubscribe'));
  const d = await subscribed(t, gateway.port, relay, 1);
  d.send(announce(1, text('d')));
  assert.deepEqual(await b.next(), notification(1, 1, text('d')));
  assert.equal(gateway.stats().refusedConnections['per-address'], 1);
});

test('a client that stops reading is dropped at its queue bound; one that reads is not', async (t) => {
  const { relay, remote } = mesh();
  const maxQueueBytes = 4 * 65_535;
  const gateway = await startTestGateway(t, relay, { maxQueueBytes });
  const slow = await subscribed(t, gateway.port, relay, 3);
  const fast = await subscribed(t, gateway.port, relay, 3);
  slow.socket.pause();
  const data = new Uint8Array(60_000);
  let sent = 0;
  // The kernel buffers of the stalled connection fill first, then the gateway's queue. Each round
  // waits for the reading client to get its copy, so its queue never holds more than one.
  while (gateway.stats().closes['slow-reader'] === 0 && sent < 5000) {
    remote.announce(0, 3, data);
    sent++;
    assert.deepEqual(await fast.next(), notification(sent - 1, 3, data));
  }
  await relay.waitFor(is('unsubscribe'));
  slow.socket.resume(); // reads what the kernel holds, then the end of the stream
  await slow.closed;
  const stats = gateway.stats();
  assert.equal(stats.closes['slow-reader'], 1, `dropped after ${sent} notifications`);
  assert.ok(sent > maxQueueBytes / data.length, 'not before its queue was full');
  assert.equal(stats.clients, 1);
  remote.announce(0, 3, text('after'));
  assert.deepEqual(await fast.next(), notification(sent, 3, text('after')));
  assert.ok(!fast.isClosed);
});

test('an announce the mesh refuses leaves the client connected', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay);
  const a = await subscribed(t, gateway.port, relay, 6);
  relay.rejectAnnounces = 'rate-limited';
  a.send(announce(6, text('too fast')), notify(100));
  await relay.waitFor(is('subscribe', (e) => e.dataType === 100));
  assert.equal(relay.events.filter(is('announce')).length, 0);
  assert.deepEqual([gateway.stats().announcesRejected, gateway.stats().announcesReceived, gateway.stats().announcesForwarded], [1, 1, 0]);
  remote.announce(0, 6, text('marker'));
  assert.deepEqual(await a.next(), notification(0, 6, text('marker')));
  assert.ok(!a.isClosed);
});

test('close() ends every connection and subscription, once', async (t) => {
  const { relay } = mesh();
  const gateway = await startGossipGateway({ host: '127.0.0.1', port: 0, gossip: relay });
  const a = await subscribed(t, gateway.port, relay, 1, 2);
  await Promise.all([gateway.close(), gateway.close(), a.closed]);
  assert.equal(relay.activeSubscriptions, 0);
  assert.equal(gateway.stats().clients, 0);
  await assert.rejects(TestClient.connect(t, gateway.port), /ECONNREFUSED/);
});

test('bad limits are refused at start', async () => {
  const { relay } = mesh();
  await assert.rejects(startGossipGateway({ host: '127.0.0.1', port: 0, gossip: relay, maxQueueBytes: 1000 }), /maxQueueBytes/);
  await assert.rejects(startGossipGateway({ host: '127.0.0.1', port: 0, gossip: relay, maxClientsPerAddress: 0 }), /maxClientsPerAddress/);
  await assert.rejects(startGossipGateway({ host: '127.0.0.1', port: 0, gossip: relay, maxPendingValidations: 65_536 }), /maxPendingValidations/);
});
