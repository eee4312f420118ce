/**
 * What one DHT client may take of the relay's store: a share of records and bytes per client,
 * per address and for the gateway as a whole, a PUT rate, and keys of its own. A PUT beyond any
 * of them is not stored and is counted by reason (PUT has no answer); a client far over its rate
 * is closed with a logged reason. Nobody else's record is ever displaced. Clients stand for
 * several addresses by binding 127.0.0.x; time is a virtual clock that moves only when told.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { capturedWarnings } from '../../../support/course-log.ts';
import { FakeDht } from './fake-dht.ts';
import { DhtTestClient, eventually, failure, get, keyOf, put, roundTrip, startTestGateway, success, text } from './helpers.ts';

const at = (address: string) => ({ localAddress: address });

test('a client over its share of records or bytes is refused and counted, stays connected, and displaces nobody', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht, { clock: new VirtualClock(), maxRecordsPerClient: 3, maxBytesPerClient: 1000 });
  const a = await DhtTestClient.connect(t, gateway.port, at('127.0.0.2'));
  a.send(put(1, text('one')), put(2, text('two')), put(3, text('three')), put(4, text('four')));
  assert.deepEqual(await roundTrip(a), []);
  await eventually(() => gateway.stats().putsStored === 3, 'three stored');
  assert.equal(gateway.stats().putsRefused['client-share'], 1);
  a.send(get(4));
  assert.deepEqual(await a.next(), failure(4), 'the fourth was not stored');
  a.send(put(1, text('one, again')));
  a.send(get(1));
  assert.deepEqual(await a.next(), success(1, text('one, again')), 'its own keys it may update');

  const b = await DhtTestClient.connect(t, gateway.port, at('127.0.0.3'));
  b.send(put(10, new Uint8Array(600)), put(11, new Uint8Array(500)));
  assert.deepEqual(await roundTrip(b), []);
  await eventually(() => gateway.stats().putsStored === 5, 'b stored one');
  assert.equal(gateway.stats().putsRefused['client-share'], 2, 'bytes count too');
  assert.ok(!dht.store.has(keyOf(11)));
  assert.deepEqual([...dht.store.keys()].sort(), [keyOf(1), keyOf(2), keyOf(3), keyOf(10)].sort());
  assert.ok(!a.isClosed && !b.isClosed);
});

test('an address shares one quota over its connections, kept after they close until the records expire', async (t) => {
  const dht = new FakeDht();
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, dht, { clock, maxRecordsPerClient: 3, maxRecordsPerAddress: 4 });
  const a = await DhtTestClient.connect(t, gateway.port, at('127.0.0.2'));
  const b = await DhtTestClient.connect(t, gateway.port, at('127.0.0.2'));
  a.send(put(1, text('a'), 30), put(2, text('a'), 30), put(3, text('a'), 30));
  await eventually(() => gateway.stats().putsStored === 3, 'a stored three');
  b.send(put(4, text('b'), 30), put(5, text('b'), 30));
  assert.deepEqual(await roundTrip(b), []);
  await eventually(() => gateway.stats().putsStored === 4, 'b stored one');
  assert.equal(gateway.stats().putsRefused['address-share'], 1);
  const elsewhere = await DhtTestClient.connect(t, gateway.port, at('127.0.0.3'));
  elsewhere.send(put(6, text('c')));
  await eventually(() => gateway.stats().putsStored === 5, 'another address is unaffected');

  await a.close();
  await b.close();
  const again = await DhtTestClient.connect(t, gateway.port, at('127.0.0.2'));
  again.send(put(7, text('reconnected')));
  assert.deepEqual(await roundTrip(again), []);
  assert.equal(gateway.stats().putsRefused['address-share'], 2, 'reconnecting does not reset the share');
  await clock.advance(30_000);
  again.send(put(7, text('after expiry')));
  await eventually(() => gateway.stats().putsStored === 6, 'room again once its records expired');
});

test('the gateway as a whole holds at most its share of the store', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht, { clock: new VirtualClock(), maxRecords: 2 });
  for (const [i, address] of ['127.0.0.2', '127.0.0.3', '127.0.0.4'].entries()) {
    const c = await DhtTestClient.connect(t, gateway.port, at(address));
    c.send(put(i, text(address)));
    assert.deepEqual(await roundTrip(c), []);
  }
  await eventually(() => gateway.stats().putsStored === 2, 'two stored');
  assert.equal(gateway.stats().putsRefused['gateway-share'], 1);
  assert.equal(gateway.stats().claimedRecords, 2);
});

test('the first writer of a key keeps it until it expires: another address’s PUT is refused, its own go through', async (t) => {
  const dht = new FakeDht();
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, dht, { clock });
  const first = await DhtTestClient.connect(t, gateway.port, at('127.0.0.2'));
  const other = await DhtTestClient.connect(t, gateway.port, at('127.0.0.3'));
  first.send(put(1, text('first'), 10));
  await eventually(() => gateway.stats().putsStored === 1, 'stored');
  other.send(put(1, text('overwritten'), 10), get(1));
  assert.deepEqual(await other.next(), success(1, text('first')));
  assert.equal(gateway.stats().putsRefused['owned-by-another'], 1);

  const sameAddress = await DhtTestClient.connect(t, gateway.port, at('127.0.0.2'));
  sameAddress.send(put(1, text('updated by its owner'), 10), get(1));
  assert.deepEqual(await sameAddress.next(), success(1, text('updated by its owner')));

  await clock.advance(10_000);
  other.send(put(1, text('mine now'), 10), get(1));
  assert.deepEqual(await other.next(), success(1, text('mine now')), 'expired: the key is free again');
});

test('PUTs past the rate are refused; a client far over its rate is closed with a logged reason', async (t) => {
  const dht = new FakeDht();
  const { logger, lines } = capturedWarnings();
  // 5 a second, 4 seconds' worth of burst; the clock stands still, so nothing refills.
  const gateway = await startTestGateway(t, dht, { clock: new VirtualClock(), putsPerSecondPerClient: 5, logger });
  const client = await DhtTestClient.connect(t, gateway.port);
  client.send(...Array.from({ length: 30 }, (_, i) => put(i, text(`v${i}`))));
  assert.deepEqual(await roundTrip(client), []);
  await eventually(() => gateway.stats().putsStored === 20, 'the burst stored');
  assert.equal(gateway.stats().putsRefused['rate-limited'], 10);
  assert.ok(!client.isClosed, 'a little over the rate is refused, not closed');
  client.send(...Array.from({ length: 30 }, (_, i) => put(100 + i, text(`w${i}`))));
  await eventually(() => client.isClosed || gateway.stats().putsReceived === 60, 'closed, or all read');
  assert.ok(client.isClosed, 'closed');
  assert.equal(gateway.stats().closes['rate-limited'], 1);
  assert.equal(gateway.stats().putsStored, 20);
  assert.ok(lines.some((line) => /rate-limited/.test(line)), `logged: ${lines.join(' | ')}`);
});
