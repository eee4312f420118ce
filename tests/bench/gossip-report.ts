/** The gossip bench's section of BENCHMARKS.md: the simulator at 1 000 / 10 000 nodes and real tabs. */
import { BASELINE_FANOUT, TRANSMISSIONS_GOAL, type GossipSimBenchResult, type SpreadFigures } from './gossip-sim.ts';
import type { GossipLatencyResult } from './gossip-latency.ts';
import { fixed, markdownTable } from './stats.ts';

export interface GossipBenchResult {
  sim: GossipSimBenchResult;
  browser: GossipLatencyResult | { error: string };
}

function simRows(sim: GossipSimBenchResult): string[][] {
  const rows = [['nodes', 'case', 'coverage', 'rounds to 100% (median / max)', 'goal', 'rumour transmissions / node', 'duplicates / node']];
  for (const r of sim.sizes) {
    const row = (label: string, f: SpreadFigures, goal: string): string[] => [
      String(r.nodes),
      label,
      `${(100 * f.coverage).toFixed(1)} %`,
      `${f.roundsMedian} / ${f.roundsMax}`,
      goal,
      f.transmissionsPerNode.toFixed(2),
      f.duplicatesPerNode.toFixed(2),
    ];
    rows.push(row('fanout 2 + anti-entropy', r.spread, `≤ ${r.roundsGoal} rounds, ≤ ${TRANSMISSIONS_GOAL} / node: ${r.goalsMet.rounds && r.goalsMet.transmissions ? 'met' : 'MISSED'}`));
    rows.push(row('after 20 % of nodes crashed', r.loss, `100 %: ${r.goalsMet.coverage ? 'met' : 'MISSED'}`));
    rows.push(row(`baseline: eager push to ${BASELINE_FANOUT} (gossipsub-like)`, r.baseline, ''));
  }
  return rows;
}

export function gossipSection(result: GossipBenchResult | undefined, date: string | undefined): string[] {
  const parts = [
    '## Gossip',
    '',
    'Simulator (`tests/sim/gossip-sim.ts`): the real gossip service on a random graph of mean degree',
    '8, links of 10–60 ms on a virtual clock; a round is one anti-entropy interval (2 s). Each case',
    'averages several rumours from random origins. Transmissions count full rumours sent per node.',
    'Browser: 48 tabs subscribe to one data type and validate at once; one tab announces 20',
    'rumours carrying their send time; each tab records arrival − send.',
    'Reproduce: `node scripts/in-netns.ts node tests/bench/run.ts gossip` after `npx vite build`.',
    '',
  ];
  if (!result) return [...parts, '_No result yet._', ''];
  parts.push(`Latest run: ${date}.`, '', markdownTable(simRows(result.sim)), '');
  const b = result.browser;
  if ('error' in b) parts.push(`Browser latency: failed: ${b.error}`, '');
  else {
    parts.push(
      markdownTable([
        ['tabs', 'rumours', 'arrived', 'p50 (ms)', 'p90 (ms)', 'p99 (ms)', 'max (ms)'],
        [String(b.tabs), String(b.announces), `${(100 * b.coverage).toFixed(1)} %`, fixed(b.p50Ms, 0), fixed(b.p90Ms, 0), fixed(b.p99Ms, 0), fixed(b.maxMs, 0)],
      ]),
      '',
    );
  }
  return parts;
}
