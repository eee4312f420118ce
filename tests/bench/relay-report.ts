/** The relay bench's tables: stdout and its section of BENCHMARKS.md. */
import type { RelayBenchResult } from './relay.ts';
import { PATHS } from './relay.ts';
import { barChart, fixed, markdownTable, MB, textTable } from './stats.ts';

const mbps = (bps: number): string => fixed(bps / MB, 1);
const x = (r: number | null): string => (r === null ? '–' : `${r.toFixed(2)}×`);
const LABEL = { direct: 'direct (no relay)', tabmesh: 'relayed: Tabmesh TURN', coturn: 'relayed: coturn 4.6' } as const;

function rows(r: RelayBenchResult): string[][] {
  return [
    ['path', 'throughput (MB/s, mean of both directions)', 'range of rounds', 'RTT median (ms)', 'RTT p90 (ms)'],
    ...PATHS.map((p) => {
      const f = r.paths[p];
      return [LABEL[p], mbps(f.bps), `${mbps(Math.min(...f.rounds))}–${mbps(Math.max(...f.rounds))}`, fixed(f.rttMedianMs, 2), fixed(f.rttP90Ms, 2)];
    }),
  ];
}

function verdict(r: RelayBenchResult): string {
  return `Tabmesh relay / coturn: ${x(r.tabmeshOverCoturn)} (goal ≥ ${r.goal}×: ${r.goalMet ? 'met' : 'MISSED'}); relayed / direct: ${x(r.relayedOverDirect)}`;
}

export function printRelay(r: RelayBenchResult, print: (text: string) => void): void {
  print(`\nRelayed vs direct, Tabmesh TURN vs coturn (${r.bytes / (1024 * 1024)} MiB each way per round, median of ${r.rounds})`);
  print(textTable(rows(r)));
  print('');
  print(barChart(PATHS.map((p) => ({ label: p, value: r.paths[p].bps, text: `${mbps(r.paths[p].bps)} MB/s` }))));
  print(verdict(r));
}

export function relaySection(r: RelayBenchResult | undefined, date: string | undefined): string[] {
  const parts = [
    '## Relayed against direct; Tabmesh relay against coturn',
    '',
    'Three pairs of tabs in one browser, each pair on its own signaling server: one linked directly,',
    'one with `?relay=only` through Tabmesh\'s TURN server (`relay/src/turn`, the relay\'s), one with',
    '`?relay=only` through coturn 4.6 (Debian) holding the same TURN REST shared secret. Rounds',
    'alternate the pairs. Each figure: `measureThroughput` (both directions, mean) and 30 pings per',
    'round; median over rounds. Every byte of the relayed pairs crosses the TURN server twice (each',
    'tab holds its own allocation). Reproduce: `node scripts/in-netns.ts node tests/bench/run.ts relay`.',
    '',
    '**Goal**: Tabmesh relay ≥ 0.8× coturn throughput.',
    '',
  ];
  if (!r) return [...parts, '_No result yet._', ''];
  return [...parts, `Latest run: ${date}.`, '', markdownTable(rows(r)), '', verdict(r), ''];
}
