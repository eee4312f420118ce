/**
 * Fuzz a running server: hostile datagrams (signed ones among them, so they reach the handlers)
 * and TCP streams of junk. It must keep answering, never throw in a handler, and close broken
 * TCP streams. A tenth of FUZZ_INPUTS datagrams, paced so that each reaches the server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTR, attribute, encodeRequestedTransport, METHOD } from '../../../../relay/src/turn/index.ts';
import { FUZZ_INPUTS, FUZZ_SEED, FuzzInputs } from './fuzz-inputs.ts';
import { client, credentials, startServer, waitFor } from './harness.ts';

const DATAGRAMS = Math.ceil(FUZZ_INPUTS / 10);
/**
 * Datagrams sent between two Binding round trips: the answer shows the server read everything
 * before it, so the kernel's socket buffer never overflows and every datagram reaches the server.
 */
const BURST = 50;
const TCP_STREAMS = 20;

test(`a running server survives ${DATAGRAMS} hostile datagrams and ${TCP_STREAMS} junk TCP streams, and still answers (seed ${FUZZ_SEED})`, async (t) => {
  t.diagnostic(`FUZZ_SEED=${FUZZ_SEED}`);
  const { server, clock } = await startServer(t);
  const inputs = new FuzzInputs(FUZZ_SEED);
  const udp = await client(t, server.port, credentials('fuzzer', clock));
  const auth = await udp.request(METHOD.allocate, [attribute(ATTR.requestedTransport, encodeRequestedTransport(17))]);
  assert.equal(auth.cls, 'success');
  const signed = [
    udp.sign(METHOD.createPermission, [attribute(ATTR.xorPeerAddress, Uint8Array.of(0, 1, 0, 1, 1, 2, 3, 4))]),
    udp.sign(METHOD.channelBind, []),
    udp.sign(METHOD.refresh, [attribute(ATTR.lifetime, Uint8Array.of(0, 0, 2, 88))]),
  ];
  for (let i = 0; i < DATAGRAMS; i++) {
    udp.sendRaw(inputs.next(signed));
    if (i % BURST === BURST - 1) {
      assert.equal((await udp.request(METHOD.binding, [], false)).cls, 'success', `no answer after datagram ${i} (seed ${FUZZ_SEED})`);
      udp.clearReceived();
    }
  }
  for (let n = 0; n < TCP_STREAMS; n++) {
    const tcp = await client(t, server.tcpPort, null, 'tcp');
    const junk = Array.from({ length: 20 }, () => inputs.next(signed));
    tcp.sendRaw(Uint8Array.from(Buffer.concat(junk)));
  }
  await waitFor(() => server.stats().tcpConnections < TCP_STREAMS, 'broken TCP streams to be closed');
  assert.equal((await udp.request(METHOD.binding, [], false)).cls, 'success');
  const stats = server.stats();
  assert.equal(stats.internalErrors, 0, `handlers threw (seed ${FUZZ_SEED})`);
  assert.ok(stats.malformedMessages > DATAGRAMS / 10, `only ${stats.malformedMessages} malformed datagrams arrived`);
});
