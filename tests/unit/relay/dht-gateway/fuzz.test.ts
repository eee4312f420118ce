/**
 * Fuzz: the course DHT codec (relay/src/dht-gateway/messages.ts) and the scaffold's stream reader
 * with it, at FUZZ_INPUTS inputs (default 100 000; FUZZ_SEED reproduces a run). See
 * tests/support/course-fuzz.ts for the inputs and the properties checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COURSE_DHT_MESSAGES,
  MAX_COURSE_DHT_PUT_VALUE_BYTES,
  MAX_COURSE_DHT_SUCCESS_VALUE_BYTES,
  type CourseDhtMessage,
} from '../../../../relay/src/dht-gateway/messages.ts';
import { bytes, FUZZ_INPUTS, FUZZ_SEED, fuzzCourseCodec, int } from '../../../support/course-fuzz.ts';
import { seededRandom, type Rng } from '../../../support/random.ts';

const TYPES = Object.values(COURSE_DHT_MESSAGES.declarations).map((d) => d.type);

function sample(rng: Rng, edge: 'min' | 'max' | 'random'): CourseDhtMessage[] {
  const n = (max: number): number => (edge === 'min' ? 0 : edge === 'max' ? max : int(rng, max));
  const value = (max: number): Uint8Array => bytes(rng, edge === 'max' ? max : edge === 'min' ? 0 : int(rng, 200));
  const key = (): Uint8Array => (edge === 'min' ? new Uint8Array(32) : edge === 'max' ? new Uint8Array(32).fill(0xff) : bytes(rng, 32));
  return [
    { kind: 'dhtPut', ttl: n(0xffff), replication: n(0xff), reserved: n(0xff), key: key(), value: value(MAX_COURSE_DHT_PUT_VALUE_BYTES) },
    { kind: 'dhtGet', key: key() },
    { kind: 'dhtSuccess', key: key(), value: value(MAX_COURSE_DHT_SUCCESS_VALUE_BYTES) },
    { kind: 'dhtFailure', key: key() },
  ];
}

test(`fuzz: ${FUZZ_INPUTS} inputs through the course DHT codec and the gateway's stream reader (seed ${FUZZ_SEED})`, (t) => {
  t.diagnostic(`FUZZ_SEED=${FUZZ_SEED}`);
  const rng = seededRandom(FUZZ_SEED);
  const corpus = (['min', 'max', 'random', 'random', 'random', 'random'] as const).flatMap((edge) => sample(rng, edge).map(COURSE_DHT_MESSAGES.encode));
  const counts = fuzzCourseCodec(COURSE_DHT_MESSAGES, corpus, [...TYPES, 649, 654, 500, 1000], rng, FUZZ_INPUTS);
  t.diagnostic(`decoded ${counts.decoded}; streams gave ${counts.streamMessages} messages and ${counts.violations} violations`);
  assert.ok(counts.decoded > FUZZ_INPUTS / 10, 'many inputs should decode');
  assert.ok(counts.violations > 0 && counts.streamMessages > FUZZ_INPUTS / 10, 'streams should both carry messages and break');
});
