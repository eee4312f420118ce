/**
 * Fuzzing of a course gateway's codec and of the scaffold's stream reader
 * (relay/src/tcp-gateway/message-reader.ts), shared by the gossip and DHT fuzz tests. Inputs are
 * random bytes and mutations of valid messages (bit flips, cuts, growth, a rewritten size or
 * type, joins). Properties:
 *
 * - the codec: decode never throws; a failure is a TabmeshError with a known code; whatever
 *   decodes re-encodes to the very same bytes;
 * - the reader: however a stream is cut into reads, it hands the client the messages an
 *   independent parse of the whole stream finds, in order, and reports a violation exactly when
 *   that parse finds one (a size below 4, or a frame that does not decode), nothing after it. The
 *   one latitude: a size below 4 poisons the core's FrameSplitter, which then drops the whole
 *   frames that came in the same read before it, so a stream that breaks may lose the last few
 *   messages before the break (a prefix is delivered); a stream that does not break loses none.
 *
 * FUZZ_INPUTS (default 100 000) and FUZZ_SEED (default random, printed) as in
 * tests/unit/node/wire/fuzz.test.ts.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { Clock } from '../../web/src/node/base/clock.ts';
import { isErrorCode, TabmeshError, type Result } from '../../web/src/node/base/errors.ts';
import { readMessages, type MessageSource, type ReadingClient } from '../../relay/src/tcp-gateway/message-reader.ts';
import type { Rng } from './random.ts';

export const FUZZ_INPUTS = Number(process.env['FUZZ_INPUTS'] ?? 100_000);
export const FUZZ_SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : (Math.random() * 2 ** 32) >>> 0;

export interface FuzzCodec<M> {
  decode(frame: Uint8Array): Result<M>;
  encode(msg: M): Uint8Array;
}

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];
const HEADER_BYTES = 4;

export const int = (rng: Rng, maxInclusive: number): number => Math.floor(rng() * (maxInclusive + 1));

export function bytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (rng() * 256) | 0;
  return out;
}

/** Lengths 0..70 000, mostly small. */
export function randomLength(rng: Rng): number {
  const r = rng();
  if (r < 0.9) return int(rng, 64);
  if (r < 0.99) return int(rng, 4096);
  return int(rng, 70_000);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A valid message mutated 1–2 times; half the time its size field made honest again. `types`: type numbers worth trying. */
export function mutate(frame: Uint8Array, rng: Rng, corpus: readonly Uint8Array[], types: readonly number[]): Uint8Array {
  let out: Uint8Array = frame.slice();
  for (let round = 1 + int(rng, 1); round > 0; round--) {
    const op = int(rng, 5);
    if (op === 0 && out.length > 0) {
      for (let n = 1 + int(rng, 6); n > 0; n--) out[int(rng, out.length - 1)]! ^= 1 << int(rng, 7);
    } else if (op === 1) {
      out = out.slice(0, int(rng, out.length));
    } else if (op === 2) {
      out = concat([out, bytes(rng, rng() < 0.95 ? 1 + int(rng, 63) : randomLength(rng))]);
    } else if (op === 3 && out.length >= HEADER_BYTES) {
      const view = new DataView(out.buffer, out.byteOffset, out.length);
      if (rng() < 0.5) view.setUint16(0, int(rng, 0xffff));
      else view.setUint16(2, rng() < 0.8 ? types[int(rng, types.length - 1)]! : int(rng, 0xffff));
    } else if (op === 4 && out.length > 0) {
      out[int(rng, out.length - 1)] = INTERESTING_BYTES[int(rng, INTERESTING_BYTES.length - 1)]!;
    } else {
      out = concat([out, corpus[int(rng, corpus.length - 1)]!]);
    }
  }
  if (rng() < 0.5 && out.length >= 2 && out.length <= 0xffff) new DataView(out.buffer, out.byteOffset, out.length).setUint16(0, out.length);
  return out;
}

/** One input: a corpus message as it is, random bytes, or (mostly) a mutant. */
export function input(rng: Rng, corpus: readonly Uint8Array[], types: readonly number[]): Uint8Array {
  const r = rng();
  if (r < 0.1) return corpus[int(rng, corpus.length - 1)]!;
  if (r < 0.3) return bytes(rng, randomLength(rng));
  return mutate(corpus[int(rng, corpus.length - 1)]!, rng, corpus, types);
}

const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');

/** The codec's properties on one input; true when it decoded. */
export function checkCodec<M>(codec: FuzzCodec<M>, frame: Uint8Array): boolean {
  const decoded = codec.decode(frame);
  if (!decoded.ok) {
    assert.ok(decoded.error instanceof TabmeshError && isErrorCode(decoded.error.code), `not a typed error: ${String(decoded.error)}`);
    return false;
  }
  assert.equal(hex(codec.encode(decoded.value)), hex(frame), 'decoded message re-encodes differently');
  return true;
}

/** What reading a stream gave: the messages re-encoded (hex), and whether it ended in a violation. */
export interface ReadOutcome {
  messages: string[];
  violated: boolean;
}

/** The whole stream parsed at once, independently of FrameSplitter: size u16 counts the whole message. */
export function referenceParse<M>(codec: FuzzCodec<M>, stream: Uint8Array): ReadOutcome {
  const messages: string[] = [];
  let at = 0;
  while (stream.length - at >= 2) {
    const size = (stream[at]! << 8) | stream[at + 1]!;
    if (size < HEADER_BYTES) return { messages, violated: true };
    if (stream.length - at < size) break;
    const decoded = codec.decode(stream.subarray(at, at + size));
    if (!decoded.ok) return { messages, violated: true };
    messages.push(hex(codec.encode(decoded.value)));
    at += size;
  }
  return { messages, violated: false };
}

/** Never fires: the deadlines are not what this fuzzes. */
const STILL_CLOCK: Clock = { now: () => 0, setTimeout: () => 0, clearTimeout: () => {} };

/** Feeds `stream` to the scaffold's reader in `cuts` pieces, as a socket would, with a client that records. */
export function readThroughGateway<M>(codec: FuzzCodec<M>, stream: Uint8Array, cuts: readonly number[]): ReadOutcome {
  const socket = new EventEmitter();
  const outcome: ReadOutcome = { messages: [], violated: false };
  const client: ReadingClient & { closed: boolean } = {
    closed: false,
    waitingOnGateway: false,
    violate() {
      assert.ok(!this.closed, 'a violation after the client closed');
      outcome.violated = true;
      this.closed = true;
    },
    expire() {
      assert.fail('no deadline can pass on a still clock');
    },
    close() {
      this.closed = true;
    },
  };
  const source = Object.assign(socket, { pause: () => socket, resume: () => socket }) as unknown as MessageSource;
  readMessages(source, client, { decode: codec.decode, message: (msg) => {
    assert.ok(!client.closed, 'a message after the client closed');
    outcome.messages.push(hex(codec.encode(msg)));
  } }, { clock: STILL_CLOCK, partialMessageTimeoutMs: 1, idleTimeoutMs: 1 });
  let from = 0;
  for (const to of [...cuts, stream.length]) {
    socket.emit('data', Buffer.from(stream.buffer, stream.byteOffset + from, to - from));
    from = to;
  }
  socket.emit('close');
  return outcome;
}

/** Random cut points of a stream, sorted, 0 to 4 of them. */
export function randomCuts(rng: Rng, length: number): number[] {
  return Array.from({ length: int(rng, 4) }, () => int(rng, length)).sort((a, b) => a - b);
}

/** A stream of 1–8 inputs back to back. */
export function randomStream(rng: Rng, corpus: readonly Uint8Array[], types: readonly number[]): Uint8Array {
  return concat(Array.from({ length: 1 + int(rng, 7) }, () => (rng() < 0.7 ? corpus[int(rng, corpus.length - 1)]! : input(rng, corpus, types))));
}

/**
 * The whole campaign for one codec: `inputs` single inputs through the codec, and a tenth as
 * many streams through the reader, each compared with the reference parse.
 */
export function fuzzCourseCodec<M>(codec: FuzzCodec<M>, corpus: readonly Uint8Array[], types: readonly number[], rng: Rng, inputs: number): { decoded: number; streamMessages: number; violations: number } {
  const counts = { decoded: 0, streamMessages: 0, violations: 0 };
  for (let i = 0; i < inputs; i++) {
    const frame = input(rng, corpus, types);
    try {
      if (checkCodec(codec, frame)) counts.decoded++;
    } catch (error) {
      throw new Error(`input ${i} (${hex(frame.subarray(0, 64))}…): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  for (let i = 0; i < inputs / 10; i++) {
    const stream = randomStream(rng, corpus, types);
    const cuts = randomCuts(rng, stream.length);
    const expected = referenceParse(codec, stream);
    const got = readThroughGateway(codec, stream, cuts);
    const what = `stream ${i} cut at ${cuts.join(',')}: ${hex(stream.subarray(0, 64))}…`;
    assert.equal(got.violated, expected.violated, what);
    if (expected.violated) assert.deepEqual(got.messages, expected.messages.slice(0, got.messages.length), `${what}: a prefix`);
    else assert.deepEqual(got.messages, expected.messages, what);
    counts.streamMessages += got.messages.length;
    if (got.violated) counts.violations++;
  }
  return counts;
}
