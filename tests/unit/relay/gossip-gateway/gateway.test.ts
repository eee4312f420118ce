/**
 * The course gossip gateway over real TCP on 127.0.0.1, on a fake gossip hub of two nodes:
 * node 0 is the relay (the gateway's GossipApi), node 1 stands for the rest of the mesh. What
 * NOTIFY, ANNOUNCE and VALIDATION do; streams cut anywhere; one NOTIFICATION per write; what
 * disconnecting and unanswered notifications settle. Garbage, limits and slow readers are in
 * robustness.test.ts.
 *
 * No test waits on time: "A got nothing" is shown by ordering — the gateway writes to a socket in
 * the order it handles events, and the hub delivers synchronously — so the first message A sees
 * after its own announce is a later marker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';
import { COURSE_GOSSIP_MESSAGES } from '../../../../relay/src/gossip-gateway/messages.ts';
import { FrameSplitter } from '../../../../web/src/node/wire/splitter.ts';
import { cutStreamWriter } from '../../../support/cut-stream.ts';
import type { FakeEvent } from './fake-gossip.ts';
import { hex, recordSocketWrites, startTestGateway, TestClient } from './helpers.ts';
import { announcedIds, is, mesh, subscribed } from './mesh.ts';
import { announce, notification, notify, text, validation } from './messages.ts';

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
      malformedCloses: stats.closes.malformed,
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
  // Every run is a new client of 127.0.0.1 with two announces: far more than one address's rate.
  const gateway = await startTestGateway(t, relay, { announcesPerSecondPerAddress: 1e6 });
  const stream = Buffer.concat(
    [notify(7), notify(9), announce(7, text('seven'), 2), validation(0, true), announce(9, new Uint8Array(), 0), notify(11)].map((m) =>
      COURSE_GOSSIP_MESSAGES.encode(m),
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

  const writeCut = cutStreamWriter(t);

  for (let cut = 0; cut <= stream.length; cut++) {
    relay.events.length = 0;
    const client = await TestClient.connect(t, gateway.port);
    await writeCut(client.socket, stream, cut);
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
  assert.equal(stats.closes.malformed, 0);
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
    for (let i = 0; i < 3; i++) socket.write(COURSE_GOSSIP_MESSAGES.encode(notification(i, 5, Uint8Array.of(i))));
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
