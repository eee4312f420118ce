/**
 * Per-address limits of the TURN server: TCP connections per address, a deadline for a message
 * half sent over TCP, an idle deadline for a TCP connection holding no allocation, and
 * allocations per source address (identities are free). Time is the injected clock: the test
 * moves it a second per event-loop turn and reads stats(), which sweeps, until the condition holds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ATTR,
  attribute,
  encodeRequestedTransport,
  encodeStunMessage,
  METHOD,
  TRANSPORT_UDP,
  type TurnServer,
} from '../../../../relay/src/turn/index.ts';
import { errorCode } from './client.ts';
import { allocate, client, credentials, startServer, waitFor, type ManualClock } from './harness.ts';

const UDP = attribute(ATTR.requestedTransport, encodeRequestedTransport(TRANSPORT_UDP));
const STEP_MS = 1000;

const bindingRequest = (): Uint8Array =>
  encodeStunMessage({ method: METHOD.binding, cls: 'request', transactionId: new Uint8Array(12).fill(7), attributes: [] }, { fingerprint: true });

/** Moves the clock a step per turn until `condition` holds (bounded by waitFor). */
async function stepUntil(server: TurnServer, clock: ManualClock, condition: () => boolean, what: string): Promise<void> {
  await waitFor(() => {
    clock.advance(STEP_MS);
    server.stats();
    return condition();
  }, what);
}

test('TCP connections per address are capped; the refused one is closed and counted', async (t) => {
  const { server } = await startServer(t, { maxTcpConnectionsPerAddress: 2 });
  await client(t, server.tcpPort, null, 'tcp');
  await client(t, server.tcpPort, null, 'tcp');
  await client(t, server.tcpPort, null, 'tcp');
  await waitFor(() => server.stats().tcpRefused['per-address'] === 1, 'the third connection to be refused');
  assert.equal(server.stats().tcpConnections, 2);
  assert.equal(server.stats().tcpRefused.capacity, 0);
});

test('a message half sent over TCP is dropped after its deadline; complete traffic is not', async (t) => {
  const { server, clock } = await startServer(t, { tcpPartialMessageMs: 5000, tcpIdleMs: 3_600_000 });
  const steady = await client(t, server.tcpPort, credentials('peer-a', clock), 'tcp');
  await allocate(steady);
  const slow = await client(t, server.tcpPort, null, 'tcp');
  const request = bindingRequest();
  slow.sendRaw(request.subarray(0, 10));
  await stepUntil(server, clock, () => server.stats().tcpDropped['partial-message'] === 1, 'the partial message to be dropped');
  assert.equal(server.stats().tcpConnections, 1);
  assert.equal(server.stats().tcpDropped.idle, 0);
  assert.equal((await steady.request(METHOD.binding, [], false)).cls, 'success');
});

test('a TCP connection without an allocation is closed after the idle deadline; one with an allocation stays', async (t) => {
  const { server, clock } = await startServer(t, { tcpIdleMs: 10_000 });
  const allocated = await client(t, server.tcpPort, credentials('peer-a', clock), 'tcp');
  await allocate(allocated);
  const idle = await client(t, server.tcpPort, null, 'tcp');
  assert.equal((await idle.request(METHOD.binding, [], false)).cls, 'success');
  await stepUntil(server, clock, () => server.stats().tcpDropped.idle === 1, 'the idle connection to be closed');
  assert.equal(server.stats().tcpConnections, 1);
  assert.equal((await allocated.request(METHOD.binding, [], false)).cls, 'success');
  // Its allocation gone (Refresh LIFETIME 0), the connection idles out too.
  assert.equal((await allocated.request(METHOD.refresh, [attribute(ATTR.lifetime, new Uint8Array(4))])).cls, 'success');
  await stepUntil(server, clock, () => server.stats().tcpDropped.idle === 2, 'the connection without its allocation to be closed');
  assert.equal(server.stats().tcpConnections, 0);
});

test('allocations per source address are capped across identities (486), counted, and freed again', async (t) => {
  const { server, clock } = await startServer(t, { maxAllocationsPerAddress: 2 });
  const first = await client(t, server.port, credentials('peer-a', clock));
  await allocate(first);
  await allocate(await client(t, server.port, credentials('peer-b', clock)));
  const third = await client(t, server.port, credentials('peer-c', clock));
  assert.equal(errorCode(await third.request(METHOD.allocate, [UDP])), 486);
  assert.deepEqual(server.stats().allocationsRefused, { 'per-address': 1, 'per-user': 0, capacity: 0 });
  assert.equal((await first.request(METHOD.refresh, [attribute(ATTR.lifetime, new Uint8Array(4))])).cls, 'success');
  await allocate(third);
  assert.equal(server.stats().allocations, 2);
});

test('allocations refused per user and for capacity are counted by reason', async (t) => {
  const { server, clock } = await startServer(t, { maxAllocationsPerUser: 1, maxAllocations: 2 });
  await allocate(await client(t, server.port, credentials('peer-a', clock)));
  assert.equal(errorCode(await (await client(t, server.port, credentials('peer-a', clock))).request(METHOD.allocate, [UDP])), 486);
  await allocate(await client(t, server.port, credentials('peer-b', clock)));
  assert.equal(errorCode(await (await client(t, server.port, credentials('peer-c', clock))).request(METHOD.allocate, [UDP])), 508);
  assert.deepEqual(server.stats().allocationsRefused, { 'per-address': 0, 'per-user': 1, capacity: 1 });
});
