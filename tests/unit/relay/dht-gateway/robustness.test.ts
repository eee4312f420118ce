/**
 * The course DHT gateway when things go wrong: garbage from one client, too many clients, a
 * client that does not read, a DHT that fails or never answers, half-closed and closed
 * connections. Deadlines run on a virtual clock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Socket } from 'node:net';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { startDhtGateway } from '../../../../relay/src/dht-gateway/index.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { FakeDht } from './fake-dht.ts';
import { concat, DhtTestClient, eventually, failure, fromHex, get, keyOf, put, roundTrip, startTestGateway, success, text } from './helpers.ts';

const KEY = '01' + '11'.repeat(31);

test('garbage closes only its own connection, at once; the others keep working', async (t) => {
  const dht = new FakeDht();
  dht.store.set(keyOf(1), text('kept'));
  const gateway = await startTestGateway(t, dht);
  const a = await DhtTestClient.connect(t, gateway.port);
  const garbage: [string, string][] = [
    ['size below 4', '0003 028b 00'],
    ['size 0', '0000 0000'],
    ['unknown type 654', `0024 028e ${KEY}`],
    ['a gossip API type (NOTIFY)', '0008 01f5 0000 0001'],
    ['a Tabmesh peer type', `0024 03e8 ${KEY}`],
    ['GET of size 35 (truncated key)', `0023 028b ${KEY.slice(0, 62)}`],
    ['GET of size 37 (oversized)', `0025 028b ${KEY} 00`],
    ['GET of size 4', '0004 028b'],
    ['PUT of size 39 (truncated fixed part)', `0027 028a 0000 00 00 ${KEY.slice(0, 62)}`],
    ['FAILURE of size 37 (oversized)', `0025 028d ${KEY} 00`],
    ['a SUCCESS sent to the gateway', `0026 028c ${KEY} 6869`],
    ['a FAILURE sent to the gateway', `0024 028d ${KEY}`],
  ];
  for (const [i, [what, bytes]] of garbage.entries()) {
    const c = await DhtTestClient.connect(t, gateway.port);
    c.send(get(1));
    assert.deepEqual(await c.next(), success(1, text('kept')), what);
    // A held GET of c is aborted by the close; a PUT after the garbage never reaches the DHT.
    dht.hold = true;
    c.send(get(2));
    await dht.until(() => dht.held.length === 1, `${what}: GET held`);
    const held = dht.held[0]!;
    dht.hold = false;
    c.send(fromHex(bytes), put(9, text('after garbage')));
    await c.closed;
    assert.equal(c.unread, 0, `${what}: no answer after the garbage`);
    await dht.until(() => held.state === 'aborted', `${what}: the held GET aborted`);
    assert.equal(gateway.stats().closes.malformed, i + 1, what);
    assert.ok(!dht.calls.some((call) => call.key === keyOf(9)), `${what}: nothing after the garbage`);
    a.send(get(1));
    assert.deepEqual(await a.next(), success(1, text('kept')), `${what}: the other client carries on`);
  }
  const stats = gateway.stats();
  assert.deepEqual([stats.clients, stats.inFlight, stats.getsFailed], [1, 0, 0]);
});

test('a stream that ends inside a message closes the connection as malformed', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht);
  const c = await DhtTestClient.connect(t, gateway.port, { allowHalfOpen: true });
  c.socket.end(fromHex(`0024 028b ${KEY.slice(0, 40)}`));
  await c.closed;
  assert.equal(gateway.stats().closes.malformed, 1);
  assert.equal(dht.calls.length, 0);
});

test('connections beyond the per-address or total limit are closed; a freed place can be taken again', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht, { maxClientsPerAddress: 2 });
  const a = await DhtTestClient.connect(t, gateway.port);
  const b = await DhtTestClient.connect(t, gateway.port);
  const c = await DhtTestClient.connect(t, gateway.port);
  await c.closed;
  assert.deepEqual([gateway.stats().refusedConnections['per-address'], gateway.stats().clients], [1, 2]);
  assert.deepEqual(await roundTrip(b), [], 'the admitted ones work');
  await a.close();
  await eventually(() => gateway.stats().clients === 1, 'a gone');
  const d = await DhtTestClient.connect(t, gateway.port);
  assert.deepEqual(await roundTrip(d), []);
  assert.equal(gateway.stats().refusedConnections['per-address'], 1);

  const single = await startTestGateway(t, dht, { maxClients: 1 });
  const first = await DhtTestClient.connect(t, single.port);
  const second = await DhtTestClient.connect(t, single.port);
  await second.closed;
  assert.deepEqual(await roundTrip(first), []);
  assert.equal(single.stats().refusedConnections.capacity, 1);
});

test('a client that never reads is dropped at its queue bound; one that reads is not', async (t) => {
  const dht = new FakeDht();
  const big = new Uint8Array(60_000).fill(0xab);
  dht.store.set(keyOf(1), big);
  const maxQueueBytes = 4 * 65_535;
  const gateway = await startTestGateway(t, dht, { maxQueueBytes });
  const slow = await DhtTestClient.connect(t, gateway.port);
  const fast = await DhtTestClient.connect(t, gateway.port);
  slow.socket.pause();
  let sent = 0;
  // The kernel buffers of the stalled connection fill first, then the gateway's queue. Each round
  // waits for the reading client's own answer, so its queue never holds more than one.
  while (gateway.stats().closes['slow-reader'] === 0 && sent < 5000) {
    slow.send(get(1));
    sent++;
    fast.send(get(1));
    assert.deepEqual(await fast.next(), success(1, big));
  }
  slow.socket.resume(); // reads what the kernel holds, then the end of the stream
  await slow.closed;
  const stats = gateway.stats();
  assert.equal(stats.closes['slow-reader'], 1, `dropped after ${sent} GETs`);
  assert.ok(sent > maxQueueBytes / big.length, 'not before its queue was full');
  assert.equal(stats.clients, 1);
  assert.deepEqual(await roundTrip(fast), []);
  assert.ok(!fast.isClosed);
});

test('the DHT refusing or throwing: GET answers FAILURE, PUT answers nothing, the client stays', async (t) => {
  const dht = new FakeDht();
  const warnings: string[] = [];
  const gateway = await startTestGateway(t, dht, { logger: { info: () => {}, warn: (m) => warnings.push(m) } });
  const client = await DhtTestClient.connect(t, gateway.port);
  dht.failures.set(keyOf(1), 'no-route');
  dht.failures.set(keyOf(2), new RangeError('a bug in the DHT'));
  dht.failures.set(keyOf(3), 'not-owner');
  client.send(get(1));
  assert.deepEqual(await client.next(), failure(1));
  client.send(get(2));
  assert.deepEqual(await client.next(), failure(2));
  client.send(put(3, text('not mine')), put(2, text('boom')));
  assert.deepEqual(await roundTrip(client), [], 'no answer to a failed PUT');
  const stats = gateway.stats();
  assert.deepEqual(
    [stats.getsFailed, stats.getsNotFound, stats.putsFailed, stats.putsStored, stats.internalErrors],
    [2, 1, 2, 0, 2], // getsNotFound: the marker
  );
  assert.deepEqual(warnings, ['dht gateway: request failed', 'dht gateway: request failed']);
  assert.ok(!client.isClosed);
});

test('a DHT that never answers: the deadline answers FAILURE to a GET and frees the place', async (t) => {
  const dht = new FakeDht();
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, dht, { clock, requestTimeoutMs: 5_000, maxInFlight: 1 });
  const client = await DhtTestClient.connect(t, gateway.port);
  dht.hold = true;
  client.send(put(1, text('lost')), get(2));
  await dht.until(() => dht.held.length === 1, 'PUT held');
  await clock.advance(4_999);
  assert.equal(dht.held.length, 1, 'not before the deadline');
  await clock.advance(1);
  await dht.until(() => dht.calls[0]!.state === 'aborted' && dht.calls[1]?.state === 'held', 'PUT aborted, GET started');
  await clock.advance(5_000);
  assert.deepEqual(await client.next(), failure(2));
  const stats = gateway.stats();
  assert.deepEqual([stats.timeouts, stats.putsFailed, stats.getsFailed, stats.inFlight], [2, 1, 1, 0]);
  assert.equal(dht.calls[1]!.state, 'aborted', 'the DHT call was told to stop');
});

test('a half-closed client still gets every answer, then the gateway ends the connection', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht);
  // The gateway side's 'end': the answers below are released only after it has seen the FIN.
  let gatewaySawFin = false;
  type Emit = (this: Socket, event: string | symbol, ...args: unknown[]) => boolean;
  const proto = Socket.prototype as unknown as { emit: Emit };
  const emit = proto.emit;
  proto.emit = function (event, ...args) {
    if (event === 'end' && this.localPort === gateway.port) gatewaySawFin = true;
    return emit.call(this, event, ...args);
  };
  t.after(() => {
    proto.emit = emit;
  });
  const client = await DhtTestClient.connect(t, gateway.port, { allowHalfOpen: true });
  dht.hold = true;
  client.socket.end(concat([put(5, text('v')), get(5), get(6)]));
  await dht.until(() => dht.held.length === 2, 'PUT 5 and GET 6 held');
  await eventually(() => gatewaySawFin, 'the gateway saw the FIN');
  dht.hold = false;
  for (const call of [...dht.held].reverse()) dht.release(call);
  assert.deepEqual(await client.next(), failure(6));
  assert.deepEqual(await client.next(), success(5, text('v')));
  await client.closed;
  assert.ok(client.ended, 'the gateway ended the stream');
  await eventually(() => gateway.stats().clients === 0, 'the gateway let go of it');
});

test('close() ends every connection and aborts every request, once', async (t) => {
  const dht = new FakeDht();
  const gateway = await startDhtGateway({ host: '127.0.0.1', port: 0, dht });
  const a = await DhtTestClient.connect(t, gateway.port);
  dht.hold = true;
  a.send(get(1), put(2, text('x')));
  await dht.until(() => dht.held.length === 2);
  await Promise.all([gateway.close(), gateway.close(), a.closed]);
  await dht.until(() => dht.calls.every((c) => c.state === 'aborted'), 'all aborted');
  assert.deepEqual([gateway.stats().clients, gateway.stats().inFlight], [0, 0]);
  assert.equal(a.unread, 0);
  await assert.rejects(DhtTestClient.connect(t, gateway.port), /ECONNREFUSED/);
});

test('bad limits are refused at start', async () => {
  const dht = new FakeDht();
  const start = (o: object) => startDhtGateway({ host: '127.0.0.1', port: 0, dht, ...o });
  const isBadField = (what: string) => (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field' && e.message.includes(what);
  await assert.rejects(start({ maxQueueBytes: 1000 }), isBadField('maxQueueBytes'));
  await assert.rejects(start({ maxClientsPerAddress: 0 }), isBadField('maxClientsPerAddress'));
  await assert.rejects(start({ maxClients: 1.5 }), isBadField('maxClients'));
  await assert.rejects(start({ maxInFlight: 0 }), isBadField('maxInFlight'));
  await assert.rejects(start({ requestTimeoutMs: 0 }), isBadField('requestTimeoutMs'));
});
