/**
 * A Photoblocks chain accepting blocks: each refusal with its stable code (and what it leaves
 * behind), the miner's reward, transfers confirmed, fork choice on crafted branches (more work
 * wins, equal work keeps the first, a deep reorganisation, a winning branch with a bad block),
 * orphans connected when their parent comes, and the transfers of orphaned blocks back in the pool.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlock } from '../../../../web/src/node/chain/block.ts';
import { MAX_FUTURE_DRIFT_MS } from '../../../../web/src/node/chain/consensus.ts';
import { GENESIS_HASH, PHOTOBLOCKS_CHAIN_ID } from '../../../../web/src/node/chain/genesis.ts';
import { BLOCK_REWARD } from '../../../../web/src/node/chain/ledger.ts';
import { COIN, signTransfer } from '../../../../web/src/node/chain/transfer.ts';
import { ADDRESSES, childOf, extend, fakeImage, KEYS, laterClock, solve, testChain } from '../../../support/chain-fixtures.ts';

const [ALICE, BOB, CAROL] = ADDRESSES as [string, string, string];
const pay = (nonce: number, amount = COIN, key: string = KEYS[0], to = BOB, chainId = PHOTOBLOCKS_CHAIN_ID) =>
  signTransfer({ chainId, to, amount, nonce, timestamp: 1_764_720_000_000 + nonce }, key);

test('mined blocks extend the tip and pay their miner a coin each', async () => {
  const { chain, images, store } = testChain();
  const blocks = await extend(chain, images, 3);
  assert.equal(chain.tip().hash, blocks[2]!.hash);
  assert.equal(chain.active.height, 3);
  assert.equal(chain.active.ledger.account(ALICE).balance, 3n * BLOCK_REWARD);
  assert.equal(store.blocks.size, 3);
  assert.equal(chain.blockAt(1)?.hash, blocks[0]!.hash);
  assert.equal(chain.tip().header.prevHash === GENESIS_HASH, false);
});

test('transfers go through the pool into a block, and the pool empties', async () => {
  const { chain, images } = testChain();
  await extend(chain, images, 2);
  assert.ok(chain.submitTransfer(pay(0)).ok);
  assert.ok(chain.submitTransfer(pay(1)).ok);
  const template = chain.template({ miner: CAROL, label: 'cat', prevLabel: 'cat', image: fakeImage('cat', 99) });
  assert.equal(template.transfers.length, 2);
  const block = childOf(chain, chain.tip(), images, { transfers: template.transfers, miner: CAROL });
  const r = await chain.submitBlock(block);
  assert.deepEqual(r, { ok: true, value: 'tip' });
  assert.equal(chain.mempool.size, 0);
  assert.equal(chain.active.ledger.account(BOB).balance, 2n * COIN);
  assert.equal(chain.active.ledger.account(ALICE).nonce, 2);
  assert.equal(chain.transferLocation(template.transfers[0]!.hash)?.height, 3);
  const again = chain.submitTransfer(pay(0));
  assert.equal(again.ok ? 'ok' : again.error.code, 'replayed');
});

test('each refusal of a block has its code and leaves the chain as it was', async () => {
  const { chain, images } = testChain();
  await extend(chain, images, 2);
  const tip = chain.tip();
  const code = async (block: ReturnType<typeof childOf>): Promise<string> => {
    const r = await chain.submitBlock(block);
    return r.ok ? `ok:${r.value}` : r.error.code;
  };
  const good = childOf(chain, tip, images);
  // A nonce that does not meet the target (find one).
  let weak = { ...good.header, nonce: good.header.nonce + 1n };
  while (makeBlock(weak, []).hash.startsWith('00')) weak = { ...weak, nonce: weak.nonce + 1n };
  assert.equal(await code(makeBlock(weak, [])), 'bad-pow');
  assert.equal(await code(makeBlock(solve({ ...good.header, txRoot: 'ab'.repeat(32) }), [])), 'hash-mismatch');
  assert.equal(await code(childOf(chain, tip, images, { header: { bits: 0x2000fffe } })), 'bad-difficulty');
  assert.equal(await code(childOf(chain, tip, images, { header: { timestamp: tip.header.timestamp - 60_000 } })), 'bad-timestamp');
  assert.equal(await code(childOf(chain, tip, images, { header: { timestamp: laterClock.now() + MAX_FUTURE_DRIFT_MS + 1000 } })), 'bad-timestamp');
  assert.equal(await code(childOf(chain, tip, images, { header: { height: 7 } })), 'bad-field');
  assert.equal(await code(childOf(chain, tip, images, { label: 'dog', image: fakeImage('cat', 1234) })), 'label-not-recognised');
  assert.equal(await code(childOf(chain, tip, images, { prevLabel: 'giraffe' })), 'label-not-recognised');
  const unserved = childOf(chain, tip, images, { image: fakeImage('cat', 777) });
  images.map.delete(unserved.header.imageKey);
  assert.equal(await code(unserved), 'not-found', 'an image nobody serves');
  images.map.set(unserved.header.imageKey, fakeImage('cat', 778));
  assert.equal(await code(unserved), 'not-found', 'bytes that are not the image named: no verdict, asked again later');
  assert.equal(await code(childOf(chain, tip, images, { transfers: [pay(0, 10n * COIN)] })), 'invalid-parent', 'an overspend is caught when connecting');
  assert.equal(await code(childOf(chain, tip, images, { transfers: [pay(0, COIN, KEYS[0], BOB, 1n)] })), 'invalid-parent', 'a transfer of another chain');
  assert.equal(chain.tip(), tip);
  assert.equal(chain.active.ledger.account(ALICE).balance, 2n * BLOCK_REWARD);
  assert.equal(await code(good), 'ok:tip', 'the honest block still goes through');
  assert.equal(await code(good), 'duplicate');
});

test('a block above an invalid one is refused without looking at it', async () => {
  const { chain, images } = testChain();
  const bad = childOf(chain, chain.tip(), images, { transfers: [pay(0, 2n * COIN)] });
  await chain.submitBlock(bad);
  const child = childOf(chain, chain.index.get(bad.hash)!, images);
  const r = await chain.submitBlock(child);
  assert.equal(r.ok ? 'ok' : r.error.code, 'invalid-parent');
});

test('more work wins; equal work keeps the branch seen first', async () => {
  const { chain, images } = testChain();
  const [a1] = await extend(chain, images, 1);
  const fork = chain.index.genesis;
  const [b1] = await extend(chain, images, 1, fork, { label: 'cup' });
  assert.equal(chain.tip().hash, a1!.hash, 'a tie keeps the first');
  const r = await chain.submitBlock(childOf(chain, chain.index.get(b1!.hash)!, images, { label: 'cup', prevLabel: 'cup' }));
  assert.deepEqual(r, { ok: true, value: 'tip' });
  assert.equal(chain.active.height, 2);
  assert.equal(chain.active.at(1)?.hash, b1!.hash);
});

test('a deep reorganisation moves the orphaned transfers back to the pool', async () => {
  const { chain, images } = testChain();
  const base = await extend(chain, images, 3);
  const forkAt = chain.index.get(base[2]!.hash)!;
  const sent = [pay(0), pay(1)];
  await extend(chain, images, 1, forkAt, { transfers: sent });
  await extend(chain, images, 9);
  assert.equal(chain.active.height, 13);
  assert.equal(chain.active.ledger.account(BOB).balance, 2n * COIN);
  // A rival branch from the same fork point, one block longer, that never saw the transfers.
  const rival = await extend(chain, images, 11, forkAt, { miner: CAROL, label: 'cup' });
  assert.equal(chain.tip().hash, rival.at(-1)!.hash);
  assert.equal(chain.active.height, 14);
  assert.equal(chain.active.ledger.account(BOB).balance, 0n);
  assert.equal(chain.active.ledger.account(CAROL).balance, 11n * BLOCK_REWARD);
  assert.deepEqual(chain.mempool.all().map((t) => t.hash), sent.map((t) => t.hash), 'back in the pool, in order');
  assert.equal(chain.transferLocation(sent[0]!.hash), undefined);
});

test('a heavier branch with a block that does not apply is dropped and the old tip kept', async () => {
  const { chain, images } = testChain();
  const [a1, a2] = await extend(chain, images, 2);
  const b1 = childOf(chain, chain.index.genesis, images, { label: 'cup' });
  await chain.submitBlock(b1);
  // b2 overspends: Carol's coins do not exist on this branch.
  const b2 = childOf(chain, chain.index.get(b1.hash)!, images, { label: 'cup', prevLabel: 'cup', transfers: [pay(0, COIN, KEYS[2])] });
  await chain.submitBlock(b2);
  const b3 = childOf(chain, chain.index.get(b2.hash)!, images, { label: 'cup', prevLabel: 'cup' });
  const r = await chain.submitBlock(b3);
  assert.equal(r.ok ? 'ok' : r.error.code, 'invalid-parent');
  assert.equal(chain.tip().hash, a2!.hash);
  assert.equal(chain.active.at(1)?.hash, a1!.hash);
  assert.equal(chain.index.get(b2.hash)?.status, 'invalid');
  assert.equal(chain.index.get(b1.hash)?.status, 'data', 'the good block below stays');
});

test('a child that arrives before its parent waits, then connects', async () => {
  const { chain, images } = testChain();
  const b1 = childOf(chain, chain.index.genesis, images);
  const entry = chain.addHeader(b1.header, b1.hash);
  assert.ok(entry.ok);
  const b2 = childOf(chain, entry.value, images, { prevLabel: 'cat' });
  // A fresh chain that knows neither.
  const other = testChain(images).chain;
  assert.deepEqual(await other.submitBlock(b2), { ok: true, value: 'orphan' });
  assert.deepEqual(other.missingParents(), [b1.hash]);
  assert.deepEqual(await other.submitBlock(b1), { ok: true, value: 'tip' });
  await waitFor(() => other.active.height === 2);
  assert.equal(other.tip().hash, b2.hash);
});

test('a restarted node reads its chain back from its store', async () => {
  const { chain, images, store } = testChain();
  await extend(chain, images, 4);
  const again = testChain(images);
  for (const stored of store.blocks.values()) await again.store.save(stored);
  assert.equal(await again.chain.load(), 4);
  assert.equal(again.chain.tip().hash, chain.tip().hash);
  assert.equal(again.chain.active.ledger.account(ALICE).balance, 4n * BLOCK_REWARD);
});

async function waitFor(condition: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('on equal work, the block whose data checked out first stays, whatever order the headers came in', async () => {
  const { chain, images } = testChain();
  const a = childOf(chain, chain.index.genesis, images, { label: 'cat' });
  const b = childOf(chain, chain.index.genesis, images, { label: 'cup' });
  // b's header is known first (sync), but a's whole block is checked first.
  assert.ok(chain.addHeader(b.header, b.hash).ok);
  assert.deepEqual(await chain.submitBlock(a), { ok: true, value: 'tip' });
  assert.deepEqual(await chain.submitBlock(b), { ok: true, value: 'side' });
  assert.equal(chain.tip().hash, a.hash);
});
