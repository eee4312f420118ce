/**
 * Results: one JSON file per bench in tests/bench/results/, BENCHMARKS.md regenerated from every
 * result file present (so running one bench keeps the other's latest figures), and a compact
 * table with bars on stdout.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormationResult } from './formation.ts';
import { FORMED_DEGREE } from './formation.ts';
import { barChart, fixed, markdownTable, MB, ratio, textTable } from './stats.ts';
import type { ThroughputResult } from './throughput.ts';
import type { RelayBenchResult } from './relay.ts';
import { relaySection } from './relay-report.ts';
import { gossipSection, type GossipBenchResult } from './gossip-report.ts';
import { dhtSection, type DhtBenchResult } from './dht-sim-report.ts';
import { jobsSection, type JobsBenchResult } from './jobs-report.ts';
import { translationSection } from './translation-report.ts';
import type { QualityResult } from './translation-quality.ts';
import { miningSection, type MiningBenchResult } from './mining.ts';
import { chainSection, type ChainBenchResult } from './chain.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const RESULTS_DIR = join(HERE, 'results');
export const BENCHMARKS_MD = join(HERE, '..', '..', 'BENCHMARKS.md');
const MIB_BYTES = 1024 * 1024;

export interface Environment {
  date: string;
  node: string;
  chromium: string;
  cpus: number;
  memoryGiB: number;
  /** Whether the run was inside the private network namespace (scripts/in-netns.ts). */
  netns: boolean;
}

export interface FormationFile extends Environment {
  name: 'formation';
  durationMs: number;
  baselineTabs: number;
  sizes: (FormationResult & { ratios: { formed: number | null; setupMedian: number | null; pssPerTab: number | null } })[];
  errors: string[];
}

export interface ThroughputFile extends Environment {
  name: 'throughput';
  durationMs: number;
  result: ThroughputResult;
}

export interface RelayFile extends Environment {
  name: 'relay';
  durationMs: number;
  result: RelayBenchResult;
}

export interface GossipFile extends Environment {
  name: 'gossip';
  durationMs: number;
  result: GossipBenchResult;
}

export interface DhtFile extends Environment {
  name: 'dht';
  durationMs: number;
  result: DhtBenchResult;
}

export interface JobsFile extends Environment {
  name: 'jobs';
  durationMs: number;
  result: JobsBenchResult;
}

export interface TranslationFile extends Environment {
  name: 'translation';
  durationMs: number;
  result: QualityResult;
}

export interface MiningFile extends Environment {
  name: 'mining';
  durationMs: number;
  result: MiningBenchResult;
}

export interface ChainFile extends Environment {
  name: 'chain';
  durationMs: number;
  result: ChainBenchResult;
}

export type ResultFile = FormationFile | ThroughputFile | RelayFile | GossipFile | DhtFile | JobsFile | TranslationFile | MiningFile | ChainFile;

export function environment(chromium: string): Environment {
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    netns: process.env['TABMESH_NETNS'] === '1',
  };
}

export function formationFile(env: Environment, results: FormationResult[], errors: string[], durationMs: number): FormationFile {
  const base = results[0];
  return {
    ...env,
    name: 'formation',
    durationMs,
    baselineTabs: base?.tabs ?? 0,
    sizes: results.map((r) => ({
      ...r,
      ratios: {
        formed: ratio(r.formedMs, base?.formedMs),
        setupMedian: ratio(r.setup.medianMs, base?.setup.medianMs),
        pssPerTab: ratio(r.memory.pssPerTabBytes, base?.memory.pssPerTabBytes),
      },
    })),
    errors,
  };
}

export function writeResult(file: ResultFile): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${file.name}.json`);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}

function readResult<T extends ResultFile>(name: T['name']): T | undefined {
  const path = join(RESULTS_DIR, `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

// ---- tables ----

const s = (ms: number | null | undefined): string => fixed(ms === null || ms === undefined ? ms : ms / 1000, 2);
const x = (r: number | null): string => (r === null ? '–' : `${r.toFixed(2)}×`);
const mb = (bytes: number | null | undefined): string => fixed(bytes === null || bytes === undefined ? bytes : bytes / MIB_BYTES, 1);
const mbps = (bps: number): string => fixed(bps / MB, 1);

function formationTimeRows(file: FormationFile): string[][] {
  return [
    ['tabs', 'load (s)', `all ≥ ${FORMED_DEGREE} (s)`, '× base', 'of which after last load (s)', 'all at target 6 (s)', 'set-up median / p90 (ms)', '× base'],
    ...file.sizes.map((r) => [
      String(r.tabs),
      s(r.loadMs),
      s(r.formedMs),
      x(r.ratios.formed),
      s(r.formedMs - r.loadMs),
      r.settledMs === null ? 'not within 30 s' : s(r.settledMs),
      `${fixed(r.setup.medianMs, 0)} / ${fixed(r.setup.p90Ms, 0)} (n=${r.setup.samples}${r.setup.failures > 0 ? `, ${r.setup.failures} failed` : ''})`,
      x(r.ratios.setupMedian),
    ]),
  ];
}

function formationCostRows(file: FormationFile): string[][] {
  return [
    ['tabs', 'PSS / tab (MiB)', '× base', 'PSS total (MiB)', 'JS heap / tab (MiB)', 'idle CPU / tab (% of a core)', 'renderers', `degree min / mean / max at all ≥ ${FORMED_DEGREE}`, 'components'],
    ...file.sizes.map((r) => [
      String(r.tabs),
      mb(r.memory.pssPerTabBytes),
      x(r.ratios.pssPerTab),
      mb(r.memory.pssTotalBytes),
      mb(r.memory.jsHeapPerTabMedianBytes),
      fixed(r.idleCpuPercentOfCorePerTab, 2),
      String(r.memory.renderers),
      `${r.degreeAtFormed.min} / ${r.degreeAtFormed.mean.toFixed(1)} / ${r.degreeAtFormed.max}`,
      String(r.degreeAtFormed.components),
    ]),
  ];
}

function throughputRows(t: ThroughputResult): string[][] {
  const goal = (met: boolean): string => (met ? 'met' : 'MISSED');
  const range = (rounds: number[]): string => `${mbps(Math.min(...rounds))}–${mbps(Math.max(...rounds))}`;
  const row = (label: string, d: ThroughputResult['up']): string[] => [
    label,
    mbps(d.tabmeshBps),
    mbps(d.rawInTabsBps),
    x(d.ratio),
    goal(d.goalMet),
    mbps(d.rawBps),
    `${range(d.tabmeshRounds)} vs ${range(d.rawInTabsRounds)}`,
  ];
  return [
    ['', 'Tabmesh', 'raw RTCDataChannel, same tabs (baseline)', 'Tabmesh / raw', `goal ≥ ${t.goal}×`, 'raw, a separate page pair', 'range of rounds, Tabmesh vs baseline'],
    row('A→B throughput (MB/s)', t.up),
    row('B→A throughput (MB/s)', t.down),
    ['RTT median (ms)', fixed(t.rtt.tabmeshMedianMs, 2), fixed(t.rtt.rawMedianMs, 2), x(t.rtt.ratio), '', '', ''],
    ['RTT p90 (ms)', fixed(t.rtt.tabmeshP90Ms, 2), fixed(t.rtt.rawP90Ms, 2), '', '', '', ''],
  ];
}

// ---- stdout ----

export function printFormation(file: FormationFile, print: (text: string) => void): void {
  print(`\nSwarm formation: time (baseline ${file.baselineTabs} tabs)\n${textTable(formationTimeRows(file))}`);
  print(`\nSwarm formation: cost\n${textTable(formationCostRows(file))}`);
  print(`\ntime until every tab has ≥ ${FORMED_DEGREE} open channels\n` +
    barChart(file.sizes.map((r) => ({ label: `${r.tabs} tabs`, value: r.formedMs, text: `${s(r.formedMs)} s` }))));
  print(`\nmemory per tab (PSS)\n` +
    barChart(file.sizes.map((r) => ({ label: `${r.tabs} tabs`, value: r.memory.pssPerTabBytes, text: `${mb(r.memory.pssPerTabBytes)} MiB` }))));
  for (const error of file.errors) print(`  error: ${error}`);
}

export function printThroughput(file: ThroughputFile, print: (text: string) => void): void {
  const t = file.result;
  print(`\nThroughput and RTT between two tabs (${t.bytesPerDirection / MIB_BYTES} MiB per direction, median of ${t.rounds})\n${textTable(throughputRows(t))}`);
  print(
    '\n' +
      barChart([
        { label: 'Tabmesh A→B', value: t.up.tabmeshBps, text: `${mbps(t.up.tabmeshBps)} MB/s` },
        { label: 'raw     A→B', value: t.up.rawBps, text: `${mbps(t.up.rawBps)} MB/s` },
        { label: 'in-tabs A→B', value: t.up.rawInTabsBps, text: `${mbps(t.up.rawInTabsBps)} MB/s (raw channel between the Tabmesh tabs)` },
        { label: 'Tabmesh B→A', value: t.down.tabmeshBps, text: `${mbps(t.down.tabmeshBps)} MB/s` },
        { label: 'raw     B→A', value: t.down.rawBps, text: `${mbps(t.down.rawBps)} MB/s` },
        { label: 'in-tabs B→A', value: t.down.rawInTabsBps, text: `${mbps(t.down.rawInTabsBps)} MB/s` },
      ]),
  );
  print(`goal Tabmesh ≥ ${t.goal}× raw in both directions: ${t.goalMet ? 'MET' : 'MISSED'}`);
}

// ---- BENCHMARKS.md ----

export function writeBenchmarksMd(): void {
  const formation = readResult<FormationFile>('formation');
  const throughput = readResult<ThroughputFile>('throughput');
  const parts = [
    '# Benchmarks',
    '',
    '<!-- Generated by tests/bench/report.ts from tests/bench/results/*.json; edits here are overwritten. -->',
    '',
    'Reproduce with `npm run bench` (builds, then runs every bench inside a private network',
    'namespace; ~3 minutes). One bench: `node scripts/in-netns.ts node tests/bench/run.ts formation`',
    '(or `throughput`, `relay`, `gossip`, `dht`) after `npx vite build`. Machine-readable figures, with the date and versions,',
    'are in `tests/bench/results/`.',
    '',
    '## Swarm formation',
    '',
    'Each size runs against a fresh signaling server and a fresh Chromium with one browser context',
    'holding every tab. The 16-tab row is the baseline of the "× base" columns.',
    '',
    `- **all ≥ ${FORMED_DEGREE}**: from the first \`newPage()\` until every tab reports \`status().degree ≥ ${FORMED_DEGREE}\``,
    '  (all tabs polled every ~100 ms). **load**: until every tab has `window.tabmesh` (the e2e',
    '  harness opens tabs 8 at a time); **after last load** is the difference. **all at target**:',
    '  until every tab reaches its target degree (6).',
    '- **set-up**: after the swarm has settled, 24 `window.tabmesh.connect(id)` calls per size (3 at a',
    '  time) from tabs to random non-neighbours, timed inside the tab: dial, ICE gathering, signed',
    '  offer/answer through the server, DTLS and SCTP, until the data channel is open and the link',
    '  adopted. (The core does not record set-up time itself; peer-row transitions are not timed',
    '  from the dial, so they would not be honest.)',
    '- **PSS / tab**: proportional set size of every Chromium process (from `/proc/<pid>/smaps_rollup`)',
    '  after formation, minus that of the same browser before any tab, divided by the tabs. PSS',
    '  counts shared pages once, unlike summed RSS. **JS heap / tab**: median of',
    '  `performance.memory.usedJSHeapSize` (`--enable-precise-memory-info`).',
    '- **idle CPU / tab**: CPU time of every Chromium process over 5 s of the settled swarm (probes,',
    '  table exchange, UI), divided by wall time and tabs.',
    '',
  ];
  if (formation) {
    parts.push(`Latest run: ${formation.date}, Node ${formation.node}, Chromium ${formation.chromium}, ${formation.cpus} CPUs, ${formation.memoryGiB} GiB.`, '');
    parts.push(markdownTable(formationTimeRows(formation)), '', markdownTable(formationCostRows(formation)), '');
    for (const error of formation.errors) parts.push(`- failed: ${error}`);
    if (formation.errors.length > 0) parts.push('');
    parts.push(
      'Load dominates formation: the harness opens tabs 8 at a time on 2 cores, and every tab',
      'loads and starts its own bundle; once the last tab has loaded the mesh forms within seconds.',
      '',
    );
  } else {
    parts.push('_No result yet._', '');
  }
  parts.push(
    '## Data-channel throughput and RTT',
    '',
    'Two Tabmesh tabs that are each other\'s only neighbour. The baseline is a bare `RTCDataChannel`',
    'opened between the same two tabs and driven in alternation with Tabmesh (same processes, same',
    'scheduling), so the ratio isolates the cost of the Tabmesh transport. A second bare channel',
    'between two plain pages (`new RTCPeerConnection({iceServers: []})`) is shown for context.',
    '',
    '- **Tabmesh**: `measureThroughput(neighbour, {bytes})` on tab A; B→A is its `downBps`, A→B its',
    '  `upBps`, each timed by the receiving tab from its first to its last `speedData` frame.',
    '- **raw**: the same number of bytes as 16 KiB messages, sent while `bufferedAmount` < 1 MiB and',
    '  resumed at `bufferedamountlow` (256 KiB), the water marks of `FramedLink`; timed by the',
    '  receiver from its first to its last message, without the first message\'s bytes (as Tabmesh).',
    '- Bytes per direction: 16 MiB per round. A Tabmesh peer serves at most 128 MiB a minute on',
    '  request (`THROUGHPUT_BUDGET_BYTES_PER_MINUTE`); the warm-up and 5 rounds fit in it.',
    '- **RTT**: 50 sequential `ping(id)` (8-byte ping/pong frames) against 50 sequential 8-byte',
    '  echoes on the raw channel, timed with `performance.now()` in the sending page; median of the',
    '  per-round medians; p90 over all probes. Chromium coarsens `performance.now()` to 0.1 ms in',
    '  pages that are not cross-origin isolated, so RTTs are multiples of 0.1 ms. MB = 10⁶ bytes.',
    '- Warm-up: the first bulk transfer on a fresh channel runs far slower, raw and Tabmesh alike,',
    '  so one uncounted transfer each way precedes the rounds.',
    '- Noise: on this 2-core machine single rounds vary by ±25 %; the medians of 5 still move by',
    '  several per cent between runs. The receive path makes no copy per message (frames are views',
    '  into each channel message, decoded byte fields views into the frame) and the sender encodes',
    '  one speedData frame per test and sends it repeatedly.',
    '',
    `**Goal**: Tabmesh ≥ 0.9× raw throughput in each direction.`,
    '',
  );
  if (throughput) {
    const t = throughput.result;
    parts.push(`Latest run: ${throughput.date}, Node ${throughput.node}, Chromium ${throughput.chromium}.`, '');
    parts.push(markdownTable(throughputRows(t)), '');
    parts.push(
      `Goal ${t.goalMet ? '**met**' : '**missed**'} (A→B ${x(t.up.ratio)}, B→A ${x(t.down.ratio)}).`,
      `First (warm-up) transfer on each fresh channel: Tabmesh A→B ${mbps(t.warmup.tabmesh.upBps)}, B→A ${mbps(t.warmup.tabmesh.downBps)} MB/s; ` +
        `raw A→B ${mbps(t.warmup.raw.upBps)}, B→A ${mbps(t.warmup.raw.downBps)} MB/s; raw between the Tabmesh tabs A→B ${mbps(t.warmup.rawInTabs.upBps)}, B→A ${mbps(t.warmup.rawInTabs.downBps)} MB/s.`,
      `Raw channel set-up between the plain pages (non-trickle, offer and answer through Playwright): ${fixed(t.rawSetupMs, 0)} ms.`,
      '',
    );
  } else {
    parts.push('_No result yet._', '');
  }
  const relay = readResult<RelayFile>('relay');
  parts.push(...relaySection(relay?.result, relay?.date));
  const gossip = readResult<GossipFile>('gossip');
  parts.push(...gossipSection(gossip?.result, gossip?.date));
  const dht = readResult<DhtFile>('dht');
  parts.push(...dhtSection(dht?.result, dht?.date));
  const jobs = readResult<JobsFile>('jobs');
  parts.push(...jobsSection(jobs?.result, jobs?.date));
  const translation = readResult<TranslationFile>('translation');
  parts.push(...translationSection(translation?.result, translation?.date));
  const mining = readResult<MiningFile>('mining');
  parts.push(...miningSection(mining?.result, mining?.date));
  const chain = readResult<ChainFile>('chain');
  parts.push(...chainSection(chain?.result, chain?.date));
  writeFileSync(BENCHMARKS_MD, parts.join('\n'));
}
