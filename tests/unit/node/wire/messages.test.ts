import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES, TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { encodeFrame, errorCodeFromWire, errorCodeToWire, MAX_FRAME_BYTES, MAX_PEER_TABLE_ENTRIES, MESSAGE_TYPE, PEER_MESSAGES, type PeerMessage, type RegistryHandlers } from '../../../../web/src/node/wire/index.ts';
import { codeOf, fromHex, mulberry32, peerEntry, sampleMessage } from './helpers.ts';
import { MESH_DECLARATIONS, decodeMeshMessage, encodeMeshMessage, type MeshMessage, type MeshMessageKind } from '../../../support/mesh-registries.ts';

const KINDS = Object.keys(MESH_DECLARATIONS) as MeshMessageKind[];

function roundTrip(msg: MeshMessage): void {
  const frame = encodeMeshMessage(msg);
  assert.ok(frame.length <= MAX_FRAME_BYTES);
  const decoded = decodeMeshMessage(frame);
  assert.ok(decoded.ok, decoded.ok ? '' : `${msg.kind}: ${decoded.error.message}`);
  assert.deepEqual(decoded.value, msg);
}

test('every kind round-trips at its minimum, maximum and random values', () => {
  const rng = mulberry32(1);
  for (const kind of KINDS) {
    for (const edge of ['min', 'max', 'random'] as const) roundTrip(sampleMessage(kind, rng, edge));
    for (let i = 0; i < 20; i++) roundTrip(sampleMessage(kind, rng));
  }
});

test('peerTable: empty, one entry and the maximum of entries', () => {
  const rng = mulberry32(2);
  roundTrip({ kind: 'peerTable', entries: [] });
  roundTrip({ kind: 'peerTable', entries: [peerEntry(rng, 'random')] });
  const full = Array.from({ length: MAX_PEER_TABLE_ENTRIES }, () => peerEntry(rng, 'random'));
  roundTrip({ kind: 'peerTable', entries: full });
  assert.throws(
    () => encodeMeshMessage({ kind: 'peerTable', entries: [...full, peerEntry(rng, 'min')] }),
    (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field',
  );
});

test('a peerTable count over the maximum is refused on decode', () => {
  const frame = encodeMeshMessage({ kind: 'peerTable', entries: [] });
  const count = MAX_PEER_TABLE_ENTRIES + 1;
  frame.set([count >> 8, count & 0xff], 4);
  assert.equal(codeOf(decodeMeshMessage(frame)), 'bad-field');
});

test('each declaration carries its type number from MESSAGE_TYPE', () => {
  for (const kind of KINDS) assert.equal(MESH_DECLARATIONS[kind].type, MESSAGE_TYPE[kind]);
  assert.ok(KINDS.every((kind) => MESSAGE_TYPE[kind] >= 1000));
});

test('unknown and reserved type numbers are unknown-type', () => {
  for (const type of [0, MESSAGE_TYPE.gossipAnnounce, MESSAGE_TYPE.dhtGet, 1004, 0xffff]) {
    assert.equal(codeOf(decodeMeshMessage(encodeFrame(type, new Uint8Array(4)))), 'unknown-type');
  }
});

test('wrong body lengths for fixed-size messages', () => {
  assert.equal(codeOf(decodeMeshMessage(fromHex('000703ea010203'))), 'truncated');
  assert.equal(codeOf(decodeMeshMessage(fromHex('000903ea0102030405'))), 'trailing-bytes');
  assert.equal(codeOf(decodeMeshMessage(fromHex('000403e8'))), 'truncated');
});

test('encodeMeshMessage refuses out-of-range values', () => {
  const bad = [
    { kind: 'ping', nonce: 2 ** 32 },
    { kind: 'bye', reason: -1 },
    { kind: 'hello', roles: 1, protocolVersion: 1, startedAt: Number.NaN },
    { kind: 'chunkStart', transferId: 1, totalBytes: 1, chunkCount: 1, contentKind: 0, hash: new Uint8Array(31) },
  ] as MeshMessage[];
  for (const msg of bad) {
    assert.throws(() => encodeMeshMessage(msg), (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field');
  }
});

test('a registry dispatches to the handler of the message kind', () => {
  const seen: string[] = [];
  const record = (msg: PeerMessage, ctx: string) => seen.push(`${ctx}:${msg.kind}`);
  const handlers: RegistryHandlers<typeof PEER_MESSAGES, string> = {
    hello: record,
    bye: record,
    ping: (msg, ctx) => seen.push(`${ctx}:ping:${msg.nonce}`),
    pong: record,
    peerTable: (msg) => seen.push(`entries:${msg.entries.length}`),
    speedRequest: record,
    speedData: record,
    speedReport: record,
    chunkStart: record,
    chunkData: record,
    error: record,
  };
  PEER_MESSAGES.dispatch(handlers, { kind: 'ping', nonce: 7 }, 'a');
  PEER_MESSAGES.dispatch(handlers, { kind: 'bye', reason: 0 }, 'b');
  PEER_MESSAGES.dispatch(handlers, { kind: 'peerTable', entries: [] }, 'c');
  assert.deepEqual(seen, ['a:ping:7', 'b:bye', 'entries:0']);
});

test('error codes travel as their index in ERROR_CODES', () => {
  for (const code of ERROR_CODES) assert.equal(errorCodeFromWire(errorCodeToWire(code)), code);
  assert.equal(errorCodeFromWire(ERROR_CODES.length), undefined);
  roundTrip({ kind: 'error', code: errorCodeToWire('hash-mismatch'), context: 1 });
});
