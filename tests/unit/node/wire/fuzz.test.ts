/**
 * Fuzz: random bytes and mutated valid frames through decodeMeshMessage, the splitter and the
 * assembler. Nothing may throw; every failure must carry a known error code; every frame that
 * decodes must re-encode to the same bytes. Reproduce a failure with FUZZ_SEED=<seed printed>;
 * FUZZ_INPUTS=<n> runs a longer campaign.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkAssembler, chunkPayload, FrameSplitter, MESSAGE_TYPE } from '../../../../web/src/node/wire/index.ts';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { hex, isKnownError, mulberry32, randomBytes, randomInt, sampleMessage, type Rng } from './helpers.ts';
import { MESH_DECLARATIONS, decodeMeshMessage, encodeMeshMessage, type MeshMessageKind } from '../../../support/mesh-registries.ts';

import { FUZZ_INPUTS as INPUTS, FUZZ_SEED as SEED, mutate, randomLength } from '../../../support/fuzz.ts';

const TYPES = Object.values(MESSAGE_TYPE);

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
          : mutate(frames[randomInt(rng, frames.length - 1)]!, rng, frames, { frameTypes: TYPES });
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
