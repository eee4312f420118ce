/**
 * The Chord DHT at scale, simulated: 1 000 and 10 000 DHT services (the code a tab runs) joining
 * JOIN_GAP_MS apart over links of 10–60 ms on a virtual clock. Per size: virtual time until every
 * successor pointer is right; hops of a lookup from every node to a random key (goal: mean ≤
 * ½·log2 N + 1, the Chord paper's ½·log2 N plus the hop that delivers to the successor);
 * maintenance messages per node per minute, counted by kind from every message the simulator
 * carried during a quiet minute (no user traffic, so all of it is ring upkeep: ring queries and
 * answers, notifies, finger and merge-check lookups), with DhtStats.maintenanceSent beside it;
 * then 20% of the nodes crash at once and lookups and gets of stored keys are measured at once
 * and after stabilisation.
 *
 *   node tests/bench/dht-sim.ts [1000] [10000]   (standalone; or runDhtSimBench from run.ts)
 */
import { toUtf8Bytes } from 'ethers';
import type { DhtKey, LookupResult } from '../../web/src/node/dht/api.ts';
import { DEFAULT_SUCCESSORS } from '../../web/src/node/dht/constants.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import { DhtSim, type DhtSimNode } from '../sim/dht-sim.ts';
import { printDhtSim } from './dht-sim-report.ts';
import { percentile } from './stats.ts';

export const DHT_SIM_SIZES = [1_000, 10_000] as const;
/** 100 joins a virtual second: the ring forms while nodes keep arriving. */
const JOIN_GAP_MS = 10;
/** After the ring is correct, before measuring: fingers settle. */
const SETTLE_MS = 30_000;
const QUIET_MS = 60_000;
const FAILURE_FRACTION = 0.2;
/** Lookups measured after the crash (from random live nodes, to random keys). */
const FAILURE_LOOKUPS = 2_000;
const STORED_KEYS = 500;
/** The crash is measured twice: at once (routes still point at dead nodes) and after this long. */
const RECOVERY_MS = 30_000;

export interface HopFigures {
  lookups: number;
  /** Answered, but not by the key's true successor. */
  wrong: number;
  failed: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

export interface FailureFigures {
  /** ms after the crash the operations were issued. */
  afterMs: number;
  lookups: number;
  /** Lookups answered by the key's true successor among the survivors. */
  lookupSuccess: number;
  /** Stored keys (replication 4, no re-publishing) read back intact. */
  keysRetrievable: number;
}

export interface DhtSimSize {
  nodes: number;
  joinGapMs: number;
  /** Virtual ms from the first join until every successor pointer was right. */
  formedMs: number;
  hops: HopFigures;
  hopsGoal: number;
  maintenance: {
    /** Every message sent during the quiet minute, per node. */
    perNodePerMinute: number;
    byKind: Record<string, number>;
    /** DhtStats.maintenanceSent over the same minute, per node (finger lookups counted as 2 × hops). */
    statsPerNodePerMinute: number;
  };
  /** Links per node after the quiet minute (the simulator does not cap them). */
  meanLinks: number;
  failure: { crashed: number; storedKeys: number; keysWithCopy: number; atOnce: FailureFigures; recovered: FailureFigures };
  goalsMet: { hops: boolean; lookups: boolean };
  wallMs: number;
}

export interface DhtSimBenchResult {
  sizes: DhtSimSize[];
  replication: number;
  goalsMet: boolean;
}

export async function runDhtSimBench(log: (line: string) => void, sizes: readonly number[] = DHT_SIM_SIZES): Promise<DhtSimBenchResult> {
  const results: DhtSimSize[] = [];
  for (const nodes of sizes) results.push(await runSize(nodes, log));
  const result = { sizes: results, replication: DEFAULT_SUCCESSORS, goalsMet: results.every((r) => r.goalsMet.hops && r.goalsMet.lookups) };
  printDhtSim(result, log);
  return result;
}

async function runSize(nodes: number, log: (line: string) => void): Promise<DhtSimSize> {
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s wall`;
  log(`dht-sim: ${nodes} nodes joining ${JOIN_GAP_MS} ms apart`);
  const sim = new DhtSim({ seed: nodes });
  const formedMs = await sim.form(nodes, JOIN_GAP_MS, 3_600_000);
  log(`  ring correct after ${(formedMs / 1000).toFixed(0)} virtual s (${elapsed()})`);
  await sim.clock.advance(SETTLE_MS);

  const hops = await measureHops(sim, sim.live());
  const hopsGoal = Math.log2(nodes) / 2 + 1;
  log(`  hops: mean ${hops.mean.toFixed(2)} (goal ≤ ${hopsGoal.toFixed(2)}), p99 ${hops.p99}, max ${hops.max}; ${hops.wrong} wrong, ${hops.failed} failed (${elapsed()})`);

  const maintenance = await quietMinute(sim);
  const meanLinks = sim.live().reduce((s, n) => s + n.links.size, 0) / nodes;
  log(`  maintenance: ${maintenance.perNodePerMinute.toFixed(0)} messages per node per minute (${elapsed()})`);

  const failure = await crash(sim, log);
  log(`  crash done (${elapsed()})`);
  return {
    nodes,
    joinGapMs: JOIN_GAP_MS,
    formedMs,
    hops,
    hopsGoal,
    maintenance,
    meanLinks,
    failure,
    goalsMet: { hops: hops.mean <= hopsGoal, lookups: hops.wrong === 0 && hops.failed === 0 },
    wallMs: performance.now() - started,
  };
}

function randomKey(sim: DhtSim): DhtKey {
  return (sim.live()[0] as DhtSimNode).dht.keyOf(`bench ${sim.random()}`);
}

function pick<T>(sim: DhtSim, items: readonly T[]): T {
  return items[Math.floor(sim.random() * items.length)] as T;
}

/** A lookup from each of `from` to a random key, all in flight together. */
async function measureHops(sim: DhtSim, from: readonly DhtSimNode[]): Promise<HopFigures> {
  const keys = from.map(() => randomKey(sim));
  const settled = await sim.settle(Promise.allSettled(from.map((n, i) => n.dht.lookup(keys[i] as DhtKey))), 600_000);
  const answered = settled.flatMap((s, i) => (s.status === 'fulfilled' ? [{ r: s.value, key: keys[i] as DhtKey }] : []));
  const right = answered.filter(({ r, key }) => r.node === sim.successorOf(key)).map(({ r }) => r.hops);
  return {
    lookups: from.length,
    wrong: answered.length - right.length,
    failed: from.length - answered.length,
    mean: right.reduce((s, h) => s + h, 0) / right.length,
    p50: percentile(right, 50) ?? NaN,
    p99: percentile(right, 99) ?? NaN,
    max: Math.max(...right),
  };
}

async function quietMinute(sim: DhtSim): Promise<DhtSimSize['maintenance']> {
  const nodes = sim.live();
  const sentBefore = new Map(sim.sent);
  const statsBefore = nodes.reduce((s, n) => s + n.dht.stats().maintenanceSent, 0);
  await sim.clock.advance(QUIET_MS);
  const perMinute = (count: number): number => count / nodes.length / (QUIET_MS / 60_000);
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const [kind, count] of sim.sent) {
    const delta = count - (sentBefore.get(kind) ?? 0);
    if (delta === 0) continue;
    byKind[kind] = perMinute(delta);
    total += delta;
  }
  const statsAfter = nodes.reduce((s, n) => s + n.dht.stats().maintenanceSent, 0);
  return { perNodePerMinute: perMinute(total), byKind, statsPerNodePerMinute: perMinute(statsAfter - statsBefore) };
}

async function crash(sim: DhtSim, log: (line: string) => void): Promise<DhtSimSize['failure']> {
  const writers = sim.live();
  const keys = Array.from({ length: STORED_KEYS }, (_, i) => (writers[0] as DhtSimNode).dht.keyOf(`stored ${i}`));
  await sim.settle(Promise.all(keys.map((key, i) => pick(sim, writers).dht.put(key, toUtf8Bytes(`value ${i}`), { republish: false }))), 600_000);
  await sim.clock.advance(SETTLE_MS);
  const victims = new Set<DhtSimNode>();
  while (victims.size < Math.floor(writers.length * FAILURE_FRACTION)) victims.add(pick(sim, writers));
  for (const v of victims) sim.kill(v);
  const keysWithCopy = keys.filter((k) => sim.live().some((n) => n.dht.records().some((r) => r.key === k))).length;
  const atOnce = await afterCrash(sim, keys, 0);
  log(`  ${victims.size} crashed, at once: lookups ${pct(atOnce.lookupSuccess)}, keys ${pct(atOnce.keysRetrievable)}`);
  await sim.clock.advance(RECOVERY_MS);
  const recovered = await afterCrash(sim, keys, RECOVERY_MS);
  log(`  after ${RECOVERY_MS / 1000} s: lookups ${pct(recovered.lookupSuccess)}, keys ${pct(recovered.keysRetrievable)} (${keysWithCopy}/${STORED_KEYS} kept a copy)`);
  return { crashed: victims.size, storedKeys: STORED_KEYS, keysWithCopy, atOnce, recovered };
}

async function afterCrash(sim: DhtSim, keys: readonly DhtKey[], afterMs: number): Promise<FailureFigures> {
  const live = sim.live();
  const lookups = Array.from({ length: FAILURE_LOOKUPS }, () => ({ node: pick(sim, live), key: randomKey(sim) }));
  const judge = (key: DhtKey) => (r: LookupResult): boolean => r.node === sim.successorOf(key);
  const lookupOutcomes = lookups.map(({ node, key }) => node.dht.lookup(key).then(judge(key), () => false));
  const getOutcomes = keys.map((key, i) =>
    pick(sim, live)
      .dht.get(key)
      .then(
        (g) => new TextDecoder().decode(g.value) === `value ${i}`,
        (e: unknown) => (e instanceof TabmeshError ? false : Promise.reject(e)),
      ),
  );
  const [lookupOk, getOk] = await sim.settle(Promise.all([Promise.all(lookupOutcomes), Promise.all(getOutcomes)]), 600_000);
  return {
    afterMs,
    lookups: lookups.length,
    lookupSuccess: lookupOk.filter(Boolean).length / lookups.length,
    keysRetrievable: getOk.filter(Boolean).length / keys.length,
  };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

if (import.meta.main) {
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const result = await runDhtSimBench((line) => console.log(line), asked.length > 0 ? asked : DHT_SIM_SIZES);
  process.exitCode = result.goalsMet ? 0 : 1;
}
