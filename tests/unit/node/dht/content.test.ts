import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from 'ethers';
import type { ContentProgress, DhtKey } from '../../../../web/src/node/dht/api.ts';
import {
  assembleOwned,
  CONTENT_PARALLELISM,
  getContent,
  putChunks,
  putContent,
  sha256Hex,
  splitForManifest,
  type ContentPort,
} from '../../../../web/src/node/dht/content.ts';
import {
  CONTENT_CHUNK_BYTES,
  chunkCountFor,
  decodeManifest,
  encodeManifest,
  MAX_CONTENT_BYTES,
} from '../../../../web/src/node/dht/manifest.ts';
import { TabmeshError, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import { mulberry32, randomBytes } from '../wire/helpers.ts';

interface StoredRecord {
  value: Uint8Array;
  manifest: boolean;
}

/** A ContentPort over a Map, yielding to the event loop on every call so calls overlap. */
class MemoryPort implements ContentPort {
  readonly records = new Map<DhtKey, StoredRecord>();
  calls = { putChunk: 0, putManifest: 0, getRecord: 0 };
  inFlight = 0;
  maxInFlight = 0;

  async putChunk(key: DhtKey, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    this.calls.putChunk++;
    await this.#turn(signal);
    this.records.set(key, { value: bytes.slice(), manifest: false });
  }

  async putManifest(key: DhtKey, manifest: Uint8Array, signal?: AbortSignal): Promise<void> {
    this.calls.putManifest++;
    await this.#turn(signal);
    this.records.set(key, { value: manifest.slice(), manifest: true });
  }

  async getRecord(key: DhtKey, signal?: AbortSignal): Promise<StoredRecord> {
    this.calls.getRecord++;
    await this.#turn(signal);
    const record = this.records.get(key);
    if (!record) throw new TabmeshError('not-found', key);
    return { value: record.value.slice(), manifest: record.manifest };
  }

  async #turn(signal?: AbortSignal): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    } finally {
      this.inFlight--;
    }
  }
}

function object(n: number, seed = n): Uint8Array {
  return randomBytes(mulberry32(seed), n);
}

function keyOf(bytes: Uint8Array): DhtKey {
  return sha256(bytes).slice(2);
}

function flip(bytes: Uint8Array, index: number, mask: number): void {
  bytes[index] = (bytes[index] ?? 0) ^ mask;
}

function isCode(code: ErrorCode, text?: RegExp): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(e instanceof TabmeshError, `expected a TabmeshError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (text) assert.match(e.message, text);
    return true;
  };
}

/** Stores an object in a fresh port; returns the port and the key. */
async function stored(bytes: Uint8Array): Promise<{ port: MemoryPort; key: DhtKey }> {
  const port = new MemoryPort();
  const key = await putContent(bytes, port);
  return { port, key };
}

test('sha256Hex matches ethers, with and without crypto.subtle', async () => {
  const samples = [0, 1, 55, 56, 64, CONTENT_CHUNK_BYTES, 1_000_003].map((n) => object(n));
  for (const bytes of samples) assert.equal(await sha256Hex(bytes), keyOf(bytes));
  assert.equal(await sha256Hex(samples[6]!.subarray(7, 100_007)), keyOf(samples[6]!.slice(7, 100_007)));
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  assert.ok(descriptor?.configurable);
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
  try {
    for (const bytes of samples) assert.equal(await sha256Hex(bytes), keyOf(bytes));
  } finally {
    Object.defineProperty(globalThis, 'crypto', descriptor);
  }
});

test('round trips are bit-exact at 0, 1, one chunk, one chunk + 1 and 1 MB', async () => {
  for (const n of [0, 1, CONTENT_CHUNK_BYTES, CONTENT_CHUNK_BYTES + 1, 1_000_000]) {
    const bytes = object(n);
    const { port, key } = await stored(bytes);
    assert.equal(key, keyOf(bytes), `key of ${n} bytes`);
    const chunked = n > CONTENT_CHUNK_BYTES;
    assert.equal(port.calls.putChunk, chunked ? chunkCountFor(n) : 1, `chunks of ${n} bytes`);
    assert.equal(port.calls.putManifest, chunked ? 1 : 0);
    assert.equal(port.records.get(key)?.manifest, chunked);
    const back = await getContent(key, port);
    assert.equal(back.length, n);
    assert.ok(Buffer.from(back).equals(Buffer.from(bytes)), `${n} bytes differ after the round trip`);
  }
});

test('the largest object round-trips and one byte more is oversized', async () => {
  const bytes = object(MAX_CONTENT_BYTES, 3);
  const { port, key } = await stored(bytes);
  assert.ok(Buffer.from(await getContent(key, port)).equals(Buffer.from(bytes)));
  const empty = new MemoryPort();
  await assert.rejects(putContent(new Uint8Array(MAX_CONTENT_BYTES + 1), empty), isCode('oversized'));
  await assert.rejects(splitForManifest(new Uint8Array(MAX_CONTENT_BYTES + 1)), isCode('oversized'));
  assert.equal(empty.calls.putChunk, 0);
});

test('the manifest lists each chunk under its own hash and the whole under the key', async () => {
  const bytes = object(2 * CONTENT_CHUNK_BYTES + 5);
  const split = await splitForManifest(bytes);
  const manifest = decodeManifest(split.manifest);
  assert.ok(manifest.ok);
  assert.equal(manifest.value.whole, keyOf(bytes));
  assert.equal(split.whole, keyOf(bytes));
  assert.deepEqual(manifest.value.chunks, split.chunks.map((c) => c.key));
  assert.deepEqual(split.chunks.map((c) => c.bytes.length), [CONTENT_CHUNK_BYTES, CONTENT_CHUNK_BYTES, 5]);
  for (const chunk of split.chunks) assert.equal(chunk.key, keyOf(chunk.bytes));
  const { port, key } = await stored(bytes);
  assert.ok(Buffer.from(port.records.get(key)!.value).equals(Buffer.from(split.manifest)));
});

test('a tampered chunk is rejected with hash-mismatch naming its index', async () => {
  const { port, key } = await stored(object(3 * CONTENT_CHUNK_BYTES));
  const split = await splitForManifest(object(3 * CONTENT_CHUNK_BYTES));
  const victim = port.records.get(split.chunks[1]!.key)!;
  flip(victim.value, 100, 1);
  await assert.rejects(getContent(key, port), isCode('hash-mismatch', /chunk 1\b/));
});

test('a tampered single-record value is rejected with hash-mismatch', async () => {
  const { port, key } = await stored(object(1000));
  flip(port.records.get(key)!.value, 0, 0x80);
  await assert.rejects(getContent(key, port), isCode('hash-mismatch'));
});

test('a manifest whose whole differs from the key is rejected', async () => {
  const a = object(CONTENT_CHUNK_BYTES + 10, 1);
  const b = object(CONTENT_CHUNK_BYTES + 10, 2);
  const { port } = await stored(a);
  const splitA = await splitForManifest(a);
  // A's (valid, complete) manifest served under B's key.
  port.records.set(keyOf(b), { value: splitA.manifest, manifest: true });
  await assert.rejects(getContent(keyOf(b), port), isCode('hash-mismatch'));
});

test('a manifest that lies about the whole is caught after assembly', async () => {
  const bytes = object(CONTENT_CHUNK_BYTES + 10);
  const { port } = await stored(bytes);
  const split = await splitForManifest(bytes);
  const liar = '5a'.repeat(32);
  const manifest = encodeManifest({ version: 1, totalBytes: bytes.length, whole: liar, chunks: split.chunks.map((c) => c.key) });
  port.records.set(liar, { value: manifest, manifest: true });
  await assert.rejects(getContent(liar, port), isCode('hash-mismatch', /assemble/));
});

test('a manifest record that does not decode, or chunks of the wrong length, are malformed', async () => {
  const bytes = object(CONTENT_CHUNK_BYTES + 10);
  const { port, key } = await stored(bytes);
  const good = port.records.get(key)!.value;
  port.records.set(key, { value: good.subarray(0, good.length - 1), manifest: true });
  await assert.rejects(getContent(key, port), isCode('malformed', /truncated/));
  // Claims one byte less, so the last chunk is one byte too long; the count still matches.
  const shorter = good.slice();
  new DataView(shorter.buffer).setUint32(5, bytes.length - 1);
  port.records.set(key, { value: shorter, manifest: true });
  await assert.rejects(getContent(key, port), isCode('malformed', /chunk 1/));
});

test('a missing chunk or record surfaces the port error', async () => {
  const { port, key } = await stored(object(2 * CONTENT_CHUNK_BYTES));
  const split = await splitForManifest(object(2 * CONTENT_CHUNK_BYTES));
  port.records.delete(split.chunks[0]!.key);
  await assert.rejects(getContent(key, port), isCode('not-found'));
  await assert.rejects(getContent('00'.repeat(32), port), isCode('not-found'));
  await assert.rejects(getContent('not a key', port), isCode('bad-field'));
});

test('assembleOwned checks against the manifest, not a key', async () => {
  const bytes = object(5 * CONTENT_CHUNK_BYTES + 1);
  const port = new MemoryPort();
  const split = await splitForManifest(bytes);
  const progress: ContentProgress[] = [];
  await putChunks(split.chunks, port, { onProgress: (p) => progress.push(p) });
  assert.deepEqual(progress.at(-1), { phase: 'put', done: 6, total: 6 });
  assert.equal(port.calls.putManifest, 0);
  const back = await assembleOwned(split.manifest, port);
  assert.ok(Buffer.from(back).equals(Buffer.from(bytes)));
  const wrongWhole = encodeManifest({ version: 1, totalBytes: bytes.length, whole: '01'.repeat(32), chunks: split.chunks.map((c) => c.key) });
  await assert.rejects(assembleOwned(wrongWhole, port), isCode('hash-mismatch'));
  await assert.rejects(assembleOwned(new Uint8Array(5), port), isCode('malformed'));
  flip(port.records.get(split.chunks[4]!.key)!.value, 0, 1);
  await assert.rejects(assembleOwned(split.manifest, port), isCode('hash-mismatch', /chunk 4\b/));
});

test('progress reaches total on put and get, and parallelism stays bounded', async () => {
  const bytes = object(1_000_000);
  const total = chunkCountFor(bytes.length);
  const port = new MemoryPort();
  const puts: ContentProgress[] = [];
  const key = await putContent(bytes, port, { onProgress: (p) => puts.push(p) });
  assert.deepEqual(puts, Array.from({ length: total }, (_, i) => ({ phase: 'put', done: i + 1, total })));
  assert.equal(port.maxInFlight, CONTENT_PARALLELISM);

  port.maxInFlight = 0;
  const gets: ContentProgress[] = [];
  await getContent(key, port, { onProgress: (p) => gets.push(p) });
  assert.deepEqual(gets, Array.from({ length: total }, (_, i) => ({ phase: 'get', done: i + 1, total })));
  assert.equal(port.maxInFlight, CONTENT_PARALLELISM);

  const small: ContentProgress[] = [];
  const smallKey = await putContent(object(10), port, { onProgress: (p) => small.push(p) });
  await getContent(smallKey, port, { onProgress: (p) => small.push(p) });
  assert.deepEqual(small, [{ phase: 'put', done: 1, total: 1 }, { phase: 'get', done: 1, total: 1 }]);
});

test('abort stops a put: nothing new starts and the manifest is never stored', async () => {
  const port = new MemoryPort();
  const controller = new AbortController();
  let seen = 0;
  const put = putContent(object(20 * CONTENT_CHUNK_BYTES), port, {
    signal: controller.signal,
    onProgress: () => {
      if (++seen === 2) controller.abort();
    },
  });
  await assert.rejects(put, isCode('aborted'));
  const started = port.calls.putChunk;
  assert.ok(started < 20, `${started} chunk puts started`);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(port.calls.putChunk, started);
  assert.equal(port.calls.putManifest, 0);
});

test('abort stops a get, even when the port ignores its signal', async () => {
  const bytes = object(10 * CONTENT_CHUNK_BYTES);
  const { port, key } = await stored(bytes);
  const reason = new TabmeshError('timeout', 'gave up');
  const stuck: ContentPort = {
    putChunk: () => Promise.resolve(),
    putManifest: () => Promise.resolve(),
    getRecord: (k) => (k === key ? port.getRecord(k) : new Promise(() => {})),
  };
  const controller = new AbortController();
  const get = getContent(key, stuck, { signal: controller.signal });
  setImmediate(() => setImmediate(() => controller.abort(reason)));
  await assert.rejects(get, (e: unknown) => e === reason);
});

test('an aborted signal stops before any port call', async () => {
  const port = new MemoryPort();
  const signal = AbortSignal.abort();
  await assert.rejects(putContent(object(10), port, { signal }), isCode('aborted'));
  await assert.rejects(putContent(object(2 * CONTENT_CHUNK_BYTES), port, { signal }), isCode('aborted'));
  await assert.rejects(getContent('00'.repeat(32), port, { signal }), isCode('aborted'));
  await assert.rejects(assembleOwned(new Uint8Array(0), port, { signal }), isCode('aborted'));
  assert.deepEqual(port.calls, { putChunk: 0, putManifest: 0, getRecord: 0 });
});

test('the first failed chunk put fails the whole put and aborts the ones in flight', async () => {
  const port = new MemoryPort();
  const sawAbort: Promise<void>[] = [];
  let n = 0;
  const failing: ContentPort = {
    putChunk: (_key, _bytes, signal) => {
      if (++n === 3) return Promise.reject(new TabmeshError('no-route', 'chunk 3'));
      // The others hang until the content layer aborts them.
      sawAbort.push(new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true })));
      return new Promise(() => {});
    },
    putManifest: (key, manifest) => port.putManifest(key, manifest),
    getRecord: (key) => port.getRecord(key),
  };
  await assert.rejects(putContent(object(20 * CONTENT_CHUNK_BYTES), failing), isCode('no-route'));
  assert.equal(n, CONTENT_PARALLELISM);
  assert.equal(sawAbort.length, CONTENT_PARALLELISM - 1);
  await Promise.all(sawAbort);
  assert.equal(port.calls.putManifest, 0);
});
