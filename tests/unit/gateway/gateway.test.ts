/**
 * The course gossip gateway over real TCP on 127.0.0.1, on a fake gossip hub of two nodes:
 * node 0 is the relay (the gateway's GossipApi), node 1 stands for the rest of the mesh.
 *
 * No test waits on time: "A got nothing" is shown by ordering — the gateway writes to a socket in
 * the order it handles events, and the hub delivers synchronously — so the first message A sees
 * after its own announce is a later marker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';
import { startGossipGateway } from '../../../relay/src/gateway/index.ts';
import { encodeCourseGossipMessage } from '../../../web/src/node/wire/course-gossip.ts';
import { FrameSplitter } from '../../../web/src/node/wire/splitter.ts';
import { FakeGossipHub, type FakeEvent, type FakeGossipNode } from './fake-gossip.ts';
import { fromHex, hex, recordSocketWrites, startTestGateway, TestClient } from './helpers.ts';
import { announce, notification, notify, text, validation } from './messages.ts';

const is =
  <K extends FakeEvent['kind']>(kind: K, extra: (e: Extract<FakeEvent, { kind: K }>) => boolean = () => true) =>
  (e: FakeEvent): boolean =>
    e.kind === kind && extra(e as Extract<FakeEvent, { kind: K }>);

/** The rumour ids of a node's own announces, in order. */
function announcedIds(node: FakeGossipNode): string[] {
  return node.events.flatMap((e) => (e.kind === 'announce' ? [e.messageId] : []));
}

function mesh(): { relay: FakeGossipNode; remote: FakeGossipNode } {
  const hub = new FakeGossipHub(2);
  return { relay: hub.node(0), remote: hub.node(1) };
}

async function subscribed(t: Parameters<typeof TestClient.connect>[0], port: number, relay: FakeGossipNode, ...dataTypes: number[]) {
  const before = relay.events.filter(is('subscribe')).length;
  const client = await TestClient.connect(t, port);
  client.send(...dataTypes.map(notify));
  await relay.waitForCount(is('subscribe'), before + dataTypes.length);
  return client;
}

test('A announces: B gets the NOTIFICATION byte for byte, A nothing; verdicts reach the gossip service', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay);
  const a = await subscribed(t, gateway.port, relay, 42);
  const b = await subscribed(t, gateway.port, relay, 42);
  const meshSide: string[] = [];
  remote.subscribe(42, (n) => meshSide.push(Buffer.from(n.data).toString()));

  a.send(announce(42, text('hi'), 3));
  // size 10 · type 502 · messageId 0 · dataType 42 · "hi"
  assert.equal(hex(await b.nextFrame()), '000a01f60000002a6869');
  const announced = relay.events.find(is('announce'));
  assert.ok(announced?.kind === 'announce');
  assert.deepEqual(
    { ttl: announced.ttl, dataType: announced.dataType, data: announced.data, excepted: announced.except !== null },
    { ttl: 3, dataType: 42, data: '6869', excepted: true },
  );
  assert.deepEqual(meshSide, ['hi'], 'the announce went into the mesh');

  // A mesh-side announce reaches both; for A it is the first message at all.
  remote.announce(0, 42, text('from the mesh'));
  assert.deepEqual(await a.next(), notification(0, 42, text('from the mesh')));
  assert.deepEqual(await b.next(), notification(1, 42, text('from the mesh')));

  b.send(validation(0, true));
  const bVerdict = await relay.waitFor(is('validate'));
  assert.deepEqual(bVerdict, { kind: 'validate', notificationId: 0, valid: true, messageId: announced.messageId });
  a.send(validation(0, false));
  const aVerdict = await relay.waitFor(is('validate', (e) => !e.valid));
  assert.deepEqual(aVerdict, { kind: 'validate', notificationId: 1, valid: false, messageId: announcedIds(remote)[0] });

  assert.equal(a.unread + b.unread, 0);
  const stats = gateway.stats();
  assert.deepEqual(
    {
      clients: stats.clients,
      subscriptions: stats.subscriptions,
      notificationsSent: stats.notificationsSent,
      announcesReceived: stats.announcesReceived,
      validationsReceived: stats.validationsReceived,
      pendingValidations: stats.pendingValidations,
      malformedCloses: stats.malformedCloses,
    },
    { clients: 2, subscriptions: 2, notificationsSent: 3, announcesReceived: 1, validationsReceived: 2, pendingValidations: 1, malformedCloses: 0 },
  );
});

test('a client with several subscriptions never hears its own announce; a repeated NOTIFY is one subscription', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay);
  const a = await subscribed(t, gateway.port, relay, 1, 2);
  a.send(notify(1), notify(2), announce(1, text('mine')), announce(2, text('mine too')));
  const b = await subscribed(t, gateway.port, relay, 1, 2);
  // b subscribed after a's announces were handled (one stream, in order), so it saw none of them.
  assert.equal(relay.events.filter(is('subscribe')).length, 4, 'the repeated NOTIFYs added nothing');
  assert.equal(gateway.stats().subscriptions, 4);
  assert.equal(relay.events.filter(is('announce', (e) => e.except !== null)).length, 2);

  a.send(announce(2, text('again')));
  assert.deepEqual(await b.next(), notification(0, 2, text('again')));
  remote.announce(0, 1, text('marker'));
  assert.deepEqual(await a.next(), notification(0, 1, text('marker')), 'nothing of its own came before the marker');
  assert.deepEqual(await b.next(), notification(1, 1, text('marker')));
});

test('NOTIFY and ANNOUNCE in one read, and every split of a message stream into two reads', async (t) => {
  const { relay } = mesh();
  const gateway = await startTestGateway(t, relay);
  const stream = Buffer.concat(
    [notify(7), notify(9), announce(7, text('seven'), 2), validation(0, true), announce(9, new Uint8Array(), 0), notify(11)].map(
      encodeCourseGossipMessage,
    ),
  );
  const expected = [
    'subscribe 7',
    'subscribe 9',
    'announce 2 7 736576656e except',
    'announce 0 9  except',
    'subscribe 11',
    'unsubscribe 7',
    'unsubscribe 9',
    'unsubscribe 11',
  ];
  const summary = (e: FakeEvent): string =>
    e.kind === 'announce'
      ? `announce ${e.ttl} ${e.dataType} ${e.data} ${e.except === null ? 'none' : 'except'}`
      : e.kind === 'subscribe' || e.kind === 'unsubscribe'
        ? `${e.kind} ${e.dataType}`
        : e.kind;

  // What the gateway's splitter is fed, so the test knows the first piece arrived on its own.
  const proto = FrameSplitter.prototype;
  const push = proto.push;
  let fed = 0;
  let onFed: (() => void) | null = null;
  proto.push = function (this: FrameSplitter, chunk: Uint8Array) {
    fed += chunk.length;
    onFed?.();
    return push.call(this, chunk);
  };
  t.after(() => {
    proto.push = push;
  });

  for (let cut = 0; cut <= stream.length; cut++) {
    relay.events.length = 0;
    fed = 0;
    const client = await TestClient.connect(t, gateway.port);
    if (cut > 0) {
      client.socket.write(stream.subarray(0, cut));
      while (fed < cut) await new Promise<void>((resolve) => (onFed = resolve));
      assert.equal(fed, cut, `cut ${cut}: the first piece was read alone`);
    }
    client.socket.write(stream.subarray(cut));
    await relay.waitFor(is('subscribe', (e) => e.dataType === 11));
    await client.close();
    await relay.waitFor(is('unsubscribe', (e) => e.dataType === 11));
    assert.deepEqual(relay.events.map(summary), expected, `cut at ${cut}`);
  }
  const stats = gateway.stats();
  const runs = stream.length + 1;
  assert.equal(stats.announcesReceived, 2 * runs);
  assert.equal(stats.validationsReceived, runs);
  assert.equal(stats.unknownValidations, runs, 'validation of an id never sent is ignored');
  assert.equal(stats.malformedCloses, 0);
});

test('one NOTIFICATION per socket write, never gathered, even after the client stopped reading', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay, { maxQueueBytes: 32 * 1024 * 1024 });
  const writesFrom = recordSocketWrites(t);
  const client = await subscribed(t, gateway.port, relay, 5);
  const count = 400;
  const big = new Uint8Array(60_000).fill(0xab);
  // Stop reading until 12 MB wait for the client: the kernel buffers fill and later writes
  // complete late (where Node would otherwise gather the queued ones into one writev).
  client.socket.pause();
  for (let i = 0; i < count; i++) remote.announce(0, 5, i % 2 ? big : Uint8Array.of(i));
  client.socket.resume();
  for (let i = 0; i < count; i++) {
    const msg = await client.next();
    assert.equal(msg.kind === 'gossipNotification' && msg.messageId, i);
  }
  const writes = writesFrom(gateway.port);
  assert.ok(writes.some((w) => w.late), 'some writes completed only after the client read again');
  assert.equal(writes.filter((w) => w.writev).length, 0, 'no writev');
  assert.equal(writes.length, count);
  for (const [i, write] of writes.entries()) {
    const frames = new FrameSplitter().push(write.chunks[0]!);
    assert.ok(frames.ok);
    assert.equal(frames.value.length, 1, `write ${i} holds one whole message`);
    assert.equal(frames.value[0]!.length, write.chunks[0]!.length);
  }
  assert.equal(hex(Buffer.concat(writes.map((w) => w.chunks[0]!))), hex(Buffer.concat(client.frames)));
  assert.equal(gateway.stats().notificationsSent, count);
  // What the client's reads looked like is up to TCP (segments can merge on the way); it is not
  // asserted here. The recorder does see gathering when it happens:
  const control = createServer((socket: Socket) => {
    socket.cork();
    for (let i = 0; i < 3; i++) socket.write(encodeCourseGossipMessage(notification(i, 5, Uint8Array.of(i))));
    socket.uncork();
  });
  control.listen(0, '127.0.0.1');
  await once(control, 'listening');
  t.after(() => control.close());
  const controlPort = (control.address() as { port: number }).port;
  const probe = await TestClient.connect(t, controlPort);
  for (let i = 0; i < 3; i++) await probe.next();
  assert.deepEqual(
    writesFrom(controlPort).map((w) => [w.writev, w.chunks.length]),
    [[true, 3]],
  );
  await probe.close();
});

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
    assert.equal(gateway.stats().malformedCloses, i + 1, what);
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
  assert.equal(gateway.stats().refusedConnections, 1);
  assert.equal(gateway.stats().clients, 2);

  a.send(announce(1, text('ok')));
  assert.deepEqual(await b.next(), notification(0, 1, text('ok')));

  await a.close();
  await relay.waitFor(is('unsubscribe'));
  const d = await subscribed(t, gateway.port, relay, 1);
  d.send(announce(1, text('d')));
  assert.deepEqual(await b.next(), notification(1, 1, text('d')));
  assert.equal(gateway.stats().refusedConnections, 1);
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
  while (gateway.stats().slowClientDrops === 0 && sent < 5000) {
    remote.announce(0, 3, data);
    sent++;
    assert.deepEqual(await fast.next(), notification(sent - 1, 3, data));
  }
  await relay.waitFor(is('unsubscribe'));
  slow.socket.resume(); // reads what the kernel holds, then the end of the stream
  await slow.closed;
  const stats = gateway.stats();
  assert.equal(stats.slowClientDrops, 1, `dropped after ${sent} notifications`);
  assert.ok(sent > maxQueueBytes / data.length, 'not before its queue was full');
  assert.equal(stats.clients, 1);
  remote.announce(0, 3, text('after'));
  assert.deepEqual(await fast.next(), notification(sent, 3, text('after')));
  assert.ok(!fast.isClosed);
});

test('disconnecting unsubscribes: notifications it never answered count as not validated', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay);
  const a = await subscribed(t, gateway.port, relay, 8, 9);
  remote.announce(0, 8, text('one'));
  remote.announce(0, 9, text('two'));
  remote.announce(0, 8, text('three'));
  for (let i = 0; i < 3; i++) await a.next();
  a.send(validation(1, true));
  await relay.waitFor(is('validate'));
  assert.equal(gateway.stats().pendingValidations, 2);
  await a.close();
  await relay.waitForCount(is('unsubscribe'), 2);
  assert.deepEqual(
    relay.events.filter((e) => e.kind === 'abandoned' || e.kind === 'validate').map((e) => `${e.kind} ${(e as { notificationId: number }).notificationId}`).sort(),
    ['abandoned 0', 'abandoned 2', 'validate 1'],
  );
  assert.equal(relay.activeSubscriptions, 0);
  assert.equal(relay.pendingNotifications, 0);
  const stats = gateway.stats();
  assert.deepEqual([stats.clients, stats.subscriptions, stats.pendingValidations], [0, 0, 0]);
});

test('unanswered notifications past the bound are settled as not valid; unknown and repeated verdicts are ignored', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay, { maxPendingValidations: 2 });
  const a = await subscribed(t, gateway.port, relay, 4);
  for (const word of ['a', 'b', 'c']) remote.announce(0, 4, text(word));
  for (let i = 0; i < 3; i++) assert.deepEqual(await a.next(), notification(i, 4, text(['a', 'b', 'c'][i]!)));
  assert.deepEqual(relay.events.filter(is('validate')), [
    { kind: 'validate', notificationId: 0, valid: false, messageId: announcedIds(remote)[0] },
  ]);
  a.send(validation(0, true), validation(2, true), validation(2, true), validation(999, false));
  await relay.waitForCount(is('validate'), 2);
  a.send(notify(4)); // a round trip: everything before it was handled
  remote.announce(0, 4, text('d'));
  assert.deepEqual(await a.next(), notification(3, 4, text('d')));
  const stats = gateway.stats();
  assert.equal(stats.evictedValidations, 1);
  assert.equal(stats.validationsReceived, 4);
  assert.equal(stats.unknownValidations, 3);
  assert.deepEqual(
    relay.events.filter(is('validate')).map((e) => e.kind === 'validate' && [e.notificationId, e.valid]),
    [[0, false], [2, true]],
  );
});

test('an announce the mesh refuses leaves the client connected', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay);
  const a = await subscribed(t, gateway.port, relay, 6);
  relay.rejectAnnounces = 'rate-limited';
  a.send(announce(6, text('too fast')), notify(100));
  await relay.waitFor(is('subscribe', (e) => e.dataType === 100));
  // An oversized one (the mesh carries less than the course protocol allows) is refused too.
  relay.rejectAnnounces = null;
  a.send(announce(6, new Uint8Array(65_527)), notify(101));
  await relay.waitFor(is('subscribe', (e) => e.dataType === 101));
  assert.equal(relay.events.filter(is('announce')).length, 0);
  assert.equal(gateway.stats().announcesRejected, 2);
  assert.equal(gateway.stats().announcesReceived, 2);
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
