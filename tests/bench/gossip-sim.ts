/**
 * Gossip at scale, simulated: 1 000 and 10 000 GossipServices (the code a tab runs) on a random
 * graph of mean degree 8 with 10–60 ms links on a virtual clock. Per size: rounds to 100%
 * coverage (goal ≤ ⌈log2 N⌉ + 2, a round being one anti-entropy interval), full-rumour
 * transmissions per node per rumour (goal ≤ 3), duplicates per node, coverage after 20% of the
 * nodes crash silently, and — the baseline, measured in the same run — the same network pushing
 * eagerly to 6 neighbours as gossipsub's mesh does.
 *
 *   node tests/bench/gossip-sim.ts            (standalone; or runGossipSimBench from run.ts)
 */
import { GossipSim, measureSpread, type SpreadResult } from '../sim/gossip-sim.ts';
import { median, textTable } from './stats.ts';

export const GOSSIP_SIM_SIZES = [1_000, 10_000] as const;
/** Each node links to this many random others: mean degree 8. */
const HALF_DEGREE = 4;
/** Rumours measured one after another per configuration, from random origins. */
const RUMOURS = 5;
/** Rounds before the first announce: views fill and the nodes' rounds fall out of step. */
const WARMUP_MS = 10_000;
export const TRANSMISSIONS_GOAL = 3;
/** gossipsub's mesh degree D: what eager push to the mesh costs per node. */
export const BASELINE_FANOUT = 6;
const LOSS_FRACTION = 0.2;
const DATA_TYPE = 1;

export interface SpreadFigures {
  rumours: number;
  /** Worst coverage of any rumour: covered / live nodes reachable from its origin. */
  coverage: number;
  roundsMedian: number;
  roundsMax: number;
  msMedian: number;
  transmissionsPerNode: number;
  duplicatesPerNode: number;
}

export interface GossipSimSize {
  nodes: number;
  meanDegree: number;
  roundsGoal: number;
  spread: SpreadFigures;
  /** After 20% of the nodes crashed silently (neighbours still list them). */
  loss: SpreadFigures;
  /** Eager push to BASELINE_FANOUT neighbours (gossipsub-like), same network and anti-entropy. */
  baseline: SpreadFigures;
  goalsMet: { rounds: boolean; transmissions: boolean; coverage: boolean };
  wallMs: number;
}

export interface GossipSimBenchResult {
  sizes: GossipSimSize[];
  goalsMet: boolean;
}

export async function runGossipSimBench(log: (line: string) => void, sizes: readonly number[] = GOSSIP_SIM_SIZES): Promise<GossipSimBenchResult> {
  const results: GossipSimSize[] = [];
  for (const nodes of sizes) {
    const started = performance.now();
    log(`gossip-sim: ${nodes} nodes`);
    const { sim, meanDegree } = await network(nodes, 1, {});
    const spread = await spreadMany(sim);
    log(`  spread: ${line(spread)}`);
    const victims = new Set<number>();
    while (victims.size < Math.floor(nodes * LOSS_FRACTION)) victims.add(Math.floor(sim.random() * nodes));
    for (const v of victims) sim.kill(v, { silent: true });
    const loss = await spreadMany(sim);
    log(`  20% crashed: ${line(loss)}`);
    const baseline = await spreadMany((await network(nodes, 1, { fanout: BASELINE_FANOUT })).sim);
    log(`  baseline (fanout ${BASELINE_FANOUT}): ${line(baseline)}`);
    const roundsGoal = Math.ceil(Math.log2(nodes)) + 2;
    const goalsMet = {
      rounds: spread.roundsMax <= roundsGoal,
      transmissions: spread.transmissionsPerNode <= TRANSMISSIONS_GOAL,
      coverage: spread.coverage === 1 && loss.coverage === 1,
    };
    results.push({ nodes, meanDegree, roundsGoal, spread, loss, baseline, goalsMet, wallMs: performance.now() - started });
  }
  const result = { sizes: results, goalsMet: results.every((r) => r.goalsMet.rounds && r.goalsMet.transmissions && r.goalsMet.coverage) };
  printGossipSim(result, log);
  return result;
}

export function printGossipSim(result: GossipSimBenchResult, print: (text: string) => void): void {
  const rows: string[][] = [['nodes', 'case', 'coverage', 'rounds (median/max)', 'goal', 'tx/node', 'dup/node', 'wall s']];
  for (const r of result.sizes) {
    const row = (label: string, f: SpreadFigures, goal: string, wall: string): string[] => [
      String(r.nodes),
      label,
      `${(100 * f.coverage).toFixed(1)}%`,
      `${f.roundsMedian}/${f.roundsMax}`,
      goal,
      f.transmissionsPerNode.toFixed(2),
      f.duplicatesPerNode.toFixed(2),
      wall,
    ];
    rows.push(row('fanout 2 + anti-entropy', r.spread, `≤ ${r.roundsGoal} rounds, ≤ ${TRANSMISSIONS_GOAL} tx`, (r.wallMs / 1000).toFixed(1)));
    rows.push(row('  after 20% crashed', r.loss, '100%', ''));
    rows.push(row(`  baseline fanout ${BASELINE_FANOUT}`, r.baseline, '', ''));
  }
  print(textTable(rows));
  print(`goals ${result.goalsMet ? 'met' : 'MISSED'}`);
}

async function network(nodes: number, seed: number, gossip: { fanout?: number }): Promise<{ sim: GossipSim; meanDegree: number }> {
  const sim = new GossipSim({ seed, gossip });
  sim.addNodes(nodes);
  sim.randomGraph(HALF_DEGREE);
  sim.startAll();
  sim.subscribeAll(DATA_TYPE);
  await sim.clock.advance(WARMUP_MS);
  const meanDegree = sim.nodes.reduce((sum, n) => sum + n.links.size, 0) / nodes;
  return { sim, meanDegree };
}

async function spreadMany(sim: GossipSim): Promise<SpreadFigures> {
  const runs: SpreadResult[] = [];
  for (let i = 0; i < RUMOURS; i++) {
    const live = sim.nodes.filter((n) => n.alive);
    const origin = live[Math.floor(sim.random() * live.length)]?.index ?? 0;
    runs.push(await measureSpread(sim, origin, DATA_TYPE));
  }
  const mean = (f: (r: SpreadResult) => number): number => runs.reduce((s, r) => s + f(r), 0) / runs.length;
  return {
    rumours: runs.length,
    coverage: Math.min(...runs.map((r) => r.covered / r.target)),
    roundsMedian: median(runs.map((r) => r.rounds)) ?? NaN,
    roundsMax: Math.max(...runs.map((r) => r.rounds)),
    msMedian: median(runs.map((r) => r.ms)) ?? NaN,
    transmissionsPerNode: mean((r) => r.transmissionsPerNode),
    duplicatesPerNode: mean((r) => r.duplicatesPerNode),
  };
}

function line(f: SpreadFigures): string {
  return `coverage ${(100 * f.coverage).toFixed(1)}%, rounds ${f.roundsMedian}/${f.roundsMax}, ${f.transmissionsPerNode.toFixed(2)} tx/node, ${f.duplicatesPerNode.toFixed(2)} dup/node`;
}

if (import.meta.main) {
  const result = await runGossipSimBench((text) => console.log(text));
  process.exitCode = result.goalsMet ? 0 : 1;
}
