/**
 * The Node mining thread (worker_threads, the tabs' protocol): finds a block whose hash header.ts
 * confirms, reports progress, cancels, takes a new tip without a new thread, refuses bad input
 * with a typed error, and lets the process exit once closed.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { GENESIS_HEADER } from '../../../web/src/node/chain/genesis.ts';
import { encodeHeader, headerHash, type BlockHeader } from '../../../web/src/node/chain/header.ts';
import { meetsTarget } from '../../../web/src/node/chain/pow.ts';
import { MiningThread, type MiningProgress } from '../../../web/src/host-node/mining-thread.ts';

const TIP: BlockHeader = { ...GENESIS_HEADER, height: 3, label: 'motorcycle', prevLabel: 'rocket', prevHash: '5a'.repeat(32) };
/** About 4 000 hashes: found within a batch or two. */
const TARGET = 1n << 244n;
const IMPOSSIBLE = 1n;

const thread = new MiningThread();
after(() => thread.close());

const firstProgress = (): Promise<MiningProgress> =>
  new Promise((resolve) => {
    const off = thread.onProgress((p) => {
      off();
      resolve(p);
    });
  });

test('the thread finds a nonce; its hash is the header’s hash and meets the target', async () => {
  const progress: MiningProgress[] = [];
  const off = thread.onProgress((p) => progress.push(p));
  const outcome = await thread.start({ header: encodeHeader(TIP), target: TARGET, startNonce: 5n });
  off();
  assert.ok(outcome.status === 'found', outcome.status);
  assert.ok(outcome.nonce >= 5n);
  assert.equal(outcome.hash, headerHash({ ...TIP, nonce: outcome.nonce }));
  assert.ok(meetsTarget(outcome.hash, TARGET));
  assert.ok(progress.length > 0);
  assert.equal(progress.at(-1)?.best?.hash, outcome.hash);
  assert.equal(thread.mining, false);
});

test('cancel stops the thread’s job; a new tip replaces a running job in the same thread', async () => {
  const running = thread.start({ header: encodeHeader(TIP), target: IMPOSSIBLE });
  const seen = await firstProgress();
  assert.ok(seen.hashes > 0 && seen.hashRate >= 0);
  thread.cancel();
  const cancelled = await running;
  assert.equal(cancelled.status, 'cancelled');
  assert.ok(cancelled.hashes >= seen.hashes);

  const signal = new AbortController();
  const old = thread.start({ header: encodeHeader(TIP), target: IMPOSSIBLE }, signal.signal);
  await firstProgress();
  const next = { ...TIP, height: 4, prevHash: '6b'.repeat(32) };
  const tip = thread.start({ header: encodeHeader(next), target: TARGET });
  assert.equal((await old).status, 'superseded');
  signal.abort(); // the replaced job's signal no longer reaches the new one
  const found = await tip;
  assert.ok(found.status === 'found');
  assert.equal(found.hash, headerHash({ ...next, nonce: found.nonce }));
});

test('bad input comes back as a typed error from the thread', async () => {
  await assert.rejects(thread.start({ header: new Uint8Array(7), target: TARGET }), { name: 'TabmeshError', code: 'truncated' });
  await assert.rejects(thread.start({ header: encodeHeader(TIP), target: 0n }), { code: 'bad-field' });
  const outcome = await thread.start({ header: encodeHeader(TIP), target: TARGET });
  assert.equal(outcome.status, 'found', 'the thread still mines after refusing');
});

test('a closed thread fails a running job with closed, and a new start makes a new thread', async () => {
  const other = new MiningThread();
  const running = other.start({ header: encodeHeader(TIP), target: IMPOSSIBLE });
  await new Promise<void>((resolve) => other.onProgress(() => resolve()));
  const refused = assert.rejects(running, { code: 'closed' });
  await other.close();
  await refused;
  const again = await other.start({ header: encodeHeader(TIP), target: TARGET });
  assert.equal(again.status, 'found');
  await other.close();
});
