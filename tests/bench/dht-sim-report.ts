/**
 * The DHT bench's tables: stdout and its section of BENCHMARKS.md. The result holds the simulator
 * part (`sim`); a browser part (get latency across tabs) goes beside it as `browser`.
 */
import type { DhtLatencyResult } from './dht-latency.ts';
import type { DhtSimBenchResult, DhtSimSize, FailureFigures } from './dht-sim.ts';
import { fixed, markdownTable, textTable } from './stats.ts';

export interface DhtBenchResult {
  sim: DhtSimBenchResult;
  /** Get latency across 48 tabs, or why it could not be measured. */
  browser?: DhtLatencyResult | { error: string };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function hopRows(sim: DhtSimBenchResult): string[][] {
  return [
    ['nodes', 'ring correct after (virtual s)', 'lookups', 'reached the true successor', 'hops mean', 'p50', 'p99', 'max', 'goal: mean ≤ ½·log2 N + 1'],
    ...sim.sizes.map((r) => [
      String(r.nodes),
      fixed(r.formedMs / 1000, 0),
      String(r.hops.lookups),
      `${r.hops.lookups - r.hops.wrong - r.hops.failed} / ${r.hops.lookups}`,
      fixed(r.hops.mean, 2),
      String(r.hops.p50),
      String(r.hops.p99),
      String(r.hops.max),
      `${fixed(r.hopsGoal, 2)}: ${met(r.goalsMet.hops)}`,
    ]),
  ];
}

function maintenanceRows(sim: DhtSimBenchResult): string[][] {
  const kinds = [...new Set(sim.sizes.flatMap((r) => Object.keys(r.maintenance.byKind)))].sort();
  return [
    ['nodes', 'messages / node / minute', ...kinds, 'DhtStats.maintenanceSent / node / minute', 'links / node'],
    ...sim.sizes.map((r) => [
      String(r.nodes),
      fixed(r.maintenance.perNodePerMinute, 0),
      ...kinds.map((k) => fixed(r.maintenance.byKind[k], 1)),
      fixed(r.maintenance.statsPerNodePerMinute, 0),
      fixed(r.meanLinks, 1),
    ]),
  ];
}

function failureRows(sim: DhtSimBenchResult): string[][] {
  const row = (r: DhtSimSize, label: string, f: FailureFigures): string[] => [
    String(r.nodes),
    label,
    `${pct(f.lookupSuccess)} of ${f.lookups}`,
    `${pct(f.keysRetrievable)} of ${r.failure.storedKeys}`,
  ];
  return [
    ['nodes', 'measured after 20 % crashed at once', 'lookups reaching the true successor', `stored keys read back (r = ${sim.replication}, no re-publish)`],
    ...sim.sizes.flatMap((r) => [
      row(r, 'at once', r.failure.atOnce),
      row(r, `after ${r.failure.recovered.afterMs / 1000} s`, r.failure.recovered),
    ]),
  ];
}

export function printDhtSim(result: DhtSimBenchResult, print: (text: string) => void): void {
  print(`\nDHT lookups\n${textTable(hopRows(result))}`);
  print(`\nDHT maintenance in a quiet minute\n${textTable(maintenanceRows(result))}`);
  print(`\nDHT under 20 % crashed\n${textTable(failureRows(result))}`);
  print(`goals ${result.goalsMet ? 'met' : 'MISSED'}`);
}

export function dhtSection(result: DhtBenchResult | undefined, date: string | undefined): string[] {
  const parts = [
    '## DHT',
    '',
    'Simulator (`tests/sim/dht-sim.ts`): the real Chord DHT service (routing, stabilisation,',
    'storage, replication) in every node, links of 10–60 ms on a virtual clock, nodes joining',
    '10 ms apart through 3 random links each. Lookups: one from every node to a random key, all in',
    'flight together, 30 virtual s after the ring came out right; a hop is one link crossed, the',
    'last one delivering to the successor, so the goal is the Chord paper\'s ½·log2 N plus one.',
    'Maintenance: every message the simulator carried during a quiet minute (no user traffic, so',
    'all of it is ring upkeep: ring queries and answers, notifies, finger and merge-check lookups as',
    '`dhtRoute` / `dhtResult` hops) divided by nodes; DhtStats.maintenanceSent, which counts a',
    'finger lookup as 2 × its hops, beside it. Failure: 500 keys stored with replication 4 and no',
    're-publishing, then 20 % of the nodes crash at once; 2 000 lookups from random survivors and a',
    'get of every key, issued at once and again after 30 s.',
    'Reproduce: `node tests/bench/run.ts dht` (or `node tests/bench/dht-sim.ts 1000`).',
    '',
  ];
  if (!result) return [...parts, '_No result yet._', ''];
  const sim = result.sim;
  parts.push(
    `Latest run: ${date}.`,
    '',
    markdownTable(hopRows(sim)),
    '',
    markdownTable(maintenanceRows(sim)),
    '',
    markdownTable(failureRows(sim)),
    '',
  );
  const browser = result.browser;
  if (browser === undefined || 'error' in browser) {
    parts.push(`Browser (48 tabs, get latency): not measured${browser ? ` (${browser.error})` : ''}.`, '');
  } else {
    parts.push(
      `Browser: ${browser.tabs} tabs against the real signaling server; every tab gets ${browser.gets / browser.tabs} random keys of 64 put`,
      'before, all tabs at once; the baseline is one ping over a direct link between neighbours, measured in the same run.',
      '',
      markdownTable([
        ['tabs', 'gets', 'failed', 'p50 (ms)', 'p90 (ms)', 'p99 (ms)', 'hops mean', 'baseline: link RTT p50 (ms)', 'ring formed after (s)'],
        [String(browser.tabs), String(browser.gets), String(browser.failures), fixed(browser.p50Ms, 0), fixed(browser.p90Ms, 0), fixed(browser.p99Ms, 0), fixed(browser.meanHops, 2), fixed(browser.linkRttP50Ms, 1), fixed(browser.ringFormedMs / 1000, 1)],
      ]),
      '',
    );
  }
  return parts;
}
