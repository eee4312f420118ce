/**
 * The chain read API's answers on a chain built by hand: the head, block pages (cut at the
 * limits, header bytes that hash to the block hash), transfers confirmed, pending and unknown,
 * balances with their pending spend, and every bad parameter refused as 'bad-field'.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from 'ethers';
import { GENESIS_HASH, PHOTOBLOCKS_CHAIN_ID } from '../../../../web/src/node/chain/genesis.ts';
import { BLOCK_REWARD } from '../../../../web/src/node/chain/ledger.ts';
import { balance, blocks, head, MAX_BLOCKS_PER_REQUEST, MAX_TRANSFERS_PER_ANSWER, tx } from '../../../../web/src/node/chain/read-api.ts';
import { COIN, signTransfer } from '../../../../web/src/node/chain/transfer.ts';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { ADDRESSES, childOf, extend, KEYS, testChain } from '../../../support/chain-fixtures.ts';

const [ALICE, BOB] = ADDRESSES as [string, string];
const pay = (nonce: number, amount = COIN, key: string = KEYS[0]) =>
  signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: BOB, amount, nonce, timestamp: 1_764_720_000_000 + nonce }, key);

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function code(r: Result<unknown>): string {
  return r.ok ? 'ok' : r.error.code;
}

/** Three mined blocks, the third carrying one transfer, and a second transfer waiting in the pool. */
async function builtChain() {
  const { chain, images } = testChain();
  await extend(chain, images, 2);
  const confirmed = pay(0, 2n * COIN);
  const block = childOf(chain, chain.tip(), images, { transfers: [confirmed] });
  assert.deepEqual(await chain.submitBlock(block), { ok: true, value: 'tip' });
  const pending = pay(1, COIN / 2n);
  assert.ok(chain.submitTransfer(pending).ok);
  return { chain, images, block, confirmed, pending };
}

test('head: the tip with its cumulative work as a decimal string', async () => {
  const { chain, block } = await builtChain();
  const answer = head(chain);
  assert.deepEqual(answer, {
    height: 3,
    hash: block.hash,
    work: chain.tip().work.toString(),
    bits: block.header.bits,
    timestamp: block.header.timestamp,
    label: 'cat',
  });
  assert.match(answer.work, /^[1-9][0-9]*$/);
  assert.deepEqual(JSON.parse(JSON.stringify(answer)), answer, 'plain JSON');
});

test('blocks: a range with every header field, exact header bytes and the transfers', async () => {
  const { chain, block, confirmed } = await builtChain();
  const answer = value(blocks(chain, '0', '3'));
  assert.deepEqual([answer.height, answer.from, answer.to, answer.next], [3, 0, 3, undefined]);
  assert.deepEqual(answer.blocks.map((b) => b.height), [0, 1, 2, 3]);
  assert.equal(answer.blocks[0]!.hash, GENESIS_HASH);
  assert.equal(answer.blocks[0]!.label, 'The Void');
  for (const b of answer.blocks) assert.equal(sha256(`0x${b.headerHex}`).slice(2), b.hash, `block ${b.height} re-hashes`);
  const last = answer.blocks[3]!;
  const h = block.header;
  assert.deepEqual(
    { ...last, headerHex: undefined },
    {
      hash: block.hash,
      version: h.version,
      height: 3,
      timestamp: h.timestamp,
      prevHash: h.prevHash,
      txRoot: h.txRoot,
      imageKey: h.imageKey,
      miner: ALICE,
      bits: h.bits,
      label: 'cat',
      prevLabel: h.prevLabel,
      nonce: h.nonce.toString(),
      headerHex: undefined,
      transfers: [{ hash: confirmed.hash, from: ALICE, to: BOB, amount: (2n * COIN).toString(), nonce: 0, timestamp: confirmed.timestamp }],
    },
  );
  assert.deepEqual(JSON.parse(JSON.stringify(answer)), answer, 'plain JSON');
});

test('blocks: without `to` up to the tip; past the tip empty; a long range cut with `next`', async () => {
  const { chain, images } = testChain();
  await extend(chain, images, MAX_BLOCKS_PER_REQUEST + 5);
  const tip = chain.active.height;
  const open = value(blocks(chain, '3', undefined));
  assert.deepEqual([open.from, open.to, open.blocks.length, open.next], [3, 3 + MAX_BLOCKS_PER_REQUEST - 1, MAX_BLOCKS_PER_REQUEST, 3 + MAX_BLOCKS_PER_REQUEST]);
  const wide = value(blocks(chain, '0', '1000'));
  assert.deepEqual([wide.blocks.length, wide.next], [MAX_BLOCKS_PER_REQUEST, MAX_BLOCKS_PER_REQUEST]);
  const rest = value(blocks(chain, String(wide.next), '1000'));
  assert.deepEqual([rest.from, rest.to, rest.next], [MAX_BLOCKS_PER_REQUEST, tip, undefined], 'the last page ends at the tip');
  const beyond = value(blocks(chain, String(tip + 1), undefined));
  assert.deepEqual([beyond.blocks.length, beyond.from, beyond.to, beyond.next], [0, tip + 1, tip, undefined]);
  const one = value(blocks(chain, '7', '7'));
  assert.deepEqual(one.blocks.map((b) => b.height), [7]);
});

test('blocks: an answer stops before the block that would pass the transfer budget', async () => {
  const { chain, images } = testChain();
  await extend(chain, images, 1); // ALICE mines a coin: enough for thousands of 1-unit transfers
  const perBlock = 256;
  const first = chain.active.height + 1;
  let nonce = 0;
  for (let i = 0; i <= MAX_TRANSFERS_PER_ANSWER / perBlock; i++) {
    const transfers = Array.from({ length: perBlock }, () => pay(nonce++, 1n));
    assert.deepEqual(await chain.submitBlock(childOf(chain, chain.tip(), images, { transfers })), { ok: true, value: 'tip' });
  }
  const answer = value(blocks(chain, String(first), undefined));
  const carried = answer.blocks.reduce((n, b) => n + b.transfers.length, 0);
  assert.ok(carried <= MAX_TRANSFERS_PER_ANSWER && carried + perBlock > MAX_TRANSFERS_PER_ANSWER, `${carried} transfers`);
  assert.equal(answer.next, answer.to + 1);
  assert.equal(value(blocks(chain, String(answer.next), undefined)).blocks.length, chain.active.height - answer.to);
});

test('tx: confirmed with its confirmations, pending, unknown; hashes in any case, with or without 0x', async () => {
  const { chain, images, block, confirmed, pending } = await builtChain();
  assert.deepEqual(value(tx(chain, confirmed.hash)), {
    status: 'confirmed',
    height: 3,
    blockHash: block.hash,
    confirmations: 1,
    transfer: { hash: confirmed.hash, from: ALICE, to: BOB, amount: (2n * COIN).toString(), nonce: 0, timestamp: confirmed.timestamp },
  });
  await extend(chain, images, 2);
  const later = value(tx(chain, `0x${confirmed.hash.toUpperCase()}`));
  assert.equal(later.status === 'confirmed' && later.confirmations, 3);
  const waiting = value(tx(chain, pending.hash));
  // Mined blocks without transfers leave it in the pool.
  assert.deepEqual(waiting, { status: 'pending', transfer: { hash: pending.hash, from: ALICE, to: BOB, amount: (COIN / 2n).toString(), nonce: 1, timestamp: pending.timestamp } });
  assert.equal(code(tx(chain, 'ab'.repeat(32))), 'not-found');
});

test('balance: on the chain, with the pool counted apart; unknown accounts hold nothing', async () => {
  const { chain } = await builtChain();
  assert.deepEqual(value(balance(chain, ALICE.toUpperCase().replace('0X', '0x'))), {
    address: ALICE,
    balance: (3n * BLOCK_REWARD - 2n * COIN).toString(),
    nonce: 1,
    pending: 1,
    pendingSpend: (COIN / 2n).toString(),
  });
  assert.deepEqual(value(balance(chain, BOB)), { address: BOB, balance: (2n * COIN).toString(), nonce: 0, pending: 0, pendingSpend: '0' });
  assert.deepEqual(value(balance(chain, `0x${'0'.repeat(40)}`)), { address: `0x${'0'.repeat(40)}`, balance: '0', nonce: 0, pending: 0, pendingSpend: '0' });
});

test('every bad parameter is bad-field', async () => {
  const { chain } = await builtChain();
  const badHeights = [undefined, '', ' 1', '1 ', '-1', '+1', '01', '1.5', '1e3', '0x10', 'abc', '4294967296', '99999999999'];
  for (const from of badHeights) assert.equal(code(blocks(chain, from, '3')), 'bad-field', `from ${JSON.stringify(from)}`);
  for (const to of badHeights.filter((t) => t !== undefined)) assert.equal(code(blocks(chain, '0', to)), 'bad-field', `to ${JSON.stringify(to)}`);
  assert.equal(code(blocks(chain, '3', '2')), 'bad-field', 'to below from');
  assert.equal(code(blocks(chain, '4294967295', '4294967295')), 'ok', 'the largest height is fine (and empty)');
  for (const hash of [undefined, '', 'ab'.repeat(31), 'ab'.repeat(33), `${'ab'.repeat(31)}zz`, `0X${'ab'.repeat(32)}`, `0x${'ab'.repeat(32)}/x`, `${'ab'.repeat(32)}%00`]) {
    assert.equal(code(tx(chain, hash)), 'bad-field', `hash ${JSON.stringify(hash)}`);
  }
  for (const address of [undefined, '', ALICE.slice(2), `${ALICE}0`, ALICE.slice(0, -1), `0x${'g'.repeat(40)}`, ` ${ALICE}`, `${ALICE}/`]) {
    assert.equal(code(balance(chain, address)), 'bad-field', `address ${JSON.stringify(address)}`);
  }
});
