import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  ATTR,
  attribute,
  decodeReservationToken,
  decodeText,
  decodeU32,
  decodeUnknownAttributes,
  decodeXorAddress,
  encodeEvenPort,
  encodeRequestedFamily,
  encodeRequestedTransport,
  encodeU32,
  encodeXorAddress,
  findAttribute,
  longTermKey,
  METHOD,
  TRANSPORT_UDP,
  verifyMessageIntegrity,
  type TransportAddress,
} from '../../../../relay/src/turn/index.ts';
import { errorCode } from './client.ts';
import { allocate, client, credentials, peer, startServer, waitFor } from './harness.ts';

const UDP = attribute(ATTR.requestedTransport, encodeRequestedTransport(TRANSPORT_UDP));
const xorPeer = (p: TransportAddress) => (tid: Uint8Array) => attribute(ATTR.xorPeerAddress, encodeXorAddress(p, tid));

test('Binding needs no credentials and answers the reflexive address with SOFTWARE and FINGERPRINT', async (t) => {
  const { server } = await startServer(t);
  const c = await client(t, server.port, null);
  const answer = await c.request(METHOD.binding, [], false);
  assert.equal(answer.cls, 'success');
  const mapped = decodeXorAddress(findAttribute(answer, ATTR.xorMappedAddress)!, answer.transactionId);
  assert.ok(mapped.ok);
  assert.equal(mapped.value.address, '127.0.0.1');
  assert.equal(decodeText(findAttribute(answer, ATTR.software)!).ok, true);
  assert.equal(answer.fingerprint, true);
  assert.equal(answer.integrityOffset, -1);
});

test('Allocate: 401 with REALM and NONCE, then 200 with XOR-RELAYED-ADDRESS, LIFETIME and MESSAGE-INTEGRITY', async (t) => {
  const { server, clock } = await startServer(t);
  const creds = credentials('peer-a', clock);
  const c = await client(t, server.port, null);
  const challenge = await c.request(METHOD.allocate, [UDP], false);
  assert.equal(errorCode(challenge), 401);
  assert.deepEqual(decodeText(findAttribute(challenge, ATTR.realm)!), { ok: true, value: 'tabmesh' });
  assert.ok(findAttribute(challenge, ATTR.nonce));

  c.credentials = creds;
  const answer = await c.request(METHOD.allocate, [UDP]);
  assert.equal(answer.cls, 'success');
  const relayed = decodeXorAddress(findAttribute(answer, ATTR.xorRelayedAddress)!, answer.transactionId);
  assert.ok(relayed.ok);
  assert.equal(relayed.value.address, '127.0.0.1');
  assert.ok(relayed.value.port > 0);
  assert.deepEqual(decodeU32(findAttribute(answer, ATTR.lifetime)!), { ok: true, value: 600 });
  assert.ok(verifyMessageIntegrity(answer, longTermKey(creds.username, 'tabmesh', creds.password)));
  assert.equal(server.stats().allocations, 1);
});

test('wrong password, expired username and a foreign secret are all refused with 401 and counted', async (t) => {
  const { server, clock } = await startServer(t);
  const good = credentials('peer-a', clock);
  const cases = [
    { username: good.username, password: 'not-the-password' },
    credentials('peer-b', clock, 3600, 'some-other-secret'),
    { username: `${Math.floor(clock.now / 1000) - 1}:peer-c`, password: 'x' },
    { username: 'no-expiry-here', password: 'x' },
  ];
  for (const creds of cases) {
    const c = await client(t, server.port, creds);
    const answer = await c.request(METHOD.allocate, [UDP]);
    assert.equal(errorCode(answer), 401, creds.username);
  }
  // An expired-but-correctly-signed username too.
  const expired = credentials('peer-d', clock, 60);
  clock.advance(61_000);
  const c = await client(t, server.port, expired);
  assert.equal(errorCode(await c.request(METHOD.allocate, [UDP])), 401);
  assert.equal(server.stats().authFailures, 5);
  assert.equal(server.stats().allocations, 0);
});

test('the per-user cap answers 486; other users are unaffected', async (t) => {
  const { server, clock } = await startServer(t, { maxAllocationsPerUser: 2 });
  const creds = credentials('peer-a', clock);
  await allocate(await client(t, server.port, creds));
  await allocate(await client(t, server.port, creds));
  const third = await client(t, server.port, creds);
  assert.equal(errorCode(await third.request(METHOD.allocate, [UDP])), 486);
  await allocate(await client(t, server.port, credentials('peer-b', clock)));
  assert.equal(server.stats().allocations, 3);
});

test('the global cap answers 508 Insufficient Capacity', async (t) => {
  const { server, clock } = await startServer(t, { maxAllocations: 1 });
  await allocate(await client(t, server.port, credentials('peer-a', clock)));
  const other = await client(t, server.port, credentials('peer-b', clock));
  assert.equal(errorCode(await other.request(METHOD.allocate, [UDP])), 508);
});

test('a second Allocate on the same 5-tuple is 437; a retransmission gets the identical answer', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock));
  await c.request(METHOD.binding, [], false);
  const first = await c.request(METHOD.allocate, [UDP]); // learns the nonce, allocates
  assert.equal(first.cls, 'success');
  assert.equal(errorCode(await c.request(METHOD.allocate, [UDP])), 437);

  const tid = randomBytes(12);
  const bytes = c.sign(METHOD.refresh, [attribute(ATTR.lifetime, encodeU32(1200))], tid);
  const a = await c.requestWith(bytes, tid);
  const b = await c.requestWith(bytes, tid);
  assert.deepEqual(b.bytes, a.bytes);
});

test('Allocate without REQUESTED-TRANSPORT is 400, with TCP 442, asking for IPv6 440', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock));
  assert.equal(errorCode(await c.request(METHOD.allocate, [])), 400);
  assert.equal(errorCode(await c.request(METHOD.allocate, [attribute(ATTR.requestedTransport, encodeRequestedTransport(6))])), 442);
  const v6 = attribute(ATTR.requestedAddressFamily, encodeRequestedFamily(6));
  assert.equal(errorCode(await c.request(METHOD.allocate, [UDP, v6])), 440);
  assert.equal(server.stats().allocations, 0);
});

test('allocations, permissions and nonces expire on the injected clock', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock, 7200));
  const relayed = await allocate(c);
  const p = await peer(t);
  const tid = randomBytes(12);
  assert.equal((await c.requestWith(c.sign(METHOD.createPermission, [xorPeer(p.address)(tid)], tid), tid)).cls, 'success');

  clock.advance(301_000); // permission gone, allocation (600 s) alive
  assert.equal(server.stats().permissions, 0);
  p.socket.send(Buffer.from('late'), relayed.port, relayed.address);
  await waitFor(() => server.stats().droppedPackets >= 1, 'the datagram without permission to be dropped');

  clock.advance(298_000); // 599 s
  assert.equal(server.stats().allocations, 1);
  clock.advance(2_000); // 601 s
  assert.equal(server.stats().allocations, 0);
  // The nonce (10 min) is stale by now: 438, and the client's retry with the new one reaches 437.
  const tid2 = randomBytes(12);
  assert.equal(errorCode(await c.requestWith(c.sign(METHOD.refresh, [], tid2), tid2)), 438);
  assert.equal(errorCode(await c.request(METHOD.refresh, [])), 437);
});

test('an unknown comprehension-required attribute is 420 with UNKNOWN-ATTRIBUTES; unknown optional ones are ignored', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock));
  const answer = await c.request(METHOD.allocate, [UDP, attribute(0x7777, Uint8Array.of(1, 2, 3))]);
  assert.equal(errorCode(answer), 420);
  assert.deepEqual(decodeUnknownAttributes(findAttribute(answer, ATTR.unknownAttributes)!), { ok: true, value: [0x7777] });
  assert.equal((await c.request(METHOD.allocate, [UDP, attribute(0xc001, Uint8Array.of(1))])).cls, 'success');
});

test('EVEN-PORT with R reserves the next port for a RESERVATION-TOKEN', async (t) => {
  const { server, clock } = await startServer(t);
  const creds = credentials('peer-a', clock);
  const a = await client(t, server.port, creds);
  const first = await a.request(METHOD.allocate, [UDP, attribute(ATTR.evenPort, encodeEvenPort(true))]);
  assert.equal(first.cls, 'success');
  const port = decodeXorAddress(findAttribute(first, ATTR.xorRelayedAddress)!, first.transactionId);
  assert.ok(port.ok && port.value.port % 2 === 0);
  const token = findAttribute(first, ATTR.reservationToken)!;
  assert.ok(decodeReservationToken(token).ok);
  assert.equal(server.stats().reservations, 1);

  const b = await client(t, server.port, creds);
  const second = await b.request(METHOD.allocate, [UDP, attribute(ATTR.reservationToken, token)]);
  const next = decodeXorAddress(findAttribute(second, ATTR.xorRelayedAddress)!, second.transactionId);
  assert.ok(next.ok && port.ok);
  assert.equal(next.value.port, port.value.port + 1);
  const again = await client(t, server.port, creds);
  assert.equal(errorCode(await again.request(METHOD.allocate, [UDP, attribute(ATTR.reservationToken, token)])), 508);
});
