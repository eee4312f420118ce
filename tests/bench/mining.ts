/**
 * Proof-of-work hash rate (issue 12, part 4), single thread, over one real block header
 * (header.ts, 157 bytes), every hash over the header with its own nonce. The ways run in rounds
 * that alternate them (so all see the same load on a shared machine), after one warm-up each:
 *
 * - Node: (a) WebCrypto `crypto.subtle.digest`, one awaited call per hash; (b) node:crypto
 *   `createHash` per hash (native, single core), (b2) its one-shot `hash()`; (c) chain/sha256.ts's
 *   plain `sha256`; (d) its mining path (`searchNonces`: midstate, nonce written into the tail,
 *   early target check); (e) the same in a worker_thread through the mining protocol (host-node/mining-thread.ts).
 * - Chromium (mining-chromium.ts): (a) WebCrypto in a page; (d) the tabs' mining Web Worker.
 *
 * The issue's goal: the browser worker hashes at ≥ 0.5× Node's native SHA-256 of the same bytes.
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/harness.ts';
import { GENESIS_HEADER } from '../../web/src/node/chain/genesis.ts';
import { encodeHeader } from '../../web/src/node/chain/header.ts';
import { searchNonces } from '../../web/src/node/chain/miner.ts';
import { sha256 } from '../../web/src/node/chain/sha256.ts';
import { MiningThread } from '../../web/src/host-node/mining-thread.ts';
import { chromiumRounds, type Round, type Sample } from './mining-chromium.ts';
import { environment, RESULTS_DIR } from './report.ts';
import { fixed, markdownTable, ratio, textTable } from './stats.ts';

/** Measured time per way, in rounds that alternate the ways so that all see the same machine. */
export const MINING_BENCH_MS = 2000;
export const MINING_ROUNDS = 4;
/** One unmeasured round per way first: the JIT settles, batches grow. */
const WARMUP_MS = 500;
/** After a miner starts, before its first counted progress report. */
const SETTLE_MS = 150;
/** Issue 12: browser worker ≥ 0.5× native single-core SHA-256 of the same header bytes. */
export const MINING_GOAL = 0.5;
/** No hash meets it: the miners run for the whole measurement. */
const NEVER = 1n;

export const WAYS = {
  nodeWebCrypto: 'node (a) WebCrypto digest, one awaited call per hash',
  nodeCreateHash: 'node (b) node:crypto createHash per hash (native)',
  nodeOneShot: 'node (b2) node:crypto hash() one-shot per hash (native)',
  nodePlain: 'node (c) chain/sha256.ts sha256()',
  nodeMidstate: 'node (d) midstate mining path (searchNonces)',
  nodeThread: 'node (e) mining worker_thread (MiningThread)',
  chromiumWebCrypto: 'chromium (a) WebCrypto digest in a page',
  chromiumWorker: 'chromium (d) mining Web Worker',
} as const;
export type WayKey = keyof typeof WAYS;

export interface Rate {
  /** Over all measured rounds. */
  hashesPerSecond: number;
  hashes: number;
  ms: number;
  /** Each round's own rate: the spread. */
  rounds: number[];
}

export interface MiningBenchResult {
  headerBytes: number;
  msEach: number;
  rounds: number;
  ways: Partial<Record<WayKey, Rate>>;
  chromiumError?: string;
  ratios: {
    /** (d) / (a), in Node and in Chromium. */
    midstateOverWebCrypto: number | null;
    workerOverWebCrypto: number | null;
    midstateOverCreateHash: number | null;
    workerOverCreateHash: number | null;
    /** The issue's figure: Chromium's worker over Node's faster native per-hash SHA-256, (b) or (b2). */
    workerOverNative: number | null;
  };
  goal: number;
  goalMet: boolean | null;
}

export const BENCH_HEADER = encodeHeader({
  ...GENESIS_HEADER,
  height: 1234,
  timestamp: 1_764_757_000_000,
  prevHash: '00d1'.repeat(16),
  txRoot: '5e'.repeat(32),
  imageKey: '9c'.repeat(32),
  miner: `0x${'7c'.repeat(20)}`,
  bits: 0x1f00ffff,
  label: 'coffee mug',
  prevLabel: 'cat',
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A round that repeats `step` (returning the hashes it did) for `ms`. */
function looped(step: () => number | Promise<number>): Round {
  return async (ms) => {
    const start = performance.now();
    let hashes = 0;
    while (performance.now() - start < ms) hashes += await step();
    return { hashes, ms: performance.now() - start };
  };
}

/** A step of `n` hashes of the header, each with the next nonce. */
function perHash(n: number, hash: (header: Uint8Array) => unknown): () => Promise<number> | number {
  const header = BENCH_HEADER.slice();
  const view = new DataView(header.buffer);
  let nonce = 0;
  return () => {
    for (let i = 0; i < n; i++) {
      view.setUint32(header.length - 4, nonce++);
      hash(header);
    }
    return n;
  };
}

function nodeRounds(thread: MiningThread): Partial<Record<WayKey, Round>> {
  const header = BENCH_HEADER.slice();
  const view = new DataView(header.buffer);
  let nonce = 0;
  let start = 0n;
  return {
    nodeWebCrypto: looped(async () => {
      view.setUint32(header.length - 4, nonce++);
      await crypto.subtle.digest('SHA-256', header);
      return 1;
    }),
    nodeCreateHash: looped(perHash(1000, (h) => createHash('sha256').update(h).digest())),
    nodeOneShot: looped(perHash(1000, (h) => oneShotHash('sha256', h, 'buffer'))),
    nodePlain: looped(perHash(1000, sha256)),
    nodeMidstate: looped(() => {
      const r = searchNonces({ header: BENCH_HEADER, target: NEVER, startNonce: start, count: 1 << 16 });
      if (!r.ok) throw r.error;
      start += BigInt(r.value.hashes);
      return r.value.hashes;
    }),
    nodeThread: async (ms) => {
      const samples: [number, number][] = [];
      const off = thread.onProgress((p) => samples.push([performance.now(), p.hashes]));
      const mining = thread.start({ header: BENCH_HEADER, target: NEVER });
      await sleep(SETTLE_MS);
      const first = samples.at(-1);
      await sleep(ms);
      const last = samples.at(-1);
      thread.cancel();
      await mining;
      off();
      if (!first || !last) throw new Error('the mining thread reported no progress');
      return { hashes: last[1] - first[1], ms: last[0] - first[0] };
    },
  };
}

export async function runMiningBench(log: (line: string) => void, ms = MINING_BENCH_MS, roundCount = MINING_ROUNDS): Promise<MiningBenchResult> {
  const thread = new MiningThread();
  const browser = await launchBrowser();
  try {
    let chromiumError: string | undefined;
    const chromium = await chromiumRounds(browser, BENCH_HEADER, SETTLE_MS).then(
      ({ webCrypto, worker }): Partial<Record<WayKey, Round>> => ({ chromiumWebCrypto: webCrypto, chromiumWorker: worker }),
      (error: unknown) => {
        chromiumError = String(error);
        return {};
      },
    );
    const rounds = { ...nodeRounds(thread), ...chromium };
    const keys = (Object.keys(WAYS) as WayKey[]).filter((key) => rounds[key] !== undefined);
    for (const key of keys) await rounds[key]!(WARMUP_MS);
    const samples = Object.fromEntries(keys.map((key) => [key, [] as Sample[]])) as Record<WayKey, Sample[]>;
    for (let r = 1; r <= roundCount; r++) {
      for (const key of keys) samples[key].push(await rounds[key]!(ms / roundCount));
      log(`  round ${r}: ${keys.map((key) => `${key} ${fixed(perSecond(samples[key].at(-1)!) / 1e3, 0)}`).join(', ')} kH/s`);
    }
    const ways: Partial<Record<WayKey, Rate>> = {};
    for (const key of keys) {
      const hashes = samples[key].reduce((sum, x) => sum + x.hashes, 0);
      const time = samples[key].reduce((sum, x) => sum + x.ms, 0);
      ways[key] = { hashesPerSecond: perSecond({ hashes, ms: time }), hashes, ms: time, rounds: samples[key].map(perSecond) };
    }
    const rate = (key: WayKey): number | undefined => ways[key]?.hashesPerSecond;
    const native = Math.max(rate('nodeCreateHash') ?? 0, rate('nodeOneShot') ?? 0);
    const workerOverNative = ratio(rate('chromiumWorker'), native);
    return {
      headerBytes: BENCH_HEADER.length,
      msEach: ms,
      rounds: roundCount,
      ways,
      ...(chromiumError === undefined ? {} : { chromiumError }),
      ratios: {
        midstateOverWebCrypto: ratio(rate('nodeMidstate'), rate('nodeWebCrypto')),
        workerOverWebCrypto: ratio(rate('chromiumWorker'), rate('chromiumWebCrypto')),
        midstateOverCreateHash: ratio(rate('nodeMidstate'), rate('nodeCreateHash')),
        workerOverCreateHash: ratio(rate('chromiumWorker'), rate('nodeCreateHash')),
        workerOverNative,
      },
      goal: MINING_GOAL,
      goalMet: workerOverNative === null ? null : workerOverNative >= MINING_GOAL,
    };
  } finally {
    await thread.close();
    await browser.close().catch(() => undefined);
  }
}

const perSecond = (x: Sample): number => (x.ms > 0 ? (x.hashes * 1000) / x.ms : 0);

function rows(r: MiningBenchResult): string[][] {
  const kh = (x: number | undefined): string => fixed(x === undefined ? x : x / 1e3, 0);
  const rate = (key: WayKey): number | undefined => r.ways[key]?.hashesPerSecond;
  const times = (key: WayKey, base: WayKey): string => fixed(ratio(rate(key), rate(base)), 2);
  const webCryptoOf = (key: WayKey): WayKey => (key.startsWith('chromium') ? 'chromiumWebCrypto' : 'nodeWebCrypto');
  return [
    ['way', 'kH/s', 'rounds (kH/s)', '× WebCrypto, same host', '× Node createHash'],
    ...(Object.keys(WAYS) as WayKey[]).map((key) => [
      WAYS[key],
      kh(rate(key)),
      r.ways[key]?.rounds.map((x) => kh(x)).join(' ') ?? '–',
      times(key, webCryptoOf(key)),
      times(key, 'nodeCreateHash'),
    ]),
  ];
}

function goalLine(r: MiningBenchResult): string {
  const met = r.goalMet === null ? 'not measured' : r.goalMet ? 'met' : 'MISSED';
  return `goal: Chromium worker ≥ ${r.goal}× Node's native per-hash SHA-256 (the faster of b, b2): ${met} (${fixed(r.ratios.workerOverNative, 2)}×)`;
}

export function printMining(r: MiningBenchResult, print: (text: string) => void): void {
  print(`\nProof-of-work hash rate, single thread, ${r.headerBytes}-byte header, ${r.msEach / 1000} s each in ${r.rounds} rounds\n${textTable(rows(r))}`);
  if (r.chromiumError !== undefined) print(`  chromium failed: ${r.chromiumError}`);
  print(goalLine(r));
}

/** The section for BENCHMARKS.md (report.ts's writeBenchmarksMd). */
export function miningSection(r: MiningBenchResult | undefined, date: string | undefined): string[] {
  const parts = ['## Proof-of-work hash rate', ''];
  if (!r) return [...parts, '_No result yet._', ''];
  return [
    ...parts,
    `Run ${date}: \`node scripts/in-netns.ts node tests/bench/run.ts mining\`. One thread each, over one ${r.headerBytes}-byte block`,
    `header with a new nonce per hash, ${r.msEach / 1000} s each in ${r.rounds} rounds that alternate the ways, after a ${WARMUP_MS} ms`,
    'warm-up each (tests/bench/mining.ts).',
    '',
    markdownTable(rows(r)),
    '',
    `${goalLine(r)}; the mining path over WebCrypto: ${fixed(r.ratios.midstateOverWebCrypto, 1)}× in Node, ${fixed(r.ratios.workerOverWebCrypto, 1)}× in Chromium.`,
    '',
  ];
}

/** Runs the bench, writes tests/bench/results/mining.json and prints the table; the errors, if any. */
export async function runMining(chromium: string, log: (line: string) => void): Promise<string[]> {
  const started = performance.now();
  log('mining: hash rate of WebCrypto, node:crypto, chain/sha256.ts and its mining path, in Node and Chromium');
  const result = await runMiningBench(log);
  const file = { ...environment(chromium), name: 'mining' as const, durationMs: performance.now() - started, result };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, 'mining.json');
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  log(`  wrote ${path}`);
  printMining(result, log);
  return result.chromiumError === undefined ? [] : [result.chromiumError];
}
