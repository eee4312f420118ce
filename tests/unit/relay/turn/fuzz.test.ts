/**
 * Fuzz: random bytes and mutated valid messages through every decoder, the stream splitter, and a
 * running server. Nothing may throw; failures carry known error codes; whatever decodes
 * re-encodes to a message that decodes the same. Reproduce with FUZZ_SEED=<printed seed>;
 * FUZZ_INPUTS=<n> runs longer.
 */
import { seededRandom } from '../../../support/random.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isErrorCode, type Result } from '../../../../web/src/node/base/errors.ts';
import {
  ATTR,
  attribute,
  decodeAddress,
  decodeChannelData,
  decodeErrorCode,
  decodeStunMessage,
  decodeText,
  decodeUnknownAttributes,
  decodeXorAddress,
  encodeChannelData,
  encodeErrorCode,
  encodeRequestedTransport,
  encodeStunMessage,
  encodeText,
  encodeU32,
  encodeXorAddress,
  METHOD,
  TurnStreamSplitter,
  verifyMessageIntegrity,
} from '../../../../relay/src/turn/index.ts';
import { client, credentials, startServer, waitFor } from './harness.ts';
import * as V from './rfc5769.ts';

const INPUTS = Number(process.env['FUZZ_INPUTS'] ?? 5000);
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : (Math.random() * 2 ** 32) >>> 0;


const rng = seededRandom(SEED);
const int = (n: number) => Math.floor(rng() * n);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));

function corpus(): Uint8Array[] {
  const tid = bytes(12);
  const peer = { family: 4 as const, address: '192.0.2.7', port: 5000 };
  return [
    V.SAMPLE_REQUEST,
    V.SAMPLE_IPV4_RESPONSE,
    V.SAMPLE_IPV6_RESPONSE,
    V.SAMPLE_LONG_TERM_REQUEST,
    encodeStunMessage(
      {
        method: METHOD.allocate,
        cls: 'request',
        transactionId: tid,
        attributes: [attribute(ATTR.requestedTransport, encodeRequestedTransport(17)), attribute(ATTR.lifetime, encodeU32(600))],
      },
      { integrityKey: bytes(16), fingerprint: true },
    ),
    encodeStunMessage({
      method: METHOD.send,
      cls: 'indication',
      transactionId: tid,
      attributes: [attribute(ATTR.xorPeerAddress, encodeXorAddress(peer, tid)), attribute(ATTR.data, bytes(33))],
    }),
    encodeStunMessage(
      {
        method: METHOD.allocate,
        cls: 'error',
        transactionId: tid,
        attributes: [
          attribute(ATTR.errorCode, encodeErrorCode(401, 'Unauthorized')),
          attribute(ATTR.realm, encodeText('tabmesh')),
          attribute(ATTR.unknownAttributes, Uint8Array.of(0, 1, 0x7f, 0xff)),
        ],
      },
      { fingerprint: true },
    ),
    encodeChannelData(0x4001, bytes(20), false),
    encodeChannelData(0x7fff, bytes(3), true),
  ];
}

function mutate(input: Uint8Array): Uint8Array {
  let out = input.slice();
  for (let round = 1 + int(3); round > 0; round--) {
    const op = int(5);
    if (op === 0 && out.length > 0) for (let n = 1 + int(6); n > 0; n--) out[int(out.length)]! ^= 1 << int(8);
    else if (op === 1) out = out.slice(0, int(out.length + 1));
    else if (op === 2) out = Uint8Array.from([...out, ...bytes(1 + int(40))]);
    else if (op === 3 && out.length > 4) out[2 + int(2)] = int(256); // the length field
    else if (op === 4 && out.length > 24) out.set(bytes(4), 20 + 4 * int((out.length - 24) >> 2)); // an attribute header
  }
  return out;
}

function input(seeds: Uint8Array[]): Uint8Array {
  if (rng() < 0.3) return bytes(int(rng() < 0.95 ? 200 : 2000));
  return mutate(seeds[int(seeds.length)]!);
}

function assertKnown(result: Result<unknown>, what: string, sample: Uint8Array): void {
  if (result.ok) return;
  const hex = Buffer.from(sample).toString('hex');
  assert.ok(isErrorCode(result.error.code), `${what}: unknown code ${result.error.code} (seed ${SEED}) ${hex}`);
}

test(`decoders never throw on ${INPUTS} random and mutated inputs (seed ${SEED})`, () => {
  const seeds = corpus();
  const splitter = { current: new TurnStreamSplitter() };
  for (let i = 0; i < INPUTS; i++) {
    const sample = input(seeds);
    const decoded = decodeStunMessage(sample);
    assertKnown(decoded, 'decodeStunMessage', sample);
    if (decoded.ok) {
      const m = decoded.value;
      verifyMessageIntegrity(m, bytes(16));
      for (const { type, value } of m.attributes) {
        const typed = [
          decodeAddress(value),
          decodeXorAddress(value, m.transactionId),
          decodeText(value),
          decodeErrorCode(value),
          decodeUnknownAttributes(value),
        ];
        for (const r of typed) assertKnown(r, `attribute 0x${type.toString(16)}`, sample);
      }
      const { method, cls, transactionId, attributes } = m;
      const again = decodeStunMessage(encodeStunMessage({ method, cls, transactionId, attributes }));
      assert.ok(again.ok, `re-encoded message does not decode (seed ${SEED})`);
      assert.deepEqual(again.value.attributes.map((a) => [a.type, [...a.value]]), m.attributes.map((a) => [a.type, [...a.value]]));
    }
    assertKnown(decodeChannelData(sample), 'decodeChannelData', sample);
    const cut = splitter.current.push(sample);
    assertKnown(cut, 'splitter', sample);
    if (!cut.ok) splitter.current = new TurnStreamSplitter();
  }
});

test(`a running server survives ${INPUTS} hostile datagrams and TCP streams, and still relays`, async (t) => {
  const { server, clock } = await startServer(t);
  const seeds = corpus();
  const udp = await client(t, server.port, credentials('fuzzer', clock));
  const auth = await udp.request(METHOD.allocate, [attribute(ATTR.requestedTransport, encodeRequestedTransport(17))]);
  assert.equal(auth.cls, 'success');
  const signedSeeds = [
    ...seeds,
    udp.sign(METHOD.createPermission, [attribute(ATTR.xorPeerAddress, Uint8Array.of(0, 1, 0, 1, 1, 2, 3, 4))]),
    udp.sign(METHOD.channelBind, []),
  ];
  for (let i = 0; i < INPUTS; i++) {
    udp.sendRaw(input(signedSeeds));
    if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve)); // let the server drain
  }
  for (let n = 0; n < 20; n++) {
    const tcp = await client(t, server.tcpPort, null, 'tcp');
    tcp.sendRaw(Uint8Array.from(Buffer.concat(Array.from({ length: 20 }, () => input(signedSeeds)))));
  }
  await waitFor(() => server.stats().tcpConnections < 20, 'broken TCP streams to be closed');
  const binding = await udp.request(METHOD.binding, [], false);
  assert.equal(binding.cls, 'success');
  assert.equal(server.stats().internalErrors, 0, `handlers threw (seed ${SEED})`);
});
