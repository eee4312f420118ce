/**
 * The chain's own SHA-256: FIPS 180-4 / NIST test vectors, Node's SHA-256 on random messages of
 * every length to 300 bytes, and the mining path (midstate, nonce written into the tail, early
 * check) against Node at every header length a Photoblocks header can have, with nonces that
 * cross the u32 halves and every byte offset of the nonce.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { FIXED_HEADER_BYTES, MAX_HEADER_BYTES } from '../../../../web/src/node/chain/header.ts';
import { compareWords, NonceHasher, sha256, wordsToBytes } from '../../../../web/src/node/chain/sha256.ts';
import { hex, text } from '../../../support/bytes.ts';
import { randomBytes } from '../../../support/fuzz.ts';
import { seededRandom } from '../../../support/random.ts';

const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

test('NIST vectors: "abc", the empty message, the 448- and 896-bit messages, a million "a"', () => {
  const vectors: [Uint8Array, string][] = [
    [text('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [new Uint8Array(0), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      text('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    [new Uint8Array(1_000_000).fill(0x61), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ];
  for (const [message, digest] of vectors) assert.equal(hex(sha256(message)), digest, `${message.length} bytes`);
});

test('random messages of every length 0..300 hash as Node hashes them (and subarrays at odd offsets)', () => {
  const rng = seededRandom(256);
  for (let length = 0; length <= 300; length++) {
    const message = randomBytes(rng, length);
    assert.equal(hex(sha256(message)), nodeSha256(message), `length ${length}`);
    const framed = new Uint8Array(length + 3);
    framed.set(message, 3);
    assert.equal(hex(sha256(framed.subarray(3))), nodeSha256(message), `length ${length} at offset 3`);
  }
});

/** The header `prefix ‖ hi ‖ lo` and its hash as Node computes it. */
function expected(prefix: Uint8Array, hi: number, lo: number): string {
  const header = new Uint8Array(prefix.length + 8);
  header.set(prefix);
  const view = new DataView(header.buffer);
  view.setUint32(prefix.length, hi >>> 0);
  view.setUint32(prefix.length + 4, lo >>> 0);
  return nodeSha256(header);
}

const everything = new Int32Array(8).fill(-1);

/** Hashes one nonce through the mining path. */
function mined(hasher: NonceHasher, hi: number, lo: number): string {
  assert.equal(hasher.scan(hi, lo, 1, everything, new Int32Array(8).fill(-1), () => undefined), 0);
  return hex(wordsToBytes(hasher.hash));
}

test(`the midstate path at every header length ${FIXED_HEADER_BYTES}..${MAX_HEADER_BYTES} (and every shorter one)`, () => {
  assert.equal(FIXED_HEADER_BYTES, 144);
  assert.equal(MAX_HEADER_BYTES, 272);
  const rng = seededRandom(144);
  const nonces: [number, number][] = [
    [0, 0],
    [0, 1],
    [0, 0xffff_ffff],
    [1, 0],
    [0x0102_0304, 0x0506_0708],
    [0xffff_ffff, 0xffff_fffe],
    [0x8000_0000, 0x7fff_ffff],
  ];
  for (let length = 8; length <= MAX_HEADER_BYTES; length++) {
    const prefix = randomBytes(rng, length - 8);
    const hasher = new NonceHasher(prefix);
    assert.equal(hasher.headerLength, length);
    for (const [hi, lo] of nonces) assert.equal(mined(hasher, hi, lo), expected(prefix, hi, lo), `length ${length}, nonce ${hi}:${lo}`);
    // A run of consecutive nonces, as the miner scans them, after switching the high word back and forth.
    const best = new Int32Array(8).fill(-1);
    const hashes: string[] = [];
    hasher.scan(7, 0xffff_fff0, 16, new Int32Array(8), best, () => undefined);
    for (let i = 0; i < 16; i++) hashes.push(expected(prefix, 7, 0xffff_fff0 + i));
    assert.equal(hex(wordsToBytes(best)), hashes.sort()[0], `length ${length}: the best of a run`);
  }
});

test('scan: the first nonce whose hash is at or below the target, the early check, and the best hash', () => {
  const rng = seededRandom(9);
  const prefix = randomBytes(rng, 152);
  const hasher = new NonceHasher(prefix);
  const hashes = Array.from({ length: 64 }, (_, i) => expected(prefix, 3, 100 + i));
  const words = (digest: string): Int32Array => Int32Array.from({ length: 8 }, (_, i) => parseInt(digest.slice(8 * i, 8 * i + 8), 16) | 0);
  const lowest = [...hashes].sort()[0]!;
  const at = hashes.indexOf(lowest);
  // The target equal to the lowest hash: met (≤), and by no earlier nonce.
  let best = new Int32Array(8).fill(-1);
  const improvements: number[] = [];
  assert.equal(hasher.scan(3, 100, 64, words(lowest), best, (i) => improvements.push(i)), at);
  assert.equal(hex(wordsToBytes(hasher.hash)), lowest);
  assert.equal(hex(wordsToBytes(best)), lowest);
  assert.equal(improvements.at(-1), at);
  for (let k = 1; k < improvements.length; k++) assert.ok(hashes[improvements[k]!]! < hashes[improvements[k - 1]!]!, 'each report lowers the best');
  // One below it: none of the 64 meets it, though the first word (the early check) matches.
  const below = words(lowest);
  below[7] = (below[7]! - 1) | 0;
  assert.ok(compareWords(below, words(lowest)) < 0);
  best = new Int32Array(8).fill(-1);
  assert.equal(hasher.scan(3, 100, 64, below, best, () => undefined), -1);
  assert.equal(hex(wordsToBytes(best)), lowest);
});

test('compareWords reads words as unsigned big-endian 256-bit numbers', () => {
  const a = new Int32Array(8);
  const b = new Int32Array(8);
  b[0] = -1; // 0xffffffff: large, not negative
  assert.ok(compareWords(a, b) < 0);
  assert.ok(compareWords(b, a) > 0);
  assert.equal(compareWords(b, Int32Array.from(b)), 0);
  a[7] = 1;
  assert.ok(compareWords(a, new Int32Array(8)) > 0);
});
