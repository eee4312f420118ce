/**
 * Fuzz: random bytes and mutated valid frames through decodeMeshMessage, the splitter and the
 * assembler. Nothing may throw; every failure must carry a known error code; every frame that
 * decodes must re-encode to the same bytes. Reproduce a failure with FUZZ_SEED=<seed printed>;
 * FUZZ_INPUTS=<n> runs a longer campaign.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkAssembler, chunkPayload, FrameSplitter, MAX_FRAME_BYTES, MESSAGE_TYPE } from '../../../../web/src/node/wire/index.ts';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { hex, isKnownError, mulberry32, randomBytes, randomInt, sampleMessage, type Rng } from './helpers.ts';
import { MESH_DECLARATIONS, decodeMeshMessage, encodeMeshMessage, type MeshMessageKind } from '../../../support/mesh-registries.ts';

const INPUTS = Number(process.env['FUZZ_INPUTS'] ?? 100_000);
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : (Math.random() * 2 ** 32) >>> 0;
const TYPES = Object.values(MESSAGE_TYPE);
const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];

function corpus(rng: Rng): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (const kind of Object.keys(MESH_DECLARATIONS) as MeshMessageKind[]) {
    for (const edge of ['min', 'max', 'random', 'random', 'random'] as const) {
      frames.push(encodeMeshMessage(sampleMessage(kind, rng, edge)));
    }
  }
  frames.push(encodeMeshMessage({ kind: 'hello', roles: 1, protocolVersion: 1, startedAt: 1.7e12 }));
  // Small transfers with few distinct ids, so mutated chunks meet open transfers.
  for (let id = 0; id < 4; id++) {
    for (const msg of chunkPayload(id, id, randomBytes(rng, randomInt(rng, 300)), 40)) frames.push(encodeMeshMessage(msg));
  }
  return frames;
}

/** Lengths 0..70 000, mostly small. */
function randomLength(rng: Rng): number {
  const r = rng();
  if (r < 0.9) return randomInt(rng, 256);
  if (r < 0.99) return randomInt(rng, 4096);
  return randomInt(rng, 70_000);
}

function mutate(frame: Uint8Array, rng: Rng, frames: readonly Uint8Array[]): Uint8Array {
  let out = frame.slice();
  for (let round = 1 + randomInt(rng, 2); round > 0; round--) {
    const op = randomInt(rng, 5);
    if (op === 0 && out.length > 0) {
      for (let n = 1 + randomInt(rng, 7); n > 0; n--) out[randomInt(rng, out.length - 1)]! ^= 1 << randomInt(rng, 7);
    } else if (op === 1) {
      out = out.slice(0, randomInt(rng, out.length));
    } else if (op === 2) {
      const extra = randomBytes(rng, rng() < 0.95 ? 1 + randomInt(rng, 64) : randomLength(rng));
      const grown = new Uint8Array(out.length + extra.length);
      grown.set(out);
      grown.set(extra, out.length);
      out = grown;
    } else if (op === 3 && out.length >= 4) {
      const view = new DataView(out.buffer);
      if (rng() < 0.5) view.setUint16(0, randomInt(rng, 0xffff));
      else view.setUint16(2, rng() < 0.8 ? TYPES[randomInt(rng, TYPES.length - 1)]! : randomInt(rng, 0xffff));
    } else if (op === 4 && out.length > 0) {
      out[randomInt(rng, out.length - 1)] = INTERESTING_BYTES[randomInt(rng, INTERESTING_BYTES.length - 1)]!;
    } else {
      const other = frames[randomInt(rng, frames.length - 1)]!;
      const joined = new Uint8Array(out.length + other.length);
      joined.set(out);
      joined.set(other, out.length);
      out = joined;
    }
  }
  // Half the time make the size field honest, so the body decoders see the input.
  if (rng() < 0.5 && out.length >= 2 && out.length <= MAX_FRAME_BYTES) {
    new DataView(out.buffer).setUint16(0, out.length);
  }
  return out;
}

/** Frames of whole, valid transfers, fed between the mutants so that transfers also complete. */
function cleanTransfer(rng: Rng): Uint8Array[] {
  const payload = randomBytes(rng, 1 + randomInt(rng, 2000));
  return chunkPayload(randomInt(rng, 3), 0, payload, 1 + randomInt(rng, 400)).map((msg) => encodeMeshMessage(msg));
}

function checkResult(result: Result<unknown>): void {
  if (!result.ok) assert.ok(isKnownError(result.error), `unexpected error ${String(result.error)}`);
}

test(`fuzz: ${INPUTS} inputs through decoder, splitter and assembler (seed ${SEED})`, (t) => {
  t.diagnostic(`FUZZ_SEED=${SEED}`);
  const rng = mulberry32(SEED);
  const frames = corpus(rng);
  let splitter = new FrameSplitter();
  const assembler = new ChunkAssembler({ maxPayloadBytes: 64 * 1024 });
  let nowMs = 0;
  const counts = { decoded: 0, split: 0, assembled: 0 };
  let clean: Uint8Array[] = [];
  for (let i = 0; i < INPUTS; i++) {
    const r = rng();
    if (clean.length === 0) clean = cleanTransfer(rng);
    const input =
      r < 0.1
        ? clean.shift()!
        : r < 0.35
          ? randomBytes(rng, randomLength(rng))
          : mutate(frames[randomInt(rng, frames.length - 1)]!, rng, frames);
    try {
      const decoded = decodeMeshMessage(input);
      checkResult(decoded);
      if (decoded.ok) {
        counts.decoded++;
        assert.equal(hex(encodeMeshMessage(decoded.value)), hex(input), 'decoded frame re-encodes differently');
        const msg = decoded.value;
        nowMs += randomInt(rng, 50);
        if (msg.kind === 'chunkStart' || msg.kind === 'chunkData') {
          const progress = assembler.accept(msg, nowMs);
          checkResult(progress);
          if (progress.ok && progress.value.done) counts.assembled++;
        }
      }
      const split = splitter.push(input);
      checkResult(split);
      if (split.ok) {
        counts.split += split.value.length;
        for (const frame of split.value) assert.equal((frame[0]! << 8) | frame[1]!, frame.length);
      } else {
        splitter = new FrameSplitter();
      }
    } catch (e) {
      const why = e instanceof Error ? e.stack : String(e);
      assert.fail(`seed ${SEED}, input ${i} (${hex(input.subarray(0, 64))}…): ${why}`);
    }
  }
  t.diagnostic(`decoded ${counts.decoded}, split ${counts.split} frames, assembled ${counts.assembled} transfers`);
  assert.ok(counts.decoded > INPUTS / 10, 'many inputs should decode');
  assert.ok(counts.assembled > 0, 'some transfers should complete');
});
