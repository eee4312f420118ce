/**
 * Hostile btpeer clients: garbage, a truncated request, bytes after the request, an oversized
 * body, a request that never finishes, a connection that sends nothing, a flood of connections
 * from one address, and requests that together would hold more memory than the gateway buffers.
 * Each closes that client alone, with its reason counted; a well-behaved client is served after.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReplies, MAX_BTPEER_BODY_BYTES } from '../../../../relay/src/btpeer-gateway/framing.ts';
import { eventually } from '../../../support/framed-test-client.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { ascii, exchange, FakeJobs, lengthFramed, open, startTestGateway } from './helpers.ts';

const NAME_REPLY = [{ type: 'REPL', data: 'a'.repeat(64) }];

test('garbage, a truncated request and bytes after the request close only that client', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  assert.equal((await exchange(t, gateway.port, Uint8Array.from([0, 1, 2, 3, 4, 5]))).length, 0);
  assert.equal((await exchange(t, gateway.port, lengthFramed('JOIN', 'peer 127.0.0.1 4000').subarray(0, 12))).length, 0);
  const trailing = new Uint8Array([...lengthFramed('NAME'), ...lengthFramed('NAME')]);
  assert.equal((await exchange(t, gateway.port, trailing)).length, 0);
  assert.equal((await exchange(t, gateway.port, 'NA')).length, 0);
  const closes = gateway.stats().closes;
  assert.equal(closes.malformed, 3);
  assert.equal(closes['trailing-bytes'], 1);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('NAME'))), NAME_REPLY);
});

test('an EOF request past the body cap is closed before the rest is read', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  const connection = await open(t, gateway.port);
  connection.write('INIT{"');
  const chunk = new Uint8Array(1024 * 1024).fill(0x41);
  for (let sent = 0; sent <= MAX_BTPEER_BODY_BYTES && gateway.stats().closes.oversized === 0; sent += chunk.length) connection.write(chunk);
  await connection.closed;
  assert.equal(gateway.stats().closes.oversized, 1);
  await eventually(() => gateway.stats().bufferedBytes === 0, 'its bytes given back');
});

test('a request never finished and a connection that sends nothing are closed at their deadlines', async (t) => {
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, new FakeJobs(), { clock, partialMessageTimeoutMs: 60_000, idleTimeoutMs: 30_000 });
  const partial = await open(t, gateway.port);
  partial.write(lengthFramed('JOIN', 'peer 127.0.0.1 4000').subarray(0, 10));
  const silent = await open(t, gateway.port);
  await eventually(() => gateway.stats().clients === 2 && gateway.stats().bufferedBytes === 10, 'both connected, the partial request held');
  await clock.advance(30_000);
  await silent.closed;
  assert.equal(gateway.stats().closes.idle, 1);
  assert.equal(gateway.stats().closes['partial-message'], 0);
  await clock.advance(30_000);
  await partial.closed;
  assert.equal(gateway.stats().closes['partial-message'], 1);
  assert.equal(gateway.stats().bufferedBytes, 0);
});

test('connections past the per-address cap are refused; requests past the address rate get ERRO', async (t) => {
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, new FakeJobs(), { clock, maxClientsPerAddress: 2, requestsPerSecondPerAddress: 1 });
  const held = [await open(t, gateway.port), await open(t, gateway.port)];
  const refused = await open(t, gateway.port);
  await refused.closed;
  assert.equal(gateway.stats().refusedConnections['per-address'], 1);
  for (const connection of held) connection.destroy();
  await eventually(() => gateway.stats().clients === 0, 'the held connections gone');
  // A burst of 4 s worth, then refusals.
  const replies: string[] = [];
  for (let i = 0; i < 6; i++) replies.push(decodeReplies(await exchange(t, gateway.port, lengthFramed('NAME')))[0]!.type);
  assert.deepEqual(replies, ['REPL', 'REPL', 'REPL', 'REPL', 'ERRO', 'ERRO']);
  assert.equal(gateway.stats().closes['rate-limited'], 2);
  await clock.advance(1000);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('NAME'))), NAME_REPLY);
});

test('unfinished requests beyond the gateway-wide byte budget close the client that would exceed it', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs(), { maxBufferedBytes: 1024 * 1024 });
  const first = await open(t, gateway.port);
  first.write(ascii('INIT'));
  first.write(new Uint8Array(700 * 1024).fill(0x41));
  await eventually(() => gateway.stats().bufferedBytes > 700 * 1024, 'the first request held');
  const second = await open(t, gateway.port);
  second.write(ascii('INIT'));
  second.write(new Uint8Array(700 * 1024).fill(0x41));
  await second.closed;
  assert.equal(gateway.stats().closes.busy, 1);
  assert.ok(gateway.stats().clients >= 1 && !(await Promise.race([first.closed.then(() => true), Promise.resolve(false)])), 'the first is still being read');
  first.destroy();
  await eventually(() => gateway.stats().bufferedBytes === 0, 'every byte given back');
});
