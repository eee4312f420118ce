/**
 * The course DHT gateway against an independent course client written from PROTOCOLS.md §2 alone
 * (tests/support/course-dht-client.ts imports nothing from Tabmesh, so a mistake shared by our
 * codec and our gateway cannot hide), over real TCP, on the in-memory fake DHT of the unit
 * tests. The same client against a real relay and a real DHT: tests/unit/relay/dht.test.ts.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startDhtGateway, type DhtGateway } from '../../relay/src/dht-gateway/index.ts';
import { CourseDhtClient, GET, message, putBytes } from '../support/course-dht-client.ts';
import { FakeDht } from '../unit/relay/dht-gateway/fake-dht.ts';

const keyOf = (name: string): Buffer => createHash('sha256').update(name).digest();
const text = (s: string): Buffer => Buffer.from(s, 'utf8');

async function gatewayOn(t: TestContext, dht: FakeDht): Promise<DhtGateway> {
  const gateway = await startDhtGateway({ host: '127.0.0.1', port: 0, dht });
  t.after(() => gateway.close());
  return gateway;
}

async function client(t: TestContext, gateway: DhtGateway): Promise<CourseDhtClient> {
  const c = await CourseDhtClient.connect(gateway.port);
  t.after(() => c.close());
  return c;
}

test('course client ↔ gateway ↔ fake DHT: PUT is silent, GET finds it, a missing key is FAILURE', async (t) => {
  const dht = new FakeDht();
  const gateway = await gatewayOn(t, dht);
  const a = await client(t, gateway);
  const b = await client(t, gateway);

  a.put(keyOf('greeting'), text('hello, course'), 120, 2);
  assert.deepEqual(await a.get(keyOf('greeting')), { found: true, value: text('hello, course') }, 'a GET after a PUT sees it');
  assert.deepEqual(await b.get(keyOf('greeting')), { found: true, value: text('hello, course') }, 'so does another client');
  assert.deepEqual(await b.get(keyOf('nobody stored this')), { found: false });
  const putCall = dht.calls.find((c) => c.op === 'put');
  assert.deepEqual(putCall?.options, { ttl: 120, replication: 2, republish: false });
  assert.equal(putCall?.key, keyOf('greeting').toString('hex'));

  // An empty value and a value as big as one message allows.
  a.put(keyOf('empty'), Buffer.alloc(0));
  const big = Buffer.alloc(65_535 - 40, 0x5a);
  a.put(keyOf('big'), big);
  assert.deepEqual(await a.get(keyOf('empty')), { found: true, value: Buffer.alloc(0) });
  assert.deepEqual(await a.get(keyOf('big')), { found: true, value: big });
  assert.equal(a.failure, null);
  assert.equal(b.failure, null);
});

test('course client: many requests in flight on one connection, answers matched by key', async (t) => {
  const dht = new FakeDht();
  const gateway = await gatewayOn(t, dht);
  const c = await client(t, gateway);
  const names = Array.from({ length: 200 }, (_, i) => `item ${i}`);
  for (const name of names.slice(0, 150)) c.put(keyOf(name), text(`value of ${name}`));
  // The GETs leave before any answer came back; the last 50 keys were never stored.
  const answers = await Promise.all(names.map((name) => c.get(keyOf(name))));
  for (const [i, answer] of answers.entries()) {
    assert.deepEqual(answer, i < 150 ? { found: true, value: text(`value of ${names[i]}`) } : { found: false }, names[i]);
  }

  // Held, then released in reverse: the answers arrive in reverse and still match.
  dht.hold = true;
  const pending = names.slice(0, 10).map((name) => c.get(keyOf(name)));
  await dht.until(() => dht.held.length === 10);
  dht.hold = false;
  const order: number[] = [];
  pending.forEach((p, i) => void p.then(() => order.push(i)));
  for (const call of [...dht.held].reverse()) dht.release(call);
  const late = await Promise.all(pending);
  assert.deepEqual(order, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  assert.ok(late.every((answer, i) => answer.found && answer.value.equals(text(`value of ${names[i]}`))));
  assert.equal(c.failure, null);
});

test('course client: a malformed message closes that client only', async (t) => {
  const dht = new FakeDht();
  const gateway = await gatewayOn(t, dht);
  const good = await client(t, gateway);
  good.put(keyOf('k'), text('v'));
  const bad = await client(t, gateway);
  bad.write(Buffer.concat([message(GET, Buffer.alloc(31)), putBytes(keyOf('after'), text('x'), 0, 0)])); // GET of size 35
  await bad.closed;
  const unknown = await client(t, gateway);
  unknown.write(message(654, keyOf('k')));
  await unknown.closed;
  assert.deepEqual(await good.get(keyOf('k')), { found: true, value: text('v') });
  assert.ok(!dht.calls.some((c) => c.key === keyOf('after').toString('hex')));
  assert.equal(gateway.stats().closes.malformed, 2);
});
