/**
 * Fuzz: the course gossip codec (relay/src/gossip-gateway/messages.ts) and the scaffold's stream
 * reader with it, at FUZZ_INPUTS inputs (default 100 000; FUZZ_SEED reproduces a run). See
 * tests/support/course-fuzz.ts for the inputs and the properties checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COURSE_GOSSIP_MESSAGES, MAX_COURSE_GOSSIP_DATA_BYTES, type CourseGossipMessage } from '../../../../relay/src/gossip-gateway/messages.ts';
import { bytes, FUZZ_INPUTS, FUZZ_SEED, fuzzCourseCodec, int } from '../../../support/course-fuzz.ts';
import { seededRandom, type Rng } from '../../../support/random.ts';

const TYPES = Object.values(COURSE_GOSSIP_MESSAGES.declarations).map((d) => d.type);

function sample(rng: Rng, edge: 'min' | 'max' | 'random'): CourseGossipMessage[] {
  const n = (max: number): number => (edge === 'min' ? 0 : edge === 'max' ? max : int(rng, max));
  const data = (): Uint8Array => bytes(rng, edge === 'max' ? MAX_COURSE_GOSSIP_DATA_BYTES : edge === 'min' ? 0 : int(rng, 200));
  return [
    { kind: 'gossipAnnounce', ttl: n(0xff), reserved: n(0xff), dataType: n(0xffff), data: data() },
    { kind: 'gossipNotify', reserved: n(0xffff), dataType: n(0xffff) },
    { kind: 'gossipNotification', messageId: n(0xffff), dataType: n(0xffff), data: data() },
    { kind: 'gossipValidation', messageId: n(0xffff), bits: n(0xffff) },
  ];
}

test(`fuzz: ${FUZZ_INPUTS} inputs through the course gossip codec and the gateway's stream reader (seed ${FUZZ_SEED})`, (t) => {
  t.diagnostic(`FUZZ_SEED=${FUZZ_SEED}`);
  const rng = seededRandom(FUZZ_SEED);
  const corpus = (['min', 'max', 'random', 'random', 'random', 'random'] as const).flatMap((edge) => sample(rng, edge).map(COURSE_GOSSIP_MESSAGES.encode));
  const counts = fuzzCourseCodec(COURSE_GOSSIP_MESSAGES, corpus, [...TYPES, 499, 504, 650, 1000], rng, FUZZ_INPUTS);
  t.diagnostic(`decoded ${counts.decoded}; streams gave ${counts.streamMessages} messages and ${counts.violations} violations`);
  assert.ok(counts.decoded > FUZZ_INPUTS / 10, 'many inputs should decode');
  assert.ok(counts.violations > 0 && counts.streamMessages > FUZZ_INPUTS / 10, 'streams should both carry messages and break');
});
