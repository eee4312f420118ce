/**
 * Proof-of-work search and the cooperative Miner: a found nonce checked against header.ts's own
 * hash and target rule, nonce ranges across the u32 halves and at the end of the u64 space, every
 * bad input as a typed error, cancel within one batch, a new tip on the same loop, and progress
 * figures on a virtual clock. Also the mining protocol's two ends wired together in-process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { GENESIS_HEADER } from '../../../../web/src/node/chain/genesis.ts';
import { encodeHeader, headerHash, type BlockHeader } from '../../../../web/src/node/chain/header.ts';
import { MAX_MINING_HEADER_BYTES, Miner, searchNonces, type MiningProgress } from '../../../../web/src/node/chain/miner.ts';
import { MiningController, parseFromMiner, parseToMiner, serveMining } from '../../../../web/src/node/chain/mining-protocol.ts';
import { meetsTarget } from '../../../../web/src/node/chain/pow.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const TIP: BlockHeader = { ...GENESIS_HEADER, height: 7, label: 'coffee mug', prevLabel: 'cat', prevHash: 'ab'.repeat(32), miner: `0x${'7c'.repeat(20)}` };
/** One hash in 256 meets it. */
const EASY = 1n << 248n;
/** No hash meets it in any test's lifetime. */
const IMPOSSIBLE = 1n;

const withNonce = (header: BlockHeader, nonce: bigint): BlockHeader => ({ ...header, nonce });

test('searchNonces finds the first nonce meeting the target; header.ts agrees on its hash', () => {
  const bytes = encodeHeader(TIP);
  assert.ok(bytes.length > 150 && bytes.length < 170, `a real header of ${bytes.length} bytes`);
  const result = searchNonces({ header: bytes, target: EASY, startNonce: 1000n, count: 100_000 });
  assert.ok(result.ok);
  const { found, hashes } = result.value;
  assert.ok(found);
  assert.equal(found.hash, headerHash(withNonce(TIP, found.nonce)));
  assert.ok(meetsTarget(found.hash, EASY));
  assert.equal(hashes, Number(found.nonce - 1000n) + 1);
  for (let n = 1000n; n < found.nonce; n++) assert.ok(!meetsTarget(headerHash(withNonce(TIP, n)), EASY), `nonce ${n} does not meet it`);
  // The prefix alone (the header without its nonce) is the same search.
  const byPrefix = searchNonces({ prefix: bytes.subarray(0, bytes.length - 8), target: EASY, startNonce: 1000n, count: 100_000 });
  assert.ok(byPrefix.ok);
  assert.deepEqual(byPrefix.value.found, found);
});

test('searchNonces across the u32 boundary of the nonce, and at the end of the u64 space', () => {
  const bytes = encodeHeader(TIP);
  const start = (1n << 32n) - 5n;
  const run = searchNonces({ header: bytes, target: IMPOSSIBLE, startNonce: start, count: 10 });
  assert.ok(run.ok);
  assert.equal(run.value.found, undefined);
  assert.equal(run.value.hashes, 10);
  const all = Array.from({ length: 10 }, (_, i) => ({ nonce: start + BigInt(i), hash: headerHash(withNonce(TIP, start + BigInt(i))) }));
  assert.deepEqual(run.value.best, all.sort((a, b) => (a.hash < b.hash ? -1 : 1))[0]);
  const end = searchNonces({ header: bytes, target: IMPOSSIBLE, startNonce: (1n << 64n) - 3n, count: 10 });
  assert.ok(end.ok);
  assert.equal(end.value.hashes, 3, 'stops at the last u64');
  const everything = searchNonces({ header: bytes, target: (1n << 256n) - 1n, startNonce: 5n, count: 10 });
  assert.ok(everything.ok);
  assert.equal(everything.value.found?.nonce, 5n);
});

test('bad input is a typed error: count ≤ 0, a header under 8 bytes, targets and nonces out of range', () => {
  const header = encodeHeader(TIP);
  const cases: [Parameters<typeof searchNonces>[0], string][] = [
    [{ header, target: EASY, startNonce: 0n, count: 0 }, 'bad-field'],
    [{ header, target: EASY, startNonce: 0n, count: -1 }, 'bad-field'],
    [{ header, target: EASY, startNonce: 0n, count: 1.5 }, 'bad-field'],
    [{ header, target: EASY, startNonce: 0n, count: Number.NaN }, 'bad-field'],
    [{ header: new Uint8Array(7), target: EASY, startNonce: 0n, count: 1 }, 'truncated'],
    [{ header: new Uint8Array(MAX_MINING_HEADER_BYTES + 1), target: EASY, startNonce: 0n, count: 1 }, 'oversized'],
    [{ header, target: 0n, startNonce: 0n, count: 1 }, 'bad-field'],
    [{ header, target: 1n << 256n, startNonce: 0n, count: 1 }, 'bad-field'],
    [{ header, target: EASY, startNonce: -1n, count: 1 }, 'bad-field'],
    [{ header, target: EASY, startNonce: 1n << 64n, count: 1 }, 'bad-field'],
  ];
  for (const [params, code] of cases) {
    const result = searchNonces(params);
    assert.ok(!result.ok, JSON.stringify(params, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    assert.ok(result.error instanceof TabmeshError);
    assert.equal(result.error.code, code);
  }
  assert.ok(searchNonces({ header: new Uint8Array(8), target: EASY, startNonce: 0n, count: 1 }).ok, 'a bare nonce is a header');
});

/** A miner on a virtual clock: each turn between batches takes 10 ms; batches are fixed. */
function testMiner(batchSize: number, progress: MiningProgress[] = []): { miner: Miner; clock: VirtualClock; turns: () => number } {
  const clock = new VirtualClock(0);
  let inTurn = 0;
  let turns = 0;
  const miner = new Miner({
    clock,
    batchSize,
    batchMs: 0,
    schedule: async () => {
      assert.equal(inTurn++, 0, 'one loop: turns never overlap');
      turns++;
      await clock.advance(10);
      inTurn--;
    },
    onProgress: (p) => progress.push(p),
  });
  return { miner, clock, turns: () => turns };
}

test('Miner: finds a block, its hash checks out, progress figures are monotone and the rate is per second', async () => {
  const progress: MiningProgress[] = [];
  const { miner } = testMiner(64, progress);
  const outcome = await miner.mine({ header: encodeHeader(TIP), target: 1n << 244n });
  assert.equal(outcome.status, 'found');
  assert.ok(outcome.status === 'found');
  assert.equal(outcome.hash, headerHash(withNonce(TIP, outcome.nonce)));
  assert.ok(meetsTarget(outcome.hash, 1n << 244n));
  assert.equal(outcome.hashes, Number(outcome.nonce) + 1);
  assert.ok(progress.length > 1, `${progress.length} reports`);
  for (let i = 1; i < progress.length; i++) {
    const [before, after] = [progress[i - 1]!, progress[i]!];
    assert.ok(after.hashes > before.hashes && after.totalHashes > before.totalHashes);
    assert.ok(after.nextNonce > before.nextNonce);
    assert.ok(after.elapsedMs >= before.elapsedMs);
    assert.ok(after.best!.hash <= before.best!.hash, 'the best hash never gets worse');
  }
  // 64 hashes per 10 virtual ms.
  for (const p of progress.slice(0, -1)) assert.equal(p.hashRate, 6400);
  assert.equal(progress.at(-1)?.best?.hash, outcome.hash);
  assert.equal(miner.mining, false);
});

test('Miner: a cancel stops it within one batch, by signal or by cancel()', async () => {
  const progress: MiningProgress[] = [];
  const { miner, clock } = testMiner(500, progress);
  const controller = new AbortController();
  const mined = miner.mine({ header: encodeHeader(TIP), target: IMPOSSIBLE }, controller.signal);
  await clock.runUntil(() => progress.length >= 3, 10_000, 1);
  const before = progress.at(-1)!.hashes;
  controller.abort();
  const outcome = await mined;
  assert.equal(outcome.status, 'cancelled');
  assert.ok(outcome.hashes <= before + 500, `${outcome.hashes} hashes, ${before} at the abort`);
  await clock.advance(100);
  assert.ok(progress.at(-1)!.hashes <= before + 500, 'nothing ran after');

  const again = miner.mine({ header: encodeHeader(TIP), target: IMPOSSIBLE });
  await clock.advance(30);
  miner.cancel();
  assert.equal((await again).status, 'cancelled');
  await assert.rejects(miner.mine({ header: encodeHeader(TIP), target: EASY }, AbortSignal.abort()), { code: 'aborted' });
});

test('Miner: a new header (a new tip) replaces the running job on the same loop', async () => {
  const progress: MiningProgress[] = [];
  const { miner, clock, turns } = testMiner(200, progress);
  const first = miner.mine({ header: encodeHeader(TIP), target: IMPOSSIBLE });
  await clock.runUntil(() => progress.length >= 2, 10_000, 1);
  const next = withNonce({ ...TIP, height: 8, prevHash: 'cd'.repeat(32) }, 0n);
  const second = miner.mine({ header: encodeHeader(next), target: 1n << 246n, startNonce: 1n << 40n });
  assert.equal((await first).status, 'superseded');
  const outcome = await second;
  assert.ok(outcome.status === 'found');
  assert.ok(outcome.nonce >= 1n << 40n);
  assert.equal(outcome.hash, headerHash(withNonce(next, outcome.nonce)));
  const jobs = progress.map((p) => p.job);
  assert.deepEqual([...new Set(jobs)], [1, 2]);
  assert.equal(progress.find((p) => p.job === 2)!.hashes, 200, 'the new job counts its own hashes');
  assert.ok(turns() >= progress.length);
});

test('Miner: bad input rejects with a typed error and leaves a running job alone', async () => {
  const { miner, clock } = testMiner(100);
  const running = miner.mine({ header: encodeHeader(TIP), target: IMPOSSIBLE });
  await assert.rejects(miner.mine({ header: new Uint8Array(7), target: EASY }), (e: unknown) => e instanceof TabmeshError && e.code === 'truncated');
  await assert.rejects(miner.mine({ header: encodeHeader(TIP), target: 0n }), { code: 'bad-field' });
  await clock.advance(50);
  assert.equal(miner.mining, true);
  miner.cancel();
  assert.equal((await running).status, 'cancelled');
});

test('the mining protocol: both ends in one process, through structured clone', async () => {
  const clock = new VirtualClock(0);
  let toThread: (data: unknown) => void = () => undefined;
  const controller = new MiningController((message) => setImmediate(() => toThread(structuredClone(message))));
  toThread = serveMining((message) => setImmediate(() => controller.receive(structuredClone(message))), {
    clock,
    schedule: () => new Promise((resolve) => setImmediate(resolve)),
  });
  const seen: number[] = [];
  controller.onProgress((p) => seen.push(p.hashes));
  const header = encodeHeader(TIP);
  const found = await controller.start({ header, target: EASY });
  assert.ok(found.status === 'found');
  assert.equal(found.hash, headerHash(withNonce(TIP, found.nonce)));
  assert.ok(seen.length > 0);

  const long = controller.start({ header, target: IMPOSSIBLE });
  const tip = controller.start({ header, target: EASY, startNonce: 99n });
  assert.deepEqual(await long, { status: 'superseded', hashes: 0 });
  assert.equal((await tip).status, 'found');

  const signal = new AbortController();
  const cancelled = controller.start({ header, target: IMPOSSIBLE }, signal.signal);
  setImmediate(() => signal.abort());
  assert.equal((await cancelled).status, 'cancelled');
  await assert.rejects(controller.start({ header: new Uint8Array(3), target: EASY }), { code: 'truncated' });

  assert.equal(parseToMiner({ type: 'start', job: 1, header: [1, 2], target: 1n, startNonce: 0n }).ok, false);
  assert.equal(parseToMiner({ type: 'launch', job: 1 }).ok, false);
  assert.equal(parseFromMiner({ type: 'found', job: 1, nonce: 1n, hash: 'xyz', hashes: 1 }).ok, false);
  assert.equal(parseFromMiner({ type: 'error', job: 1, code: 'no-such-code', message: '' }).ok, false);
  assert.equal(parseFromMiner(null).ok, false);
});
