/**
 * Photoblocks block bytes: the layout by hand, round trips, every truncation a typed error, and
 * fuzzed bytes decoding to a block that encodes back, or a typed error. Mempool admission and
 * selection: nonce runs per account, pending spends counted, capacity, rebuild after a move.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBlock, encodeBlock, makeBlock, MAX_BLOCK_BYTES, MAX_TRANSFERS_PER_BLOCK } from '../../../../web/src/node/chain/block.ts';
import { encodeHeader } from '../../../../web/src/node/chain/header.ts';
import { PHOTOBLOCKS_CHAIN_ID } from '../../../../web/src/node/chain/genesis.ts';
import { Ledger } from '../../../../web/src/node/chain/ledger.ts';
import { Mempool } from '../../../../web/src/node/chain/mempool.ts';
import { COIN, encodeTransfer, signTransfer, TRANSFER_BYTES } from '../../../../web/src/node/chain/transfer.ts';
import { ADDRESSES, childOf, KEYS, testChain } from '../../../support/chain-fixtures.ts';
import { FUZZ_INPUTS, FUZZ_SEED, fuzzRng, mutate, randomBytes } from '../../../support/fuzz.ts';

const [ALICE, BOB] = ADDRESSES as [string, string];
const pay = (nonce: number, amount = COIN, key: string = KEYS[0]) =>
  signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: BOB, amount, nonce, timestamp: 1_764_720_000_000 + nonce }, key);

function sampleBlock(transfers = [pay(0), pay(1)]) {
  const { chain, images } = testChain();
  return childOf(chain, chain.tip(), images, { transfers });
}

test('a block, byte for byte: header length, header, count, transfers', () => {
  const block = sampleBlock();
  const bytes = encodeBlock(block);
  const header = encodeHeader(block.header);
  assert.equal(bytes.length, 2 + header.length + 2 + 2 * TRANSFER_BYTES);
  assert.equal((bytes[0]! << 8) | bytes[1]!, header.length);
  assert.deepEqual(bytes.subarray(2, 2 + header.length), header);
  assert.equal((bytes[2 + header.length]! << 8) | bytes[3 + header.length]!, 2);
  assert.deepEqual(bytes.subarray(4 + header.length, 4 + header.length + TRANSFER_BYTES), encodeTransfer(block.transfers[0]!));
  const decoded = decodeBlock(bytes);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value, block);
  assert.ok(MAX_BLOCK_BYTES < 65_535 - 64, 'a full block fits one frame');
});

test('every cut of a block is a typed error, and so are extra bytes and too many transfers', () => {
  const bytes = encodeBlock(sampleBlock());
  for (let n = 0; n < bytes.length; n++) {
    const r = decodeBlock(bytes.subarray(0, n));
    assert.ok(!r.ok, `cut at ${n}`);
    assert.ok(['truncated', 'bad-field'].includes(r.error.code), `${n}: ${r.error.code}`);
  }
  const longer = new Uint8Array(bytes.length + 1);
  longer.set(bytes);
  const extra = decodeBlock(longer);
  assert.equal(extra.ok ? 'ok' : extra.error.code, 'trailing-bytes');
  const tooMany = bytes.slice();
  const at = 2 + ((bytes[0]! << 8) | bytes[1]!);
  tooMany[at] = (MAX_TRANSFERS_PER_BLOCK + 1) >> 8;
  tooMany[at + 1] = (MAX_TRANSFERS_PER_BLOCK + 1) & 0xff;
  const many = decodeBlock(tooMany);
  assert.equal(many.ok ? 'ok' : many.error.code, 'bad-field');
  const huge = decodeBlock(new Uint8Array(MAX_BLOCK_BYTES + 1));
  assert.equal(huge.ok ? 'ok' : huge.error.code, 'oversized');
});

test(`fuzz: ${FUZZ_INPUTS / 10} random and mutated blocks decode and encode back, or a typed error (seed ${FUZZ_SEED})`, () => {
  const rng = fuzzRng();
  const seeds = [encodeBlock(sampleBlock()), encodeBlock(sampleBlock([]))];
  let decoded = 0;
  for (let i = 0; i < FUZZ_INPUTS / 10; i++) {
    const input = i % 4 === 0 ? randomBytes(rng, Math.floor(rng() * 600)) : mutate(seeds[i % 2]!, rng, seeds);
    const r = decodeBlock(input);
    if (!r.ok) {
      assert.ok(['truncated', 'trailing-bytes', 'bad-field', 'bad-signature', 'oversized'].includes(r.error.code), r.error.code);
      continue;
    }
    decoded++;
    assert.deepEqual(encodeBlock(r.value), input, 'round trip');
    assert.deepEqual(makeBlock(r.value.header, r.value.transfers).hash, r.value.hash);
  }
  assert.ok(decoded > 0, `mutations that still decode: ${decoded}`);
});

test('the pool takes an account run of nonces within its balance, first come first served', () => {
  const ledger = new Ledger(PHOTOBLOCKS_CHAIN_ID);
  for (let i = 0; i < 3; i++) ledger.applyBlock(ALICE, []);
  const pool = new Mempool(3, 2);
  const code = (r: ReturnType<Mempool['add']>) => (r.ok ? 'ok' : r.error.code);
  assert.equal(code(pool.add(pay(1), ledger)), 'bad-nonce', 'a gap');
  assert.equal(code(pool.add(pay(0), ledger)), 'ok');
  assert.equal(code(pool.add(pay(0), ledger)), 'duplicate');
  assert.equal(code(pool.add(pay(0, 2n), ledger)), 'replayed', 'a second spend of one nonce');
  assert.equal(code(pool.add(pay(1, 3n * COIN), ledger)), 'overspend', 'pending spends count');
  assert.equal(code(pool.add(pay(1), ledger)), 'ok');
  assert.equal(code(pool.add(pay(2, 1n), ledger)), 'at-capacity', 'per account');
  assert.equal(code(pool.add(signTransfer({ chainId: 5n, to: BOB, amount: 1n, nonce: 0, timestamp: 0 }, KEYS[1]), ledger)), 'wrong-chain');
  assert.deepEqual(pool.select(ledger, 10).map((t) => t.nonce), [0, 1]);
  assert.deepEqual(pool.select(ledger, 1).map((t) => t.nonce), [0]);
  // Nonce 0 confirmed elsewhere: the rebuild drops it and keeps 1.
  ledger.apply(pay(0));
  const { dropped } = pool.rebuild(ledger);
  assert.deepEqual(dropped.map((t) => t.nonce), [0]);
  assert.deepEqual(pool.all().map((t) => t.nonce), [1]);
});

test('presence bytes: height, tip prefix, roles; anything else is refused', async () => {
  const { encodePresence, decodePresence } = await import('../../../../web/src/node/chain/presence.ts');
  const p = { height: 70_000, tip: 'ab'.repeat(8), roles: ['full' as const, 'seed' as const] };
  const bytes = encodePresence(p);
  assert.equal(Buffer.from(bytes).toString('hex'), `00011170${'ab'.repeat(8)}05`);
  assert.deepEqual(decodePresence(bytes), p);
  assert.equal(decodePresence(bytes.subarray(0, 12)), undefined);
  const bad = bytes.slice();
  bad[12] = 0x10;
  assert.equal(decodePresence(bad), undefined);
});
