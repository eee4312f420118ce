/**
 * Fuzz: FUZZ_INPUTS random and mutated inputs (default 100 000) through every STUN/TURN decoder
 * and the stream splitter. Properties: nothing throws; every failure is a typed error with a known
 * code; whatever decodes re-encodes to the same bytes (reserved bits aside), and a decoded
 * message's re-encoding is a fixed point; valid messages cut anyhow come out of the splitter
 * whole and in order. Reproduce with FUZZ_SEED=<printed seed>.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isErrorCode, type Result } from '../../../../web/src/node/base/errors.ts';
import {
  CHANNEL_HEADER_BYTES,
  decodeAddress,
  decodeChannelData,
  decodeChannelNumber,
  decodeErrorCode,
  decodeEvenPort,
  decodeRequestedFamily,
  decodeRequestedTransport,
  decodeReservationToken,
  decodeStunMessage,
  decodeText,
  decodeU32,
  decodeUnknownAttributes,
  decodeXorAddress,
  encodeAddress,
  encodeChannelData,
  encodeChannelNumber,
  encodeErrorCode,
  encodeEvenPort,
  encodeRequestedFamily,
  encodeRequestedTransport,
  encodeReservationToken,
  encodeStunMessage,
  encodeText,
  encodeU32,
  encodeUnknownAttributes,
  encodeXorAddress,
  HEADER_BYTES,
  MAX_STUN_MESSAGE_BYTES,
  messageType,
  TurnStreamSplitter,
  verifyMessageIntegrity,
  type DecodedStunMessage,
} from '../../../../relay/src/turn/index.ts';
import { readU16 } from '../../../../relay/src/turn/stun-message.ts';
import { concat, FUZZ_INPUTS, FUZZ_SEED, FuzzInputs } from './fuzz-inputs.ts';

/** The most a splitter may hold: one ChannelData of 64 KiB with its padding. */
const MAX_BUFFERED_BYTES = CHANNEL_HEADER_BYTES + 0xffff + 3;
/** Valid frames re-cut together once this many are collected. */
const RECUT_BATCH = 32;

const view = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const hex = (bytes: Uint8Array): string => view(bytes).toString('hex');
const equal = (a: Uint8Array, b: Uint8Array): boolean => view(a).equals(b);

function known(result: Result<unknown>, what: string, sample: Uint8Array): void {
  if (!result.ok) assert.ok(isErrorCode(result.error.code), `${what}: unknown code ${result.error.code} (seed ${FUZZ_SEED}) ${hex(sample)}`);
}

/** `value` with the bytes at `indices` masked by `masks` (0 = a reserved byte). */
function masked(value: Uint8Array, indices: readonly number[], masks: readonly number[] = []): Uint8Array {
  const out = value.slice();
  indices.forEach((at, i) => (out[at] = out[at]! & (masks[i] ?? 0)));
  return out;
}

/** Every typed attribute decoder on `value`: what decodes must encode back to the same bytes. */
function checkAttributeValue(value: Uint8Array, transactionId: Uint8Array, sample: Uint8Array): void {
  const same = (encoded: Uint8Array, expected: Uint8Array, what: string): void => {
    if (!equal(encoded, expected)) assert.equal(hex(encoded), hex(expected), `${what} does not round-trip (seed ${FUZZ_SEED}) ${hex(sample)}`);
  };
  const round = <T>(decoded: Result<T>, what: string, encode: (v: T) => Uint8Array, expected: () => Uint8Array): void => {
    known(decoded, what, sample);
    if (decoded.ok) same(encode(decoded.value), expected(), what);
  };
  round(decodeAddress(value), 'address', encodeAddress, () => masked(value, [0]));
  round(decodeXorAddress(value, transactionId), 'XOR address', (a) => encodeXorAddress(a, transactionId), () => masked(value, [0]));
  round(decodeText(value), 'text', (t) => encodeText(t), () => value);
  round(decodeErrorCode(value), 'ERROR-CODE', (e) => encodeErrorCode(e.code, e.reason), () => masked(value, [0, 1, 2], [0, 0, 0x07]));
  round(decodeUnknownAttributes(value), 'UNKNOWN-ATTRIBUTES', encodeUnknownAttributes, () => value);
  round(decodeU32(value), 'u32', encodeU32, () => value);
  round(decodeChannelNumber(value), 'CHANNEL-NUMBER', encodeChannelNumber, () => masked(value, [2, 3]));
  round(decodeRequestedTransport(value), 'REQUESTED-TRANSPORT', encodeRequestedTransport, () => masked(value, [1, 2, 3]));
  const family = decodeRequestedFamily(value);
  known(family, 'REQUESTED-ADDRESS-FAMILY', sample);
  if (family.ok && family.value !== null) same(encodeRequestedFamily(family.value), masked(value, [1, 2, 3]), 'REQUESTED-ADDRESS-FAMILY');
  round(decodeEvenPort(value), 'EVEN-PORT', (e) => encodeEvenPort(e.reserveNext), () => masked(value, [0], [0x80]));
  round(decodeReservationToken(value), 'RESERVATION-TOKEN', encodeReservationToken, () => value);
}

/** A decoded message re-encodes to one that decodes the same, and that encoding is a fixed point. */
function checkMessage(m: DecodedStunMessage, sample: Uint8Array, key: Uint8Array): void {
  assert.equal(messageType(m.method, m.cls), readU16(sample, 0), `message type (seed ${FUZZ_SEED})`);
  assert.equal(typeof verifyMessageIntegrity(m, key), 'boolean');
  for (const { value } of m.attributes) checkAttributeValue(value, m.transactionId, sample);
  const plain = { method: m.method, cls: m.cls, transactionId: m.transactionId, attributes: m.attributes };
  const encoded = encodeStunMessage(plain, { fingerprint: m.fingerprint });
  const again = decodeStunMessage(encoded);
  assert.ok(again.ok, `re-encoded message does not decode (seed ${FUZZ_SEED}) ${hex(sample)}`);
  const { method, cls, transactionId, attributes, fingerprint, unknownRequired } = again.value;
  const sameMessage =
    method === m.method &&
    cls === m.cls &&
    fingerprint === m.fingerprint &&
    equal(transactionId, m.transactionId) &&
    attributes.length === m.attributes.length &&
    attributes.every((a, i) => a.type === m.attributes[i]!.type && equal(a.value, m.attributes[i]!.value)) &&
    unknownRequired.join() === m.unknownRequired.join();
  assert.ok(sameMessage, `re-encoded message decodes differently (seed ${FUZZ_SEED}) ${hex(sample)}`);
  assert.ok(equal(encodeStunMessage({ method, cls, transactionId, attributes }, { fingerprint }), encoded), 'not a fixed point');
}

/** Frames out of a splitter have the size their header declares, and it holds at most one partial message. */
function checkSplit(splitter: TurnStreamSplitter, messages: readonly Uint8Array[]): void {
  assert.ok(splitter.bufferedBytes <= MAX_BUFFERED_BYTES, `splitter holds ${splitter.bufferedBytes} bytes`);
  for (const message of messages) {
    const header = (message[0]! & 0xc0) === 0 ? HEADER_BYTES : CHANNEL_HEADER_BYTES;
    assert.equal(message.length, header + readU16(message, 2), `(seed ${FUZZ_SEED})`);
    assert.ok(message.length <= MAX_STUN_MESSAGE_BYTES);
  }
}

/** Valid frames, joined and cut at random points, come out of a fresh splitter whole and in order. */
function checkRecut(inputs: FuzzInputs, frames: readonly Uint8Array[]): void {
  const stream = frames.reduce(concat, new Uint8Array(0));
  const splitter = new TurnStreamSplitter();
  const out: Uint8Array[] = [];
  for (let at = 0; at < stream.length; ) {
    const end = Math.min(stream.length, at + 1 + inputs.int(inputs.rng() < 0.5 ? 8 : 600));
    const cut = splitter.push(stream.subarray(at, end));
    assert.ok(cut.ok, `valid frames refused by the splitter (seed ${FUZZ_SEED})`);
    out.push(...cut.value);
    at = end;
  }
  const expected = frames.map((f) => ((f[0]! & 0xc0) === 0 ? f : f.subarray(0, CHANNEL_HEADER_BYTES + readU16(f, 2))));
  if (out.length !== expected.length || !out.every((m, i) => equal(m, expected[i]!))) {
    assert.deepEqual(out.map(hex), expected.map(hex), `re-cut stream differs (seed ${FUZZ_SEED})`);
  }
  assert.equal(splitter.bufferedBytes, 0);
}

test(`STUN/TURN decoders and the splitter: ${FUZZ_INPUTS} random and mutated inputs, typed errors and round trips (seed ${FUZZ_SEED})`, (t) => {
  t.diagnostic(`FUZZ_SEED=${FUZZ_SEED}`);
  const inputs = new FuzzInputs(FUZZ_SEED);
  const key = inputs.bytes(16);
  let splitter = new TurnStreamSplitter();
  let frames: Uint8Array[] = [];
  const counts = { stun: 0, channel: 0, recut: 0 };
  // Most inputs fail to decode as most types, and each failure is an Error whose stack trace
  // would be most of the run's time; the typed codes are what is checked.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  t.after(() => (Error.stackTraceLimit = stackTraceLimit));
  for (let i = 0; i < FUZZ_INPUTS; i++) {
    const sample = inputs.next();
    const decoded = decodeStunMessage(sample);
    known(decoded, 'decodeStunMessage', sample);
    if (decoded.ok) {
      counts.stun++;
      checkMessage(decoded.value, sample, key);
      frames.push(sample);
    }
    const channel = decodeChannelData(sample);
    known(channel, 'decodeChannelData', sample);
    if (channel.ok) {
      counts.channel++;
      const { channel: number, data } = channel.value;
      assert.ok(equal(encodeChannelData(number, data, false), sample.subarray(0, CHANNEL_HEADER_BYTES + data.length)), 'ChannelData round trip');
      assert.ok(sample.length - CHANNEL_HEADER_BYTES - data.length <= 3, 'at most 3 padding bytes');
      frames.push(encodeChannelData(number, data, true));
    }
    const cut = splitter.push(sample);
    known(cut, 'splitter', sample);
    if (cut.ok) checkSplit(splitter, cut.value);
    else splitter = new TurnStreamSplitter();
    if (frames.length >= RECUT_BATCH) {
      checkRecut(inputs, frames);
      counts.recut++;
      frames = [];
    }
  }
  t.diagnostic(`decoded ${counts.stun} STUN messages and ${counts.channel} ChannelData; ${counts.recut} re-cut streams`);
  // The corpus must keep the properties exercised, not only the error paths.
  assert.ok(counts.stun > FUZZ_INPUTS / 50 && counts.channel > FUZZ_INPUTS / 100, JSON.stringify(counts));
});
