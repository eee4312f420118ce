import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkAssembler, chunkPayload, DEFAULT_CHUNK_BYTES, DEFAULT_MAX_PAYLOAD_BYTES, DEFAULT_TRANSFER_TIMEOUT_MS, MAX_CHANNEL_MESSAGE_BYTES, type ChunkMessage, type ChunkProgress } from '../../../../web/src/node/wire/index.ts';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { codeOf, mulberry32, randomBytes, type Rng } from './helpers.ts';
import { decodeMeshMessage, encodeMeshMessage } from '../../../support/mesh-registries.ts';

const MiB = 1024 * 1024;

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Feeds every message; returns the final result, failing on any error before it. */
function feedAll(assembler: ChunkAssembler, messages: readonly ChunkMessage[], nowMs = 0): Result<ChunkProgress> {
  let last: Result<ChunkProgress> | undefined;
  for (const msg of messages) {
    if (last) assert.ok(last.ok && !last.value.done, 'finished early');
    last = assembler.accept(msg, nowMs);
  }
  assert.ok(last);
  return last;
}

function payloadOf(result: Result<ChunkProgress>): Uint8Array {
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  assert.ok(result.value.done);
  return result.value.bytes;
}

test('1 MiB round-trips through encoded frames, each frame one channel message', () => {
  const payload = randomBytes(mulberry32(1), MiB);
  const messages = chunkPayload(42, 3, payload);
  assert.equal(messages.length, 1 + Math.ceil(MiB / DEFAULT_CHUNK_BYTES));
  const assembler = new ChunkAssembler();
  let result: Result<ChunkProgress> | undefined;
  for (const msg of messages) {
    const frame = encodeMeshMessage(msg);
    assert.ok(frame.length <= MAX_CHANNEL_MESSAGE_BYTES);
    const decoded = decodeMeshMessage(frame);
    assert.ok(decoded.ok && (decoded.value.kind === 'chunkStart' || decoded.value.kind === 'chunkData'));
    result = assembler.accept(decoded.value, 0);
  }
  assert.ok(result?.ok && result.value.done);
  assert.equal(result.value.transferId, 42);
  assert.equal(result.value.contentKind, 3);
  assert.deepEqual(result.value.bytes, payload);
  assert.equal(assembler.activeTransfers, 0);
});

test('chunks may arrive in any order, and transfers interleave', () => {
  const rng = mulberry32(2);
  const a = randomBytes(rng, 100_000);
  const b = randomBytes(rng, 5_000);
  const [startA, ...dataA] = chunkPayload(1, 0, a, 1000);
  const [startB, ...dataB] = chunkPayload(2, 0, b, 333);
  const assembler = new ChunkAssembler();
  assert.ok(assembler.accept(startA, 0).ok);
  assert.ok(assembler.accept(startB, 0).ok);
  const mixed = shuffle([...dataA, ...dataB], rng);
  const done = new Map<number, Uint8Array>();
  for (const msg of mixed) {
    const r = assembler.accept(msg, 0);
    assert.ok(r.ok);
    if (r.value.done) done.set(r.value.transferId, r.value.bytes);
  }
  assert.deepEqual(done.get(1), a);
  assert.deepEqual(done.get(2), b);
});

test('an empty payload completes at its chunkStart', () => {
  const messages = chunkPayload(5, 1, new Uint8Array());
  assert.equal(messages.length, 1);
  assert.deepEqual(payloadOf(new ChunkAssembler().accept(messages[0], 0)), new Uint8Array());
});

test('a tampered chunk is hash-mismatch and the transfer is dropped', () => {
  const messages = chunkPayload(1, 0, randomBytes(mulberry32(3), 10_000), 1000);
  const tampered = messages.map((m) => (m.kind === 'chunkData' && m.index === 4 ? { ...m, data: m.data.slice() } : m));
  const target = tampered[5];
  assert.ok(target?.kind === 'chunkData');
  target.data[17]! ^= 1;
  const assembler = new ChunkAssembler();
  assert.equal(codeOf(feedAll(assembler, tampered)), 'hash-mismatch');
  assert.equal(assembler.activeTransfers, 0);
});

test('limits on chunkStart', () => {
  const hash = new Uint8Array(32);
  const start = { kind: 'chunkStart', transferId: 1, contentKind: 0, hash } as const;
  const assembler = new ChunkAssembler({ maxTransfers: 2 });
  const big = { ...start, totalBytes: DEFAULT_MAX_PAYLOAD_BYTES + 1, chunkCount: 300 };
  assert.equal(codeOf(assembler.accept(big, 0)), 'oversized');
  assert.equal(codeOf(assembler.accept({ ...start, totalBytes: 10, chunkCount: 11 }, 0)), 'bad-field');
  assert.equal(codeOf(assembler.accept({ ...start, totalBytes: 10, chunkCount: 0 }, 0)), 'bad-field');
  assert.equal(codeOf(assembler.accept({ ...start, totalBytes: 0, chunkCount: 1 }, 0)), 'bad-field');
  assert.ok(assembler.accept({ ...start, totalBytes: 10, chunkCount: 2 }, 0).ok);
  assert.equal(codeOf(assembler.accept({ ...start, totalBytes: 10, chunkCount: 2 }, 0)), 'protocol-violation');
  assert.ok(assembler.accept({ ...start, transferId: 2, totalBytes: 10, chunkCount: 2 }, 0).ok);
  const third = { ...start, transferId: 3, totalBytes: 10, chunkCount: 2 };
  assert.equal(codeOf(assembler.accept(third, 0)), 'at-capacity');
  assert.equal(assembler.activeTransfers, 2);
});

test('a duplicate chunk is refused and the transfer still completes', () => {
  const payload = randomBytes(mulberry32(4), 3000);
  const [start, first, ...others] = chunkPayload(9, 0, payload, 1000);
  assert.ok(first);
  const assembler = new ChunkAssembler();
  assert.ok(assembler.accept(start, 0).ok);
  assert.ok(assembler.accept(first, 0).ok);
  assert.equal(codeOf(assembler.accept(first, 0)), 'protocol-violation');
  assert.equal(codeOf(assembler.accept({ ...first, data: new Uint8Array(1000) }, 0)), 'protocol-violation');
  assert.deepEqual(payloadOf(feedAll(assembler, others)), payload);
});

test('bad chunkData: unknown transfer, index out of range, empty, more bytes than announced', () => {
  const [start, ...data] = chunkPayload(1, 0, randomBytes(mulberry32(5), 2500), 1000);
  const assembler = new ChunkAssembler();
  const stray = { kind: 'chunkData', transferId: 1, index: 0, data: new Uint8Array(1) } as const;
  assert.equal(codeOf(assembler.accept(stray, 0)), 'protocol-violation');
  assert.ok(assembler.accept(start, 0).ok);
  const chunk = data[0]!;
  assert.equal(codeOf(assembler.accept({ ...chunk, index: 3 }, 0)), 'bad-field');
  assert.equal(codeOf(assembler.accept({ ...chunk, data: new Uint8Array() }, 0)), 'bad-field');
  assert.equal(assembler.activeTransfers, 1);
  assert.ok(assembler.accept({ ...chunk, data: new Uint8Array(2000) }, 0).ok);
  assert.equal(codeOf(assembler.accept({ ...chunk, index: 1, data: new Uint8Array(501) }, 0)), 'oversized');
  assert.equal(assembler.activeTransfers, 0);
});

test('chunks that add up to fewer bytes than announced are truncated', () => {
  const [start, a, b] = chunkPayload(1, 0, randomBytes(mulberry32(6), 20), 10);
  assert.ok(a && b);
  const assembler = new ChunkAssembler();
  assert.ok(assembler.accept(start, 0).ok);
  assert.ok(assembler.accept(a, 0).ok);
  assert.equal(codeOf(assembler.accept({ ...b, data: b.data.subarray(0, 5) }, 0)), 'truncated');
  assert.equal(assembler.activeTransfers, 0);
});

test('a transfer idle past the timeout is dropped, measured with the time passed in', () => {
  const [start, a, b] = chunkPayload(1, 0, randomBytes(mulberry32(7), 20), 10);
  assert.ok(a && b);
  const assembler = new ChunkAssembler();
  assert.ok(assembler.accept(start, 1000).ok);
  assert.ok(assembler.accept(a, 1000 + DEFAULT_TRANSFER_TIMEOUT_MS).ok);
  assert.equal(assembler.prune(1000 + 2 * DEFAULT_TRANSFER_TIMEOUT_MS), 0);
  assert.equal(codeOf(assembler.accept(b, 1001 + 2 * DEFAULT_TRANSFER_TIMEOUT_MS)), 'protocol-violation');
  assert.equal(assembler.activeTransfers, 0);
  const short = new ChunkAssembler({ timeoutMs: 5, maxTransfers: 1 });
  assert.ok(short.accept(start, 0).ok);
  assert.equal(codeOf(short.accept({ ...start, transferId: 2 }, 5)), 'at-capacity');
  assert.ok(short.accept({ ...start, transferId: 2 }, 6).ok);
});

test('chunkPayload refuses sizes the messages cannot carry', () => {
  assert.throws(() => chunkPayload(1, 0, new Uint8Array(10), 0));
  assert.throws(() => chunkPayload(1, 0, new Uint8Array(10), 70_000));
  assert.throws(() => chunkPayload(1, 0, new Uint8Array(70_000), 1));
});
