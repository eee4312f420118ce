/**
 * The gossip gateway's read deadlines (the shared TCP scaffold's): a connection that sends part of
 * a message and stops, or sends nothing at all, gives its slot back when its deadline passes,
 * so a few silent connections per address can no longer hold every slot for ever. Deadlines run
 * on a virtual clock; the tests wait for the gateway to arm them (clock.pending), never on time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { capturedWarnings } from '../../../support/course-log.ts';
import { eventually } from '../../../support/framed-test-client.ts';
import { fromHex, startTestGateway, TestClient } from './helpers.ts';
import { mesh, subscribed } from './mesh.ts';
import { announce, notification, text } from './messages.ts';

const PARTIAL_MESSAGE_TIMEOUT_MS = 10_000;
const IDLE_TIMEOUT_MS = 60_000;

test('a connection that sends part of a message is closed when its message deadline passes; the others stay', async (t) => {
  const { relay, remote } = mesh();
  const clock = new VirtualClock();
  const { logger, lines } = capturedWarnings();
  const gateway = await startTestGateway(t, relay, { clock, partialMessageTimeoutMs: PARTIAL_MESSAGE_TIMEOUT_MS, idleTimeoutMs: IDLE_TIMEOUT_MS, logger });
  const subscriber = await subscribed(t, gateway.port, relay, 1);
  const partial = await TestClient.connect(t, gateway.port);
  partial.send(fromHex('0008 01f5 00')); // 3 of a NOTIFY's 8 bytes, and then nothing
  await eventually(() => clock.pending >= 3, 'two idle deadlines and one message deadline armed');

  await clock.advance(PARTIAL_MESSAGE_TIMEOUT_MS - 1);
  assert.equal(gateway.stats().closes['partial-message'], 0, 'not before the deadline');
  await clock.advance(1);
  await partial.closed;
  assert.equal(gateway.stats().closes['partial-message'], 1);
  assert.equal(gateway.stats().clients, 1);
  assert.ok(lines.some((line) => /partial-message/.test(line)), `logged: ${lines.join(' | ')}`);

  remote.announce(0, 1, text('still here'));
  assert.deepEqual(await subscriber.next(), notification(0, 1, text('still here')));
});

test('silent connections hold their slots only until the idle deadline; a subscriber waiting for news is not idle', async (t) => {
  const { relay, remote } = mesh();
  const clock = new VirtualClock();
  const gateway = await startTestGateway(t, relay, {
    clock,
    maxClients: 4,
    partialMessageTimeoutMs: PARTIAL_MESSAGE_TIMEOUT_MS,
    idleTimeoutMs: IDLE_TIMEOUT_MS,
  });
  const subscriber = await subscribed(t, gateway.port, relay, 1);
  const silent = [await TestClient.connect(t, gateway.port), await TestClient.connect(t, gateway.port), await TestClient.connect(t, gateway.port)];
  // Every slot is taken: the next one is refused, as every new client was before the deadline.
  const refused = await TestClient.connect(t, gateway.port);
  await refused.closed;
  assert.equal(gateway.stats().refusedConnections.capacity, 1);
  await eventually(() => clock.pending >= 4, 'four idle deadlines armed');

  await clock.advance(IDLE_TIMEOUT_MS - 1);
  assert.equal(gateway.stats().closes.idle, 0, 'not before the deadline');
  await clock.advance(1);
  await Promise.all(silent.map((c) => c.closed));
  assert.equal(gateway.stats().closes.idle, 3);
  assert.ok(!subscriber.isClosed);

  const late = await subscribed(t, gateway.port, relay, 1);
  late.send(announce(1, text('a slot again')));
  assert.deepEqual(await subscriber.next(), notification(0, 1, text('a slot again')));

  await clock.advance(10 * IDLE_TIMEOUT_MS);
  assert.equal(gateway.stats().closes.idle, 3, 'subscribers are waiting on the gateway, not idle');
  remote.announce(0, 1, text('news at last'));
  assert.deepEqual(await subscriber.next(), notification(1, 1, text('news at last')));
  assert.equal(gateway.stats().clients, 2);
});
