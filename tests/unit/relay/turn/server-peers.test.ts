/**
 * Where the TURN server relays to: never into private, link-local, CGNAT or reserved ranges, nor
 * to the relay host's own services, unless a range is allowed explicitly (coturn's denied-peer
 * ranges); loopback only under allowLoopbackPeers. Refusals are 403 and counted by reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  ATTR,
  attribute,
  encodeChannelNumber,
  encodeXorAddress,
  METHOD,
  type TransportAddress,
} from '../../../../relay/src/turn/index.ts';
import { errorCode, type TestTurnClient } from './client.ts';
import { allocate, client, credentials, startServer, waitFor } from './harness.ts';

/** An address standing for one of the relay host's own (not on any interface here: no packet is sent to it). */
const OWN = '198.51.100.7';
/** Inside every OS's ephemeral port range, where relayed sockets are bound. */
const EPHEMERAL_PORT = 50_000;

const v4 = (address: string, port = 9): TransportAddress => ({ family: 4, address, port });

async function permit(c: TestTurnClient, peer: TransportAddress): Promise<number | null> {
  const tid = randomBytes(12);
  const answer = await c.requestWith(c.sign(METHOD.createPermission, [attribute(ATTR.xorPeerAddress, encodeXorAddress(peer, tid))], tid), tid);
  return answer.cls === 'success' ? 200 : errorCode(answer);
}

async function bind(c: TestTurnClient, channel: number, peer: TransportAddress): Promise<number | null> {
  const tid = randomBytes(12);
  const attrs = [attribute(ATTR.channelNumber, encodeChannelNumber(channel)), attribute(ATTR.xorPeerAddress, encodeXorAddress(peer, tid))];
  const answer = await c.requestWith(c.sign(METHOD.channelBind, attrs, tid), tid);
  return answer.cls === 'success' ? 200 : errorCode(answer);
}

test('CreatePermission and ChannelBind into private, link-local, CGNAT and reserved ranges are 403, counted by reason', async (t) => {
  const { server, clock } = await startServer(t, { allowLoopbackPeers: false });
  const c = await client(t, server.port, credentials('peer-a', clock));
  await allocate(c);
  const denied = ['10.0.0.1', '172.16.0.1', '172.31.255.254', '192.168.1.1', '169.254.169.254', '100.64.0.1', '100.127.255.254', '192.0.0.170', '198.18.0.1'];
  for (const address of denied) assert.equal(await permit(c, v4(address)), 403, address);
  assert.equal(await bind(c, 0x4001, v4('169.254.169.254', 80)), 403, 'cloud metadata by ChannelBind');
  for (const address of ['127.0.0.1', '127.1.2.3']) assert.equal(await permit(c, v4(address)), 403, address);
  for (const address of ['0.0.0.0', '224.0.0.1', '240.0.0.1', '255.255.255.255']) assert.equal(await permit(c, v4(address)), 403, address);
  for (const address of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1']) assert.equal(await permit(c, v4(address)), 200, address);
  assert.deepEqual(server.stats().permissionsRefused, { 'denied-range': denied.length + 1, 'own-address': 0, loopback: 2, reserved: 4 });
});

test('IPv6: ULA, link-local, loopback and ::ffff:-mapped or NAT64 forms of denied IPv4 are 403', async (t) => {
  const { server, clock } = await startServer(t, { host: '::1', relayAddress: '::1', allowLoopbackPeers: false });
  const c = await client(t, server.port, credentials('peer-a', clock), 'udp6');
  await allocate(c);
  const v6 = (address: string): TransportAddress => ({ family: 6, address, port: 9 });
  for (const address of ['fc00::1', 'fd12:3456::1', 'fe80::1', 'fec0::1', '::1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:127.0.0.1', '64:ff9b::a9fe:a9fe', '::', 'ff02::1']) {
    assert.equal(await permit(c, v6(address)), 403, address);
  }
  for (const address of ['2001:4860:4860::8888', '::ffff:8.8.8.8']) assert.equal(await permit(c, v6(address)), 200, address);
});

test('TURN_ALLOWED_PEER_RANGES opens exactly its ranges (also in ::ffff: form), never loopback or reserved ones', async (t) => {
  const { server, clock } = await startServer(t, { allowLoopbackPeers: false, allowedPeerRanges: ['10.77.0.0/24', '0.0.0.0/0'] });
  const c = await client(t, server.port, credentials('peer-a', clock));
  await allocate(c);
  assert.equal(await permit(c, v4('10.77.0.1')), 200);
  assert.equal(await bind(c, 0x4002, v4('10.77.0.200', 40_000)), 200);
  assert.equal(await permit(c, v4('192.168.0.1')), 200, '0.0.0.0/0 opens every private range');
  assert.equal(await permit(c, v4('127.0.0.1')), 403, 'loopback stays with allowLoopbackPeers');
  assert.equal(await permit(c, v4('224.0.0.1')), 403, 'multicast stays closed');

  const narrow = await startServer(t, { allowLoopbackPeers: false, allowedPeerRanges: ['10.77.0.0/24'] });
  const d = await client(t, narrow.server.port, credentials('peer-b', narrow.clock));
  await allocate(d);
  assert.equal(await permit(d, v4('10.77.0.9')), 200);
  assert.equal(await permit(d, v4('10.77.1.9')), 403);
  assert.equal(narrow.server.stats().permissionsRefused['denied-range'], 1);
});

test("the relay host's own addresses: its listening ports and fixed service ports are 403; relayed (ephemeral) ports are allowed", async (t) => {
  const { server, clock } = await startServer(t, { allowLoopbackPeers: false, localAddresses: [OWN], allowedPeerRanges: ['198.51.100.0/24'] });
  const c = await client(t, server.port, credentials('peer-a', clock));
  await allocate(c);
  assert.equal(await permit(c, v4(OWN, server.port)), 403, 'the TURN port itself');
  assert.equal(await permit(c, v4(OWN, 53)), 403, 'a service port, even inside an allowed range');
  assert.equal(await bind(c, 0x4003, v4(OWN, 161)), 403);
  assert.equal(await permit(c, v4('198.51.100.8', 53)), 200, 'another host of the allowed range');
  assert.equal(server.stats().permissionsRefused['own-address'], 3);
  // Two tabs on one relay reach each other through their relayed addresses: the relay's own IP.
  assert.equal(await permit(c, v4(OWN, EPHEMERAL_PORT)), 200);
  // The permission is per IP, but a datagram to a service port of its own is still dropped.
  const dropped = server.stats().droppedPackets;
  c.sendIndication(v4(OWN, 53), Buffer.from('to a service'));
  await waitFor(() => server.stats().droppedPackets === dropped + 1, 'the send to a service port to be dropped');
  assert.equal(server.stats().relayedPackets, 0);
});

test('a peer on another host at the TURN port number is not mistaken for the relay itself', async (t) => {
  const { server, clock } = await startServer(t, { host: '0.0.0.0', localAddresses: [OWN] });
  const c = await client(t, server.port, credentials('peer-a', clock));
  await allocate(c);
  assert.equal(await permit(c, v4('8.8.8.8', server.port)), 200);
  assert.equal(await permit(c, v4('127.0.0.1', server.port)), 403, 'loopback reaches the wildcard listener');
});
