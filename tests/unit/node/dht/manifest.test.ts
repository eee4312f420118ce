import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import {
  CONTENT_CHUNK_BYTES,
  chunkCountFor,
  chunkLength,
  decodeManifest,
  encodeManifest,
  MANIFEST_TYPE,
  MANIFEST_VERSION,
  MAX_CONTENT_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_CHUNKS,
  type Manifest,
} from '../../../../web/src/node/dht/manifest.ts';
import { DEFAULT_MAX_PAYLOAD_BYTES, MESSAGE_TYPE } from '../../../../web/src/node/wire/index.ts';
import { MAX_DHT_INLINE_VALUE_BYTES } from '../../../../web/src/node/dht/messages.ts';
import { codeOf, fromHex, hex, mulberry32, randomPeerId } from '../wire/helpers.ts';

const A = 'aa'.repeat(32);
const K1 = '11'.repeat(32);
const K2 = '22'.repeat(32);

/** One chunk + 1 byte: two chunks. Written out by hand from the layout, not by the encoder. */
const TWO_CHUNKS: Manifest = { version: 1, totalBytes: CONTENT_CHUNK_BYTES + 1, whole: A, chunks: [K1, K2] };
const TWO_CHUNKS_HEX =
  '006b' + // size: 4 + 1 + 4 + 32 + 2 + 2 × 32 = 107
  '04bb' + // type 1211
  '01' + // version
  '0000c001' + // totalBytes 49153
  A + // whole
  '0002' + // chunk count
  K1 +
  K2;

const EMPTY: Manifest = { version: 1, totalBytes: 0, whole: A, chunks: [] };
const EMPTY_HEX = '002b' + '04bb' + '01' + '00000000' + A + '0000';

function decoded(bytes: Uint8Array): Manifest {
  const result = decodeManifest(bytes);
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A manifest frame with its size field fixed up after editing the body. */
function withSize(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer).setUint16(0, out.length);
  return out;
}

test('limits: a chunk fits one record, a full manifest too, and the type is not a peer message', () => {
  assert.equal(CONTENT_CHUNK_BYTES, 48 * 1024);
  assert.ok(CONTENT_CHUNK_BYTES <= MAX_DHT_INLINE_VALUE_BYTES);
  assert.equal(MAX_CONTENT_BYTES, DEFAULT_MAX_PAYLOAD_BYTES);
  assert.equal(MAX_MANIFEST_CHUNKS, 342);
  assert.ok(MAX_MANIFEST_BYTES <= MAX_DHT_INLINE_VALUE_BYTES);
  assert.equal(MANIFEST_TYPE, 1211);
  assert.ok(!(Object.values(MESSAGE_TYPE) as number[]).includes(MANIFEST_TYPE));
});

test('chunk count and lengths follow totalBytes', () => {
  assert.equal(chunkCountFor(0), 0);
  assert.equal(chunkCountFor(1), 1);
  assert.equal(chunkCountFor(CONTENT_CHUNK_BYTES), 1);
  assert.equal(chunkCountFor(CONTENT_CHUNK_BYTES + 1), 2);
  assert.equal(chunkCountFor(MAX_CONTENT_BYTES), MAX_MANIFEST_CHUNKS);
  assert.equal(chunkLength(CONTENT_CHUNK_BYTES + 1, 0), CONTENT_CHUNK_BYTES);
  assert.equal(chunkLength(CONTENT_CHUNK_BYTES + 1, 1), 1);
});

test('byte fixtures: a two-chunk and an empty manifest', () => {
  assert.equal(hex(encodeManifest(TWO_CHUNKS)), TWO_CHUNKS_HEX);
  assert.deepEqual(decoded(fromHex(TWO_CHUNKS_HEX)), TWO_CHUNKS);
  assert.equal(hex(encodeManifest(EMPTY)), EMPTY_HEX);
  assert.deepEqual(decoded(fromHex(EMPTY_HEX)), EMPTY);
});

test('round trip up to the largest object', () => {
  const rng = mulberry32(7);
  for (const totalBytes of [1, CONTENT_CHUNK_BYTES, CONTENT_CHUNK_BYTES + 1, 1_000_000, MAX_CONTENT_BYTES]) {
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      totalBytes,
      whole: randomPeerId(rng),
      chunks: Array.from({ length: chunkCountFor(totalBytes) }, () => randomPeerId(rng)),
    };
    const bytes = encodeManifest(manifest);
    assert.ok(bytes.length <= MAX_MANIFEST_BYTES);
    assert.deepEqual(decoded(bytes), manifest);
  }
  const full = encodeManifest({ version: 1, totalBytes: MAX_CONTENT_BYTES, whole: A, chunks: Array(MAX_MANIFEST_CHUNKS).fill(K1) });
  assert.equal(full.length, MAX_MANIFEST_BYTES);
});

test('truncated and trailing bytes are refused', () => {
  const good = fromHex(TWO_CHUNKS_HEX);
  assert.equal(codeOf(decodeManifest(good.subarray(0, good.length - 1))), 'truncated');
  assert.equal(codeOf(decodeManifest(withSize(good.subarray(0, good.length - 1)))), 'truncated');
  assert.equal(codeOf(decodeManifest(withSize(good.subarray(0, 10)))), 'truncated');
  assert.equal(codeOf(decodeManifest(good.subarray(0, 3))), 'truncated');
  assert.equal(codeOf(decodeManifest(new Uint8Array(0))), 'truncated');
  const longer = new Uint8Array(good.length + 1);
  longer.set(good);
  assert.equal(codeOf(decodeManifest(longer)), 'trailing-bytes');
  assert.equal(codeOf(decodeManifest(withSize(longer))), 'trailing-bytes');
});

test('oversized totalBytes, a list over the maximum and a frame too big are refused', () => {
  // 16 MiB + 1 still needs 342 chunks, so only the size bound catches it.
  const over = encodeManifest({ version: 1, totalBytes: MAX_CONTENT_BYTES, whole: A, chunks: Array(MAX_MANIFEST_CHUNKS).fill(K1) });
  new DataView(over.buffer).setUint32(5, MAX_CONTENT_BYTES + 1);
  assert.equal(chunkCountFor(MAX_CONTENT_BYTES + 1), MAX_MANIFEST_CHUNKS);
  assert.equal(codeOf(decodeManifest(over)), 'oversized');

  const tooMany = withSize(new Uint8Array([...fromHex(EMPTY_HEX).subarray(0, 41), 0x01, 0x57, ...new Uint8Array(343 * 32)]));
  assert.equal(codeOf(decodeManifest(tooMany)), 'bad-field');

  assert.equal(codeOf(decodeManifest(new Uint8Array(70_000))), 'oversized');
});

test('a chunk count that does not match totalBytes is malformed', () => {
  const good = fromHex(TWO_CHUNKS_HEX);
  const oneChunkSize = good.slice();
  new DataView(oneChunkSize.buffer).setUint32(5, CONTENT_CHUNK_BYTES);
  assert.equal(codeOf(decodeManifest(oneChunkSize)), 'malformed');
  const threeChunkSize = good.slice();
  new DataView(threeChunkSize.buffer).setUint32(5, 2 * CONTENT_CHUNK_BYTES + 1);
  assert.equal(codeOf(decodeManifest(threeChunkSize)), 'malformed');
  const empty = fromHex(EMPTY_HEX);
  new DataView(empty.buffer).setUint32(5, 1);
  assert.equal(codeOf(decodeManifest(empty)), 'malformed');
});

test('another version or another frame type is refused', () => {
  const v2 = fromHex(TWO_CHUNKS_HEX);
  v2[4] = 2;
  assert.equal(codeOf(decodeManifest(v2)), 'malformed');
  const otherType = fromHex(TWO_CHUNKS_HEX);
  new DataView(otherType.buffer).setUint16(2, MESSAGE_TYPE.dhtRecord);
  assert.equal(codeOf(decodeManifest(otherType)), 'unknown-type');
});

test('the encoder throws on a manifest our own code built wrong', () => {
  const bad = (m: Manifest, code: string): void =>
    assert.throws(() => encodeManifest(m), (e: unknown) => e instanceof TabmeshError && e.code === code);
  bad({ ...TWO_CHUNKS, chunks: [K1] }, 'malformed');
  bad({ ...TWO_CHUNKS, version: 9 }, 'malformed');
  bad({ ...TWO_CHUNKS, whole: 'AA'.repeat(32) }, 'bad-field');
  bad({ ...TWO_CHUNKS, chunks: [K1, 'xyz'] }, 'bad-field');
  bad({ ...EMPTY, totalBytes: MAX_CONTENT_BYTES + 1, chunks: Array(MAX_MANIFEST_CHUNKS).fill(K1) }, 'oversized');
});

test('random corruption never throws and yields a typed error or a consistent manifest', () => {
  const rng = mulberry32(11);
  const good = fromHex(TWO_CHUNKS_HEX);
  for (let i = 0; i < 2000; i++) {
    const bytes = good.slice(0, 1 + Math.floor(rng() * good.length));
    for (let flips = 1 + Math.floor(rng() * 3); flips > 0; flips--) {
      bytes[Math.floor(rng() * bytes.length)] = Math.floor(rng() * 256);
    }
    const result = decodeManifest(bytes);
    if (result.ok) assert.equal(result.value.chunks.length, chunkCountFor(result.value.totalBytes));
    else assert.ok(result.error instanceof TabmeshError);
  }
});
