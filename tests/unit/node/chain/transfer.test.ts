/**
 * Photoblocks transfers and balances: the bytes of a transfer by hand, its signer recovered (and a
 * signature from any other namespace or over other bytes not counting as the sender's), the
 * Merkle root against Node's SHA-256, every refusal of the ledger with its code, blocks applied
 * all or nothing, and fuzzed bytes decoding to a transfer or a typed error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { computeAddress, SigningKey } from 'ethers';
import { signingDigest, defineSigningNamespace } from '../../../../web/src/node/peers/identity.ts';
import { BLOCK_REWARD, Ledger } from '../../../../web/src/node/chain/ledger.ts';
import { COIN, decodeTransfer, encodeTransfer, signTransfer, TRANSFER_BYTES, txRoot, type UnsignedTransfer } from '../../../../web/src/node/chain/transfer.ts';
import { FUZZ_INPUTS, FUZZ_SEED, fuzzRng, mutate, randomBytes } from '../../../support/fuzz.ts';

// Two of anvil's well-known dev keys (test money only).
const ALICE_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const BOB_KEY = '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d';
const ALICE = computeAddress(ALICE_KEY).toLowerCase();
const BOB = computeAddress(BOB_KEY).toLowerCase();
const CHAIN = 3113n;

const send = (fields: Partial<UnsignedTransfer> = {}, key = ALICE_KEY) =>
  signTransfer({ chainId: CHAIN, to: BOB, amount: 5n * COIN, nonce: 0, timestamp: 1_764_720_000_000, ...fields }, key);
const sha = (...parts: Uint8Array[]): string => createHash('sha256').update(Buffer.concat(parts)).digest('hex');
const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));

test('a transfer, byte for byte; its sender recovered; its hash', () => {
  const t = send();
  const bytes = encodeTransfer(t);
  assert.equal(bytes.length, TRANSFER_BYTES);
  const body = `0000000000000c29 ${BOB.slice(2)} 000000001dcd6500 00000000 0000019ae1823c00`.replace(/\s+/g, '');
  assert.equal(Buffer.from(bytes.subarray(0, 48)).toString('hex'), body);
  assert.equal(Buffer.from(bytes.subarray(48)).toString('hex'), t.signature.slice(2));
  const decoded = decodeTransfer(bytes);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value, t);
  assert.equal(decoded.value.from, ALICE);
  assert.equal(t.hash, sha(bytes));
  // The signature is over the namespace and the 48 bytes, as documented.
  const digest = signingDigest(defineSigningNamespace('tabmesh/photoblocks-tx-doc/v1'), hex(body));
  assert.notEqual(computeAddress(SigningKey.recoverPublicKey(digest, t.signature)).toLowerCase(), ALICE, 'another namespace recovers someone else');
  assert.equal(
    computeAddress(SigningKey.recoverPublicKey(`0x${sha(Buffer.from('tabmesh/photoblocks-tx/v1'), new Uint8Array([0]), hex(body))}`, t.signature)).toLowerCase(),
    ALICE,
  );
});

test('tampered, cut or padded transfers: another sender, or a typed error', () => {
  const bytes = encodeTransfer(send());
  const richer = bytes.slice();
  richer[35] = richer[35]! ^ 0x01; // the amount's last byte
  const forged = decodeTransfer(richer);
  assert.ok(!forged.ok || forged.value.from !== ALICE, 'a changed amount is not signed by the sender');
  for (const [input, code] of [
    [bytes.subarray(0, TRANSFER_BYTES - 1), 'truncated'],
    [new Uint8Array([...bytes, 0]), 'trailing-bytes'],
  ] as const) {
    const r = decodeTransfer(input);
    assert.ok(!r.ok && r.error.code === code, code);
  }
  const zero = bytes.slice();
  zero.fill(0, 28, 36);
  const nothing = decodeTransfer(zero);
  assert.ok(!nothing.ok && nothing.error.code === 'bad-field');
  const badSignature = bytes.slice();
  badSignature.fill(0, 48, 112);
  const unrecoverable = decodeTransfer(badSignature);
  assert.ok(!unrecoverable.ok && unrecoverable.error.code === 'bad-signature');
  assert.throws(() => send({ amount: 0n }), RangeError);
  assert.throws(() => send({ to: BOB.toUpperCase() }), RangeError);
});

test('Merkle root: none, one, two, three hashes, as SHA-256 computes them', () => {
  const [a, b, c] = ['aa', 'bb', 'cc'].map((x) => x.repeat(32)) as [string, string, string];
  assert.equal(txRoot([]), '0'.repeat(64));
  assert.equal(txRoot([a]), a);
  const ab = sha(hex(a), hex(b));
  assert.equal(txRoot([a, b]), ab);
  assert.equal(txRoot([a, b, c]), sha(hex(ab), hex(c)), 'an odd hash goes up unpaired');
  assert.notEqual(txRoot([a, b, c]), txRoot([a, b, c, c]), 'a repeated last transfer changes the root');
});

test('the ledger: rewards, a transfer, and each refusal with its code, blocks all or nothing', () => {
  const ledger = new Ledger(CHAIN);
  assert.ok(ledger.applyBlock(ALICE, []).ok);
  assert.deepEqual(ledger.account(ALICE), { balance: BLOCK_REWARD, nonce: 0 });
  const refusal = (t: ReturnType<typeof send>): string => {
    const r = ledger.check(t);
    return r.ok ? 'ok' : r.error.code;
  };
  assert.equal(refusal(send({ amount: 2n * COIN })), 'overspend');
  assert.equal(refusal(send({ chainId: CHAIN + 1n, amount: 1n })), 'wrong-chain');
  assert.equal(refusal(send({ nonce: 1, amount: 1n })), 'bad-nonce');
  const first = send({ amount: COIN / 4n });
  assert.ok(ledger.apply(first).ok);
  assert.deepEqual(ledger.account(BOB), { balance: COIN / 4n, nonce: 0 });
  assert.deepEqual(ledger.account(ALICE), { balance: (3n * COIN) / 4n, nonce: 1 });
  assert.equal(refusal(first), 'replayed', 'the same transfer twice: a double spend');
  assert.equal(refusal(send({ amount: 1n })), 'replayed', 'another transfer at a used nonce');
  // A block with one bad transfer changes nothing, its reward included.
  const good = send({ nonce: 1, amount: 1n });
  const bad = send({ nonce: 2, amount: 100n * COIN });
  const r = ledger.applyBlock(BOB, [good, bad]);
  assert.ok(!r.ok && r.error.code === 'overspend' && /transfer 1/.test(r.error.message));
  assert.deepEqual(ledger.account(ALICE), { balance: (3n * COIN) / 4n, nonce: 1 });
  assert.deepEqual(ledger.account(BOB), { balance: COIN / 4n, nonce: 0 });
  assert.ok(ledger.applyBlock(BOB, [good]).ok);
  assert.deepEqual(ledger.account(BOB), { balance: COIN / 4n + BLOCK_REWARD + 1n, nonce: 0 });
});

test(`fuzz: ${FUZZ_INPUTS} random and mutated inputs decode to a transfer that encodes back, or a typed error (seed ${FUZZ_SEED})`, () => {
  const rng = fuzzRng();
  const seeds = [encodeTransfer(send()), encodeTransfer(send({ nonce: 7 }, BOB_KEY))];
  let decoded = 0;
  for (let i = 0; i < FUZZ_INPUTS; i++) {
    const input = i % 4 === 0 ? randomBytes(rng, Math.floor(rng() * (TRANSFER_BYTES + 8))) : mutate(seeds[i % 2]!, rng, seeds);
    const r = decodeTransfer(input);
    if (!r.ok) {
      assert.ok(['truncated', 'trailing-bytes', 'bad-field', 'bad-signature'].includes(r.error.code), r.error.code);
      continue;
    }
    decoded++;
    assert.deepEqual(encodeTransfer(r.value), input, 'round trip');
  }
  assert.ok(decoded > 0, 'some mutations still decode');
});
