import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrameSplitter, frameStreamChunks, MAX_CHANNEL_MESSAGE_BYTES, MAX_FRAME_BYTES } from '../../../../web/src/node/wire/index.ts';
import { codeOf, fromHex, mulberry32, randomInt, sampleMessage, type Rng } from './helpers.ts';
import { MESH_DECLARATIONS, encodeMeshMessage, type MeshMessageKind } from '../../../support/mesh-registries.ts';

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function sampleFrames(rng: Rng): Uint8Array[] {
  const kinds = Object.keys(MESH_DECLARATIONS) as MeshMessageKind[];
  return [
    ...kinds.map((kind) => encodeMeshMessage(sampleMessage(kind, rng, 'min'))),
    ...kinds.map((kind) => encodeMeshMessage(sampleMessage(kind, rng))),
    encodeMeshMessage(sampleMessage('speedData', rng, 'max')),
  ];
}

/** Feeds `pieces` and returns every frame, failing on any error. */
function feed(splitter: FrameSplitter, pieces: readonly Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const piece of pieces) {
    const r = splitter.push(piece);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    out.push(...r.value);
  }
  return out;
}

test('several frames in one chunk come out whole, in order', () => {
  const frames = sampleFrames(mulberry32(1));
  const splitter = new FrameSplitter();
  assert.deepEqual(feed(splitter, [concat(frames)]), frames);
  assert.equal(splitter.bufferedBytes, 0);
});

test('every split point of a stream into two pieces', () => {
  const rng = mulberry32(2);
  const frames = [
    encodeMeshMessage({ kind: 'ping', nonce: 1 }),
    encodeMeshMessage(sampleMessage('peerTable', rng)),
    encodeMeshMessage({ kind: 'bye', reason: 2 }),
    encodeMeshMessage(sampleMessage('chunkData', rng)),
    encodeMeshMessage({ kind: 'pong', nonce: 3 }),
  ];
  const stream = concat(frames);
  for (let cut = 0; cut <= stream.length; cut++) {
    const got = feed(new FrameSplitter(), [stream.subarray(0, cut), stream.subarray(cut)]);
    assert.deepEqual(got, frames, `cut at ${cut}`);
  }
});

test('random piece sizes, including pieces of one max frame and more', () => {
  const rng = mulberry32(3);
  const frames = sampleFrames(rng);
  const stream = concat(frames);
  for (let round = 0; round < 50; round++) {
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < stream.length; ) {
      const n = randomInt(rng, round % 2 ? 40 : 2 * MAX_FRAME_BYTES);
      pieces.push(stream.subarray(at, at + n));
      at += n;
    }
    assert.deepEqual(feed(new FrameSplitter(), pieces), frames);
  }
});

test('one byte at a time', () => {
  const frames = sampleFrames(mulberry32(4)).slice(0, 22);
  const stream = concat(frames);
  const pieces = Array.from({ length: stream.length }, (_, i) => stream.subarray(i, i + 1));
  assert.deepEqual(feed(new FrameSplitter(), pieces), frames);
});

test('frames are copies: reusing the input buffer does not change them', () => {
  const splitter = new FrameSplitter();
  const buffer = fromHex('000803ea01020304000803');
  const first = feed(splitter, [buffer]);
  buffer.set(fromHex('eb0a0b0c0d0000000000'));
  const second = feed(splitter, [buffer.subarray(0, 6)]);
  assert.deepEqual(first, [fromHex('000803ea01020304')]);
  assert.deepEqual(second, [fromHex('000803eb0a0b0c0d')]);
});

test('with ownsChunks, whole frames are views into the chunk; staged frames are still copies', () => {
  const splitter = new FrameSplitter({ ownsChunks: true });
  const chunk = fromHex('000803ea01020304000803');
  const result = splitter.push(chunk);
  assert.ok(result.ok);
  assert.equal(result.value[0]?.buffer, chunk.buffer);
  const rest = splitter.push(fromHex('eb0a0b0c0d'));
  assert.ok(rest.ok);
  assert.notEqual(rest.value[0]?.buffer, chunk.buffer);
  assert.deepEqual(rest.value, [fromHex('000803eb0a0b0c0d')]);
});

test('a declared size below 4 is bad-size and poisons the splitter', () => {
  for (const stream of ['0003', '0000ffff', '000803ea01020304' + '0001']) {
    const splitter = new FrameSplitter();
    assert.equal(codeOf(splitter.push(fromHex(stream))), 'bad-size');
    assert.ok(splitter.poisoned);
    const again = splitter.push(fromHex('000803ea01020304'));
    assert.equal(codeOf(again), 'bad-size');
  }
  // the bad size field split across two pushes, after a staged partial
  const splitter = new FrameSplitter();
  assert.deepEqual(feed(splitter, [fromHex('000803ea010203'), fromHex('0400')]), [fromHex('000803ea01020304')]);
  assert.equal(codeOf(splitter.push(fromHex('02'))), 'bad-size');
  assert.equal(codeOf(splitter.push(new Uint8Array())), 'bad-size');
});

test('memory stays bounded by one frame', () => {
  const splitter = new FrameSplitter();
  const big = encodeMeshMessage(sampleMessage('speedData', mulberry32(5), 'max'));
  assert.equal(big.length, MAX_FRAME_BYTES);
  feed(splitter, [big.subarray(0, MAX_FRAME_BYTES - 1)]);
  assert.equal(splitter.bufferedBytes, MAX_FRAME_BYTES - 1);
  assert.deepEqual(feed(splitter, [big.subarray(MAX_FRAME_BYTES - 1)]), [big]);
  assert.equal(splitter.bufferedBytes, 0);
});

test('frameStreamChunks cuts frames into channel-sized pieces that reassemble', () => {
  const rng = mulberry32(6);
  const big = encodeMeshMessage(sampleMessage('speedData', rng, 'max'));
  const pieces = frameStreamChunks(big);
  assert.equal(pieces.length, Math.ceil(big.length / MAX_CHANNEL_MESSAGE_BYTES));
  assert.ok(pieces.every((p) => p.length <= MAX_CHANNEL_MESSAGE_BYTES));
  assert.deepEqual(feed(new FrameSplitter(), pieces), [big]);
  assert.deepEqual(frameStreamChunks(fromHex('000803ea01020304'), 3).map((p) => p.length), [3, 3, 2]);
  assert.deepEqual(frameStreamChunks(new Uint8Array()), []);
  assert.throws(() => frameStreamChunks(big, 0));
});

test('throughput: 64 MiB in 16 KiB frames and in 16 KiB pieces of max frames', () => {
  const rng = mulberry32(7);
  const small = encodeMeshMessage({ kind: 'chunkData', transferId: 1, index: 0, data: new Uint8Array(16 * 1024 - 10) });
  const splitter = new FrameSplitter();
  let frames = 0;
  for (let i = 0; i < 4096; i++) {
    const r = splitter.push(small);
    assert.ok(r.ok);
    frames += r.value.length;
  }
  assert.equal(frames, 4096);
  const big = encodeMeshMessage(sampleMessage('speedData', rng, 'max'));
  const pieces = frameStreamChunks(big);
  frames = 0;
  for (let i = 0; i < 1024; i++) {
    for (const piece of pieces) {
      const r = splitter.push(piece);
      assert.ok(r.ok);
      frames += r.value.length;
    }
  }
  assert.equal(frames, 1024);
});
