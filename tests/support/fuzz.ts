/**
 * What every fuzzer of untrusted bytes shares: the campaign size and seed (FUZZ_INPUTS, default
 * 100 000; FUZZ_SEED, random and printed, to reproduce a failure), random lengths, and byte-level
 * mutation of valid inputs (bit flips, truncation, growth, interesting bytes, splicing, and for
 * `size u16 | type u16` frames the header fields).
 */
import { seededRandom, type Rng } from './random.ts';

export const FUZZ_INPUTS = Number(process.env['FUZZ_INPUTS'] ?? 100_000);
export const FUZZ_SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : (Math.random() * 2 ** 32) >>> 0;
const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];
const MAX_U16_FRAME = 65_535;

export function fuzzRng(): Rng {
  return seededRandom(FUZZ_SEED);
}

export function randomInt(rng: Rng, maxInclusive: number): number {
  return Math.floor(rng() * (maxInclusive + 1));
}

export function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (rng() * 256) | 0;
  return out;
}

/** Lengths 0..70 000, mostly small. */
export function randomLength(rng: Rng): number {
  const r = rng();
  if (r < 0.9) return randomInt(rng, 256);
  if (r < 0.99) return randomInt(rng, 4096);
  return randomInt(rng, 70_000);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export interface MutateOptions {
  /** Type numbers to write into a frame's type field (a `size u16 | type u16` header). */
  frameTypes?: readonly number[];
}

/** One to two rounds of mutation of `input`, splicing in others from `corpus`. */
export function mutate(input: Uint8Array, rng: Rng, corpus: readonly Uint8Array[], options: MutateOptions = {}): Uint8Array {
  let out: Uint8Array = input.slice();
  const types = options.frameTypes;
  for (let round = 1 + randomInt(rng, 2); round > 0; round--) {
    const op = randomInt(rng, 5);
    if (op === 0 && out.length > 0) {
      for (let n = 1 + randomInt(rng, 7); n > 0; n--) out[randomInt(rng, out.length - 1)]! ^= 1 << randomInt(rng, 7);
    } else if (op === 1) {
      out = out.slice(0, randomInt(rng, out.length));
    } else if (op === 2) {
      out = concat(out, randomBytes(rng, rng() < 0.95 ? 1 + randomInt(rng, 64) : randomLength(rng)));
    } else if (op === 3 && types !== undefined && out.length >= 4) {
      const view = new DataView(out.buffer);
      if (rng() < 0.5) view.setUint16(0, randomInt(rng, 0xffff));
      else view.setUint16(2, rng() < 0.8 ? types[randomInt(rng, types.length - 1)]! : randomInt(rng, 0xffff));
    } else if (op === 4 && out.length > 0) {
      out[randomInt(rng, out.length - 1)] = INTERESTING_BYTES[randomInt(rng, INTERESTING_BYTES.length - 1)]!;
    } else if (corpus.length > 0) {
      out = concat(out, corpus[randomInt(rng, corpus.length - 1)]!);
    }
  }
  // Frames: half the time make the size field honest, so the body decoders see the input.
  if (types !== undefined && rng() < 0.5 && out.length >= 2 && out.length <= MAX_U16_FRAME) {
    new DataView(out.buffer).setUint16(0, out.length);
  }
  return out;
}
