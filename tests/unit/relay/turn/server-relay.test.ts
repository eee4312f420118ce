import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  ATTR,
  attribute,
  decodeU32,
  encodeChannelNumber,
  encodeRequestedFamily,
  encodeRequestedTransport,
  encodeU32,
  encodeXorAddress,
  findAttribute,
  METHOD,
  TRANSPORT_UDP,
  type TransportAddress,
} from '../../../../relay/src/turn/index.ts';
import { errorCode } from './client.ts';
import { allocate, client, credentials, peer, startServer, waitFor } from './harness.ts';

const UDP = attribute(ATTR.requestedTransport, encodeRequestedTransport(TRANSPORT_UDP));
const xorPeer = (p: TransportAddress) => (tid: Uint8Array) => attribute(ATTR.xorPeerAddress, encodeXorAddress(p, tid));

test('CreatePermission + Send indication reach a UDP peer; the reply comes back as a Data indication', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock));
  const relayed = await allocate(c);
  const p = await peer(t);

  c.sendIndication(p.address, Buffer.from('before permission'));
  await waitFor(() => server.stats().droppedPackets === 1, 'the unpermitted send to be dropped');

  const tid = randomBytes(12);
  const permitted = await c.requestWith(c.sign(METHOD.createPermission, [xorPeer(p.address)(tid)], tid), tid);
  assert.equal(permitted.cls, 'success');
  c.sendIndication(p.address, Buffer.from('hello peer'));
  const got = await p.next();
  assert.equal(got.data.toString(), 'hello peer');
  assert.equal(got.from.port, relayed.port);

  p.socket.send(Buffer.from('hello client'), relayed.port, relayed.address);
  const back = await c.nextData();
  assert.equal(Buffer.from(back.data).toString(), 'hello client');
  assert.deepEqual(back.peer, p.address);
  assert.ok(server.stats().relayedBytes >= 22);
});

test('ChannelBind then ChannelData both ways; conflicting or invalid bindings are 400', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock));
  const relayed = await allocate(c);
  const p = await peer(t);
  const other = await peer(t);
  const bind = async (channel: number, target: TransportAddress) => {
    const tid = randomBytes(12);
    const attrs = [attribute(ATTR.channelNumber, encodeChannelNumber(channel)), xorPeer(target)(tid)];
    return c.requestWith(c.sign(METHOD.channelBind, attrs, tid), tid);
  };
  assert.equal((await bind(0x4001, p.address)).cls, 'success');
  assert.equal((await bind(0x4001, p.address)).cls, 'success'); // refresh
  assert.equal(errorCode(await bind(0x4001, other.address)), 400);
  assert.equal(errorCode(await bind(0x4002, p.address)), 400);
  assert.equal(errorCode(await bind(0x3fff, other.address)), 400);

  c.sendChannelData(0x4001, Buffer.from('via channel'));
  assert.equal((await p.next()).data.toString(), 'via channel');
  p.socket.send(Buffer.from('channel reply'), relayed.port, relayed.address);
  const back = await c.nextData();
  assert.equal(back.channel, 0x4001);
  assert.equal(Buffer.from(back.data).toString(), 'channel reply');
  assert.equal(server.stats().channels, 1);
});

test('Refresh with LIFETIME 0 deletes the allocation; afterwards Refresh is 437', async (t) => {
  const { server, clock } = await startServer(t);
  const c = await client(t, server.port, credentials('peer-a', clock));
  await allocate(c);
  const answer = await c.request(METHOD.refresh, [attribute(ATTR.lifetime, encodeU32(0))]);
  assert.equal(answer.cls, 'success');
  assert.deepEqual(decodeU32(findAttribute(answer, ATTR.lifetime)!), { ok: true, value: 0 });
  assert.equal(server.stats().allocations, 0);
  assert.equal(errorCode(await c.request(METHOD.refresh, [])), 437);
  await allocate(c); // the 5-tuple is free again
});

test('peer policy: loopback refused unless allowed (403), multicast always', async (t) => {
  const { server, clock } = await startServer(t, { allowLoopbackPeers: false });
  const c = await client(t, server.port, credentials('peer-a', clock));
  await allocate(c);
  for (const address of ['127.0.0.1', '224.0.0.1', '0.0.0.0']) {
    const tid = randomBytes(12);
    const answer = await c.requestWith(c.sign(METHOD.createPermission, [xorPeer({ family: 4, address, port: 9 })(tid)], tid), tid);
    assert.equal(errorCode(answer), 403, address);
  }
  const tid = randomBytes(12);
  const v6 = xorPeer({ family: 6, address: '2001:db8::1', port: 9 })(tid);
  assert.equal(errorCode(await c.requestWith(c.sign(METHOD.createPermission, [v6], tid), tid)), 443);
});

test('garbage datagrams are dropped and counted; the server keeps answering', async (t) => {
  const { server } = await startServer(t);
  const c = await client(t, server.port, null);
  const junk = [Buffer.alloc(0), Buffer.from([0x00, 0x01]), randomBytes(20), Buffer.from('GET / HTTP/1.1\r\n\r\n'), randomBytes(1500)];
  junk.push(Buffer.from([0x40, 0x01, 0xff, 0xff, 1, 2])); // ChannelData declaring more than it carries
  for (const bytes of junk) c.sendRaw(bytes);
  assert.equal((await c.request(METHOD.binding, [], false)).cls, 'success');
  assert.ok(server.stats().malformedMessages >= 2);
  assert.equal(server.stats().internalErrors, 0);
});

test('TCP: allocate, bind a channel and relay both ways with padded ChannelData', async (t) => {
  const { server, clock } = await startServer(t);
  assert.equal(server.tcpPort, server.port);
  const c = await client(t, server.tcpPort, credentials('peer-a', clock), 'tcp');
  const relayed = await allocate(c);
  const p = await peer(t);
  const tid = randomBytes(12);
  const attrs = [attribute(ATTR.channelNumber, encodeChannelNumber(0x4abc)), xorPeer(p.address)(tid)];
  assert.equal((await c.requestWith(c.sign(METHOD.channelBind, attrs, tid), tid)).cls, 'success');
  for (const size of [1, 2, 3, 4, 1000]) {
    c.sendChannelData(0x4abc, Buffer.alloc(size, size));
    assert.equal((await p.next()).data.length, size);
    p.socket.send(Buffer.alloc(size, 7), relayed.port, relayed.address);
    const back = await c.nextData();
    assert.equal(back.channel, 0x4abc);
    assert.equal(back.data.length, size);
  }
  // Garbage on another TCP connection closes that one only.
  const bad = await client(t, server.tcpPort, null, 'tcp');
  bad.sendRaw(Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]));
  await waitFor(() => server.stats().tcpConnections === 1, 'the bad TCP connection to close');
  c.sendChannelData(0x4abc, Buffer.from('still here'));
  assert.equal((await p.next()).data.toString(), 'still here');
  c.close();
  await waitFor(() => server.stats().allocations === 0, 'the TCP allocation to end with its connection');
});

test('IPv6: relayed address, permissions and Data indications with an IPv6 relay; other families refused', async (t) => {
  const { server, clock } = await startServer(t, { host: '::1', relayAddress: '::1' });
  const c = await client(t, server.port, credentials('peer-a', clock), 'udp6');
  const v4 = attribute(ATTR.requestedAddressFamily, encodeRequestedFamily(4));
  assert.equal(errorCode(await c.request(METHOD.allocate, [UDP, v4])), 440);
  const relayed = await allocate(c);
  assert.deepEqual({ family: relayed.family, address: relayed.address }, { family: 6, address: '::1' });
  const p = await peer(t, '::1');
  const tid = randomBytes(12);
  assert.equal((await c.requestWith(c.sign(METHOD.createPermission, [xorPeer(p.address)(tid)], tid), tid)).cls, 'success');
  const tid4 = randomBytes(12);
  const peer4 = xorPeer({ family: 4, address: '127.0.0.1', port: 9 })(tid4);
  assert.equal(errorCode(await c.requestWith(c.sign(METHOD.createPermission, [peer4], tid4), tid4)), 443);
  c.sendIndication(p.address, Buffer.from('over v6'));
  assert.equal((await p.next()).data.toString(), 'over v6');
  p.socket.send(Buffer.from('back over v6'), relayed.port, relayed.address);
  const back = await c.nextData();
  assert.deepEqual(back.peer, p.address);
  assert.equal(Buffer.from(back.data).toString(), 'back over v6');
});

test('close() releases the ports', async (t) => {
  // A port below the kernel's ephemeral range (32768+): a port-0 bind elsewhere in the suite could
  // otherwise be handed the port between close() and the second start.
  let started: Awaited<ReturnType<typeof startServer>> | undefined;
  for (let attempt = 0; started === undefined; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    started = await startServer(t, { port }).catch((error: unknown) => {
      if (attempt < 20 && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return undefined;
      throw error;
    });
  }
  const { server } = started;
  await server.close();
  const again = await startServer(t, { port: server.port });
  assert.equal(again.server.port, server.port);
});
