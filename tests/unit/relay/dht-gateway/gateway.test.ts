/**
 * The course DHT gateway over real TCP on 127.0.0.1, on an in-memory fake DHT: what PUT and GET
 * do, byte for byte; streams cut anywhere; concurrent requests and out-of-order answers; the
 * in-flight bound. Garbage, limits and slow readers are in robustness.test.ts.
 *
 * No test waits on time: it waits for what the fake DHT has seen, or for answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrameSplitter } from '../../../../web/src/node/wire/splitter.ts';
import { cutStreamWriter } from '../../../support/cut-stream.ts';
import { FakeDht } from './fake-dht.ts';
import { concat, DhtTestClient, eventually, failure, get, hex, keyOf, put, roundTrip, startTestGateway, success, text } from './helpers.ts';

test('PUT is stored with its options and answered by nothing; GET answers SUCCESS or FAILURE, byte for byte', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht);
  const client = await DhtTestClient.connect(t, gateway.port);

  client.send(put(1, text('hi'), 300, 3), put(2, text('dflt'), 0, 0));
  assert.deepEqual(await roundTrip(client), [], 'no answer to a PUT');
  assert.deepEqual(
    dht.calls.filter((c) => c.op === 'put').map((c) => [c.key, c.value, c.options]),
    [
      [keyOf(1), '6869', { ttl: 300, replication: 3, republish: false }],
      [keyOf(2), hex(text('dflt')), { republish: false }], // 0 = the DHT's default: left out
    ],
  );
  assert.ok(dht.calls.every((c) => c.signal instanceof AbortSignal), 'every call gets a signal');

  client.send(get(1));
  // size 38 · type 652 · key · "hi"
  assert.equal(hex(await client.nextFrame()), `0026028c01${'11'.repeat(31)}6869`);
  client.send(get(3));
  // size 36 · type 653 · key
  assert.equal(hex(await client.nextFrame()), `0024028d03${'11'.repeat(31)}`);
  client.send(get(2));
  assert.deepEqual(await client.next(), success(2, text('dflt')));

  const stats = gateway.stats();
  assert.deepEqual(
    [stats.putsReceived, stats.putsStored, stats.putsFailed, stats.getsReceived, stats.getsFound, stats.getsNotFound, stats.getsFailed],
    [2, 2, 0, 4, 2, 2, 0], // the round trip's marker GET included
  );
  assert.equal(stats.repliesWritten, 4);
  assert.deepEqual([stats.clients, stats.inFlight, stats.waiting, stats.closes.malformed], [1, 0, 0, 0]);
});

test('a back-to-back stream cut at every point gives the same calls and answers', async (t) => {
  const dht = new FakeDht();
  // Every run is a new client of 127.0.0.1 with three PUTs: far more than one address's rate.
  const gateway = await startTestGateway(t, dht, { putsPerSecondPerAddress: 1e6 });
  const stream = concat([put(1, text('one'), 60, 2), get(1), put(2, new Uint8Array(), 0, 0), get(3), get(2), put(4, text('four'))]);
  const expectedCalls = [`put ${keyOf(1)} 6f6e65`, `put ${keyOf(2)} `, `get ${keyOf(3)}`, `put ${keyOf(4)} 666f7572`, `get ${keyOf(1)}`, `get ${keyOf(2)}`];
  const expectedAnswers = [failure(3), success(1, text('one')), success(2, new Uint8Array())].map((m) => hex(concat([m]))).sort();

  const writeCut = cutStreamWriter(t);

  for (let cut = 0; cut <= stream.length; cut++) {
    dht.calls.length = 0;
    dht.store.clear();
    const client = await DhtTestClient.connect(t, gateway.port);
    await writeCut(client.socket, stream, cut);
    const answers = [await client.nextFrame(), await client.nextFrame(), await client.nextFrame()].map(hex).sort();
    assert.deepEqual(answers, expectedAnswers, `cut at ${cut}`);
    assert.deepEqual(await roundTrip(client), [], `cut at ${cut}: nothing more`);
    // Same-key requests run in order, other keys at once: the GETs of 1 and 2 wait for their PUTs.
    const calls = dht.calls.filter((c) => c.key !== keyOf(0xee)).map((c) => `${c.op} ${c.key}${c.op === 'put' ? ` ${c.value}` : ''}`);
    assert.deepEqual([...calls].sort(), [...expectedCalls].sort(), `cut at ${cut}`);
    assert.ok(calls.indexOf(`get ${keyOf(1)}`) > calls.indexOf(`put ${keyOf(1)} 6f6e65`), `cut at ${cut}: GET 1 after PUT 1`);
    await client.close();
  }
  const stats = gateway.stats();
  const runs = stream.length + 1;
  assert.equal(stats.putsStored, 3 * runs);
  assert.equal(stats.getsFound, 2 * runs);
  assert.equal(stats.closes.malformed, 0);
});

test('GETs run concurrently and are answered as they finish: released in reverse, answered in reverse', async (t) => {
  const dht = new FakeDht();
  for (let k = 0; k < 5; k++) dht.store.set(keyOf(k), text(`value ${k}`));
  const gateway = await startTestGateway(t, dht);
  const client = await DhtTestClient.connect(t, gateway.port);
  dht.hold = true;
  client.send(get(0), get(1), get(2), get(3), get(4));
  await dht.until(() => dht.held.length === 5, 'five GETs held at once');
  assert.equal(gateway.stats().inFlight, 5);
  for (const call of [...dht.held].reverse()) {
    dht.release(call);
    const answer = await client.next();
    assert.deepEqual(answer, success(Number.parseInt(call.key.slice(0, 2), 16), text(`value ${Number.parseInt(call.key.slice(0, 2), 16)}`)));
  }
  assert.deepEqual(
    dht.calls.map((c) => c.key.slice(0, 2)),
    ['00', '01', '02', '03', '04'],
    'started in arrival order',
  );
  assert.equal(gateway.stats().inFlight, 0);
});

test('requests on one key keep their order; other keys pass them', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht);
  const client = await DhtTestClient.connect(t, gateway.port);
  dht.hold = true;
  client.send(put(7, text('first')), get(7), put(7, text('second')), get(7));
  await dht.until(() => dht.held.length === 1);
  dht.hold = false;
  // A marker on another key is answered while key 7 waits behind its held PUT.
  assert.deepEqual(await roundTrip(client), []);
  assert.deepEqual(dht.calls.filter((c) => c.key === keyOf(7)).map((c) => c.op), ['put'], 'nothing else on key 7 started');
  assert.deepEqual([gateway.stats().inFlight, gateway.stats().waiting], [4, 0]);
  dht.release(dht.held[0]!);
  assert.deepEqual(await client.next(), success(7, text('first')));
  assert.deepEqual(await client.next(), success(7, text('second')));
  assert.deepEqual(dht.calls.filter((c) => c.key === keyOf(7)).map((c) => c.op), ['put', 'get', 'put', 'get']);
});

test('at most maxInFlight requests run per client; past it the gateway stops reading', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht, { maxInFlight: 2 });
  const client = await DhtTestClient.connect(t, gateway.port);
  const other = await DhtTestClient.connect(t, gateway.port);
  // Every read of the gateway, with how many requests were waiting for a place just before it.
  const reads: { splitter: FrameSplitter; waiting: number }[] = [];
  const proto = FrameSplitter.prototype;
  const push = proto.push;
  proto.push = function (this: FrameSplitter, chunk: Uint8Array) {
    reads.push({ splitter: this, waiting: gateway.stats().waiting });
    return push.call(this, chunk);
  };
  t.after(() => {
    proto.push = push;
  });

  dht.hold = true;
  const count = 20_000; // 720 000 bytes of GETs, many reads' worth
  client.send(...Array.from({ length: count }, (_, i) => get(i % 200)));
  await dht.until(() => dht.held.length === 2, 'two held');
  await eventually(() => gateway.stats().waiting > 0, 'requests waiting');
  assert.ok(gateway.stats().waiting <= 65_536 / 36, 'no more than one read waits');

  // Another client has its own places.
  other.send(get(0));
  await dht.until(() => dht.held.length === 3, 'the other client runs');
  dht.hold = false;
  for (const call of dht.held) dht.release(call);
  assert.deepEqual(await other.next(), failure(0));
  const answers: string[] = [];
  for (let i = 0; i < count; i++) answers.push(hex(await client.nextFrame()));
  const expected = Array.from({ length: count }, (_, i) => hex(concat([failure(i % 200)])));
  assert.deepEqual(answers.sort(), expected.sort());
  assert.equal(dht.maxActive, 3, 'two of the client, one of the other, never more');
  const clientReads = reads.filter((r) => r.splitter === reads[0]!.splitter);
  assert.ok(clientReads.length > 720_000 / 65_536, `${clientReads.length} reads`);
  assert.deepEqual(
    clientReads.filter((r) => r.waiting > 0).length,
    0,
    'the gateway read the client only when none of its requests waited for a place',
  );
  assert.equal(gateway.stats().getsNotFound, count + 1);
});
