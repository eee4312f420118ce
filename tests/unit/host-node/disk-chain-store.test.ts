/**
 * The relay's chain on disk: blocks and their accepted labels round-trip through the append-only
 * file; a restarted chain loads the same tip; a torn tail or a corrupt record is cut off (file
 * truncated, a warning logged) and appending goes on after the last good record.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chain } from '../../../web/src/node/chain/chain.ts';
import { PHOTOBLOCKS_CHAIN_ID } from '../../../web/src/node/chain/genesis.ts';
import type { StoredBlock } from '../../../web/src/node/chain/storage.ts';
import { COIN, signTransfer } from '../../../web/src/node/chain/transfer.ts';
import { CHAIN_LOG_FILE, diskChainStore, encodeRecord } from '../../../web/src/host-node/disk-chain-store.ts';
import { ADDRESSES, childOf, extend, fakeClassifier, KEYS, laterClock, memoryImages, testChain } from '../../support/chain-fixtures.ts';

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tabmesh-chain-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function recordingLogger() {
  const warnings: string[] = [];
  return { warnings, logger: { info: () => {}, warn: (m: string) => warnings.push(m) } };
}

/** Five stored blocks (one with a transfer) as a chain would save them. */
async function someBlocks(): Promise<StoredBlock[]> {
  const { chain, images, store } = testChain();
  await extend(chain, images, 2);
  const t = signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: ADDRESSES[1]!, amount: COIN, nonce: 0, timestamp: 1 }, KEYS[0]);
  await chain.submitBlock(childOf(chain, chain.tip(), images, { transfers: [t] }));
  await extend(chain, images, 2);
  return [...store.blocks.values()].sort((a, b) => a.block.header.height - b.block.header.height);
}

const heights = (stored: StoredBlock[]): number[] => stored.map((s) => s.block.header.height);

test('blocks and their labels round-trip, in save order, through one append-only file', async (t) => {
  const dir = join(await tempDir(t), 'chain'); // created by the first save
  const blocks = await someBlocks();
  const store = diskChainStore(dir);
  assert.deepEqual(await store.load(), [], 'no file yet: nothing');
  for (const b of blocks) await store.save({ ...b, accepted: ['cat', 'coffee mug', 'ünïcode'] });
  const loaded = await store.load();
  assert.deepEqual(loaded, blocks.map((b) => ({ ...b, accepted: ['cat', 'coffee mug', 'ünïcode'] })));
  assert.equal(loaded[2]!.block.transfers.length, 1);
  const size = (await stat(join(dir, CHAIN_LOG_FILE))).size;
  assert.equal(size, blocks.reduce((n, b) => n + encodeRecord({ ...b, accepted: ['cat', 'coffee mug', 'ünïcode'] }).length, 0));
  await store.close();
  await store.save({ ...blocks[0]!, accepted: [] }); // a save after close opens the file again
  assert.equal((await diskChainStore(dir).load()).length, blocks.length + 1);
  await store.close();
});

test('saves not awaited are written in call order', async (t) => {
  const dir = await tempDir(t);
  const blocks = await someBlocks();
  const store = diskChainStore(dir);
  await Promise.all(blocks.map((b) => store.save(b)));
  assert.deepEqual(heights(await diskChainStore(dir).load()), [1, 2, 3, 4, 5]);
  await store.close();
});

test('a chain restarted on the same directory comes back to the same tip and balances', async (t) => {
  const dir = await tempDir(t);
  const images = memoryImages();
  const firstStore = diskChainStore(dir);
  const first = new Chain({ classifier: fakeClassifier, images, store: firstStore, clock: laterClock });
  assert.equal(await first.load(), 0);
  await extend(first, images, 4);
  await firstStore.close();
  const classified = fakeClassifier.calls;
  const store = diskChainStore(dir);
  const second = new Chain({ classifier: fakeClassifier, images, store, clock: laterClock });
  assert.equal(await second.load(), 4);
  assert.equal(second.tip().hash, first.tip().hash);
  assert.equal(second.tip().work, first.tip().work);
  assert.deepEqual(second.active.ledger.account(ADDRESSES[0]!), first.active.ledger.account(ADDRESSES[0]!));
  assert.deepEqual([...second.tip().accepted], ['cat'], 'the labels come back without classifying again');
  assert.equal(fakeClassifier.calls, classified);
  // It goes on from there: a child of the loaded tip is accepted and stored after the others.
  await extend(second, images, 1);
  assert.equal((await diskChainStore(dir).load()).length, 5);
  await store.close();
});

test('a torn last record is dropped, the file truncated, and the next save lands after the good ones', async (t) => {
  const dir = await tempDir(t);
  const blocks = await someBlocks();
  const store = diskChainStore(dir);
  for (const b of blocks.slice(0, 3)) await store.save(b);
  await store.close();
  const path = join(dir, CHAIN_LOG_FILE);
  const good = (await stat(path)).size;
  const record = encodeRecord(blocks[3]!);
  for (const cut of [3, 8, 20, record.length - 1]) {
    await appendFile(path, record.subarray(0, cut));
    const { warnings, logger } = recordingLogger();
    const again = diskChainStore(dir, { logger });
    assert.deepEqual(heights(await again.load()), [1, 2, 3], `cut after ${cut} bytes`);
    assert.equal((await stat(path)).size, good, 'truncated to the last good record');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /torn record.*after 3 good records; dropped the last \d+ bytes/);
  }
  // A store that never loaded still cuts the torn tail before it appends.
  await appendFile(path, record.subarray(0, 11));
  const fresh = diskChainStore(dir, recordingLogger());
  await fresh.save(blocks[3]!);
  await fresh.close();
  assert.deepEqual(heights(await diskChainStore(dir).load()), [1, 2, 3, 4]);
});

test('a corrupt record ends the file there: a flipped bit, a wild length, a block that does not decode', async (t) => {
  const dir = await tempDir(t);
  const blocks = await someBlocks();
  const path = join(dir, CHAIN_LOG_FILE);
  const records = blocks.map((b) => encodeRecord(b));
  const offsetOf = (i: number): number => records.slice(0, i).reduce((n, r) => n + r.length, 0);
  const all = (): Uint8Array => Uint8Array.from(records.flatMap((r) => [...r]));

  const cases: [string, (bytes: Uint8Array) => void, RegExp][] = [
    ['a bit flipped in a block', (b) => void (b[offsetOf(2) + 40]! ^= 0x01), /checksum/],
    ['a bit flipped in the checksum', (b) => void (b[offsetOf(2) + 5]! ^= 0x80), /checksum/],
    ['a wild length', (b) => new DataView(b.buffer).setUint32(offsetOf(2), 0xffff_fff0), /length/],
  ];
  for (const [what, damage, reason] of cases) {
    const bytes = all();
    damage(bytes);
    await writeFile(path, bytes);
    const { warnings, logger } = recordingLogger();
    assert.deepEqual(heights(await diskChainStore(dir, { logger }).load()), [1, 2], what);
    assert.equal((await stat(path)).size, offsetOf(2), `${what}: truncated before the bad record`);
    assert.match(warnings[0] ?? '', reason, what);
  }

  // A record whose checksum holds but whose block does not decode (written by something else).
  const bogus = encodeRecord(blocks[0]!);
  const view = new DataView(bogus.buffer);
  bogus[8 + 4] = 0xff; // the block's header length: beyond any header
  const { crc32 } = await import('node:zlib');
  view.setUint32(4, crc32(bogus.subarray(8)));
  await writeFile(path, Uint8Array.from([...records[0]!, ...bogus, ...records[1]!]));
  const { warnings, logger } = recordingLogger();
  assert.deepEqual(heights(await diskChainStore(dir, { logger }).load()), [1]);
  assert.match(warnings[0] ?? '', /corrupt record \(block: /);
  assert.deepEqual([...(await readFile(path))], [...records[0]!]);
});
