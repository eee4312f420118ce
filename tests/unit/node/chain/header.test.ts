/**
 * Photoblocks headers: the byte layout written out by hand (the genesis block and a mined-looking
 * one), the hash checked against Node's own SHA-256, every way a header can be cut or malformed,
 * and a fuzz campaign (a header that encodes back to the same bytes, or a typed error).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { GENESIS_HASH, GENESIS_HEADER } from '../../../../web/src/node/chain/genesis.ts';
import { decodeHeader, encodeHeader, FIXED_HEADER_BYTES, headerHash, MAX_HEADER_BYTES, type BlockHeader } from '../../../../web/src/node/chain/header.ts';
import { FUZZ_INPUTS, FUZZ_SEED, fuzzRng, mutate, randomBytes } from '../../../support/fuzz.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const ascii = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

const MINED: BlockHeader = {
  version: 1,
  height: 258,
  timestamp: 1_764_720_030_500,
  prevHash: 'ab'.repeat(32),
  txRoot: '01'.repeat(32),
  imageKey: 'fe'.repeat(32),
  miner: '0x' + '7c'.repeat(20),
  bits: 0x1f00ffff,
  label: 'coffee mug',
  prevLabel: 'cat',
  nonce: 0x0102030405060708n,
};

test('the genesis header, byte for byte, and its hash as Node computes SHA-256', () => {
  const expected = hex(
    `0001 00000000 0000019ae1823c00 ${'00'.repeat(32 * 3 + 20)} 2000ffff 08${ascii('The Void')} 00 0000000000000000`,
  );
  const bytes = encodeHeader(GENESIS_HEADER);
  assert.deepEqual(bytes, expected);
  assert.equal(bytes.length, FIXED_HEADER_BYTES + 'The Void'.length);
  assert.equal(GENESIS_HASH, createHash('sha256').update(expected).digest('hex'));
  assert.equal(GENESIS_HASH, '298aefef5055d82f9c81aba104b997641a86560d13674bf0d0f6656ad443ffde');
});

test('a mined header: every field at its offset, and back', () => {
  const expected = hex(
    `0001 00000102 0000019ae182b324 ${'ab'.repeat(32)} ${'01'.repeat(32)} ${'fe'.repeat(32)} ${'7c'.repeat(20)} 1f00ffff 0a${ascii('coffee mug')} 03${ascii('cat')} 0102030405060708`,
  );
  assert.deepEqual(encodeHeader(MINED), expected);
  assert.deepEqual(decodeHeader(expected), { ok: true, value: MINED });
  assert.equal(headerHash(MINED), createHash('sha256').update(expected).digest('hex'));
  // Non-ASCII labels count in bytes.
  const accented = { ...MINED, label: 'café', prevLabel: '' };
  assert.deepEqual(decodeHeader(encodeHeader(accented)), { ok: true, value: accented });
});

test('bad headers: cut anywhere, trailing bytes, another version, an overlong or non-UTF-8 label', () => {
  const bytes = encodeHeader(MINED);
  for (let cut = 0; cut < bytes.length; cut++) {
    const r = decodeHeader(bytes.subarray(0, cut));
    assert.ok(!r.ok && r.error.code === 'truncated', `cut at ${cut}: ${!r.ok && r.error.code}`);
  }
  const trailing = decodeHeader(new Uint8Array([...bytes, 0]));
  assert.ok(!trailing.ok && trailing.error.code === 'trailing-bytes');
  const v2 = bytes.slice();
  v2[1] = 2;
  assert.ok(!decodeHeader(v2).ok);
  const long = bytes.slice();
  long[134] = 65;
  const overlong = decodeHeader(long);
  assert.ok(!overlong.ok && overlong.error.code === 'bad-field');
  const badUtf8 = bytes.slice();
  badUtf8[135] = 0xff;
  const notUtf8 = decodeHeader(badUtf8);
  assert.ok(!notUtf8.ok && notUtf8.error.code === 'bad-field');
  // What cannot be encoded is refused before any byte is written.
  for (const bad of [{ height: -1 }, { prevHash: 'AB'.repeat(32) }, { miner: '0x12' }, { label: 'x'.repeat(65) }, { nonce: 1n << 64n }, { version: 2 }] as Partial<BlockHeader>[]) {
    assert.throws(() => encodeHeader({ ...MINED, ...bad }), RangeError, JSON.stringify(bad, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  }
});

test(`fuzz: ${FUZZ_INPUTS} random and mutated inputs decode to a header that encodes back, or a typed error (seed ${FUZZ_SEED})`, () => {
  const rng = fuzzRng();
  const seeds = [encodeHeader(MINED), encodeHeader(GENESIS_HEADER)];
  let decoded = 0;
  for (let i = 0; i < FUZZ_INPUTS; i++) {
    const input = i % 4 === 0 ? randomBytes(rng, Math.floor(rng() * (MAX_HEADER_BYTES + 16))) : mutate(seeds[i % 2]!, rng, seeds);
    const r = decodeHeader(input);
    if (!r.ok) {
      assert.ok(['truncated', 'trailing-bytes', 'bad-field'].includes(r.error.code), r.error.code);
      continue;
    }
    decoded++;
    assert.deepEqual(encodeHeader(r.value), input, 'round trip');
  }
  assert.ok(decoded > FUZZ_INPUTS / 10, `mutations that still decode: ${decoded}`);
});
