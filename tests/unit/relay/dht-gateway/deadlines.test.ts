/**
 * The DHT gateway's read deadlines (the shared TCP scaffold's): part of a message and then
 * nothing, or nothing at all, ends a connection when its deadline passes; a client waiting for
 * an answer is not idle, and one the gateway stopped reading (too many requests in flight) is not
 * held to the message deadline while it is not read. Virtual clock; the tests wait for the
 * gateway to arm its deadlines (clock.pending), never on time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { FakeDht } from './fake-dht.ts';
import { concat, DhtTestClient, eventually, failure, fromHex, get, keyOf, roundTrip, startTestGateway, success, text } from './helpers.ts';

const PARTIAL_MESSAGE_TIMEOUT_MS = 10_000;
const IDLE_TIMEOUT_MS = 60_000;
const options = (clock: VirtualClock) => ({ clock, partialMessageTimeoutMs: PARTIAL_MESSAGE_TIMEOUT_MS, idleTimeoutMs: IDLE_TIMEOUT_MS });

test('part of a message and then nothing: closed at the message deadline; the others carry on', async (t) => {
  const dht = new FakeDht();
  dht.store.set(keyOf(1), text('kept'));
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, dht, options(clock));
  const good = await DhtTestClient.connect(t, gateway.port);
  const partial = await DhtTestClient.connect(t, gateway.port);
  partial.send(fromHex('0024 028b 1111')); // 6 of a GET's 36 bytes
  await eventually(() => clock.pending >= 3, 'two idle deadlines and one message deadline armed');
  await clock.advance(PARTIAL_MESSAGE_TIMEOUT_MS - 1);
  assert.equal(gateway.stats().closes['partial-message'], 0, 'not before the deadline');
  await clock.advance(1);
  await partial.closed;
  assert.equal(gateway.stats().closes['partial-message'], 1);
  good.send(get(1));
  assert.deepEqual(await good.next(), success(1, text('kept')));
});

test('a silent connection is closed at the idle deadline; one waiting for its answer is not', async (t) => {
  const dht = new FakeDht();
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, dht, { ...options(clock), maxClients: 2, requestTimeoutMs: 10 * IDLE_TIMEOUT_MS });
  const silent = await DhtTestClient.connect(t, gateway.port);
  const waiting = await DhtTestClient.connect(t, gateway.port);
  dht.hold = true;
  waiting.send(get(2));
  await dht.until(() => dht.held.length === 1, 'GET held');
  await eventually(() => clock.pending >= 3, 'two idle deadlines and the request deadline armed');
  await clock.advance(IDLE_TIMEOUT_MS);
  await silent.closed;
  assert.equal(gateway.stats().closes.idle, 1);
  assert.ok(!waiting.isClosed, 'a request in flight is not idleness');
  dht.hold = false;
  dht.release(dht.held[0]!);
  assert.deepEqual(await waiting.next(), failure(2));
  await clock.advance(IDLE_TIMEOUT_MS);
  await waiting.closed;
  assert.equal(gateway.stats().closes.idle, 2, 'answered, then silent for the whole window');
  const fresh = await DhtTestClient.connect(t, gateway.port);
  assert.deepEqual(await roundTrip(fresh), []);
});

test('while the gateway is not reading a client (requests past the in-flight bound), its message deadline waits', async (t) => {
  const dht = new FakeDht();
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, dht, { ...options(clock), maxInFlight: 1, requestTimeoutMs: 10 * IDLE_TIMEOUT_MS });
  const client = await DhtTestClient.connect(t, gateway.port);
  dht.hold = true;
  // GET 1 runs (held), GET 2 waits for its place, so the gateway stops reading; 3 bytes of a third message sit unread.
  client.send(concat([get(1), get(2), fromHex('0024 02')]));
  await dht.until(() => dht.held.length === 1, 'GET 1 held');
  await eventually(() => gateway.stats().waiting === 1, 'GET 2 waiting');
  await clock.advance(3 * PARTIAL_MESSAGE_TIMEOUT_MS);
  assert.equal(gateway.stats().closes['partial-message'], 0, 'the gateway is behind, not the client');
  assert.ok(!client.isClosed);
  dht.hold = false;
  dht.release(dht.held[0]!);
  assert.deepEqual(await client.next(), failure(1));
  assert.deepEqual(await client.next(), failure(2));
  await eventually(() => clock.pending >= 2, 'reading again: the message deadline re-armed');
  await clock.advance(PARTIAL_MESSAGE_TIMEOUT_MS);
  await client.closed;
  assert.equal(gateway.stats().closes['partial-message'], 1, 'then the client has its full window, and no more');
});
