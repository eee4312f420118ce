/** The job pipeline bench's tables: stdout and its section of BENCHMARKS.md. */
import type { FailoverResult } from './jobs-failover.ts';
import { LATENCY_GOAL, type LatencyClass, type ThroughputRow } from './jobs-latency.ts';
import { barChart, fixed, markdownTable, textTable } from './stats.ts';

export interface JobsBenchResult {
  latency: LatencyClass[] | { error: string };
  throughput: ThroughputRow[] | { error: string };
  failover: FailoverResult | { error: string };
}

const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const isError = (x: object): x is { error: string } => 'error' in x;

function latencyRows(classes: LatencyClass[]): string[][] {
  return [
    ['images', 'signs', 'tesseract.js alone, median (ms)', 'paid job end to end, median (ms)', 'ratio', `goal ≤ ${LATENCY_GOAL}×`, 'from payment to result, median (ms)', 'ratio'],
    ...classes.map((c) => [
      c.images,
      String(c.rows.length),
      fixed(c.bareMedianMs, 0),
      fixed(c.jobMedianMs, 0),
      `${c.ratio.toFixed(2)}×`,
      met(c.ratio <= LATENCY_GOAL),
      fixed(c.submitMedianMs, 0),
      `${c.submitRatio.toFixed(2)}×`,
    ]),
  ];
}

function throughputRows(rows: ThroughputRow[]): string[][] {
  return [
    ['transcription tabs', 'Node workers', 'jobs', 'seconds', 'jobs / minute'],
    ...rows.map((r) => [String(r.transcribers), String(r.nodeWorkers ?? 0), String(r.jobs), fixed(r.seconds, 1), fixed(r.jobsPerMinute, 1)]),
  ];
}

function failoverRows(f: FailoverResult): string[][] {
  return [
    ['failovers', 'p50 (s)', 'p99 (s)', 'min (s)', 'max (s)', 'lease timeout (s)'],
    [String(f.samplesMs.length), fixed(f.p50Ms / 1000, 2), fixed(f.p99Ms / 1000, 2), fixed(Math.min(...f.samplesMs) / 1000, 2), fixed(Math.max(...f.samplesMs) / 1000, 2), fixed(f.leaseTimeoutMs / 1000, 1)],
  ];
}

export function printJobs(r: JobsBenchResult, print: (text: string) => void): void {
  if (!isError(r.latency)) {
    print(textTable(latencyRows(r.latency)));
    print(barChart(r.latency.flatMap((c) => [{ label: `${c.images} tesseract`, value: c.bareMedianMs, text: `${fixed(c.bareMedianMs, 0)} ms` }, { label: `${c.images} job`, value: c.jobMedianMs, text: `${fixed(c.jobMedianMs, 0)} ms` }])));
  }
  if (!isError(r.throughput)) print(textTable(throughputRows(r.throughput)));
  if (!isError(r.failover)) print(textTable(failoverRows(r.failover)));
}

export function jobsSection(r: JobsBenchResult | undefined, date: string | undefined): string[] {
  const parts = ['## Paid translation jobs', ''];
  if (!r) return [...parts, '_No result yet._', ''];
  parts.push(
    `Run ${date}: \`node scripts/in-netns.ts node tests/bench/run.ts jobs\`. A dev chain, the SMTP sink, the relay, and tabs with`,
    'pipeline roles in one Chromium; jobs are prepared and submitted through `window.tabmesh.jobs` and paid from Node with a dev',
    'account (what a wallet does, without its prompts; 1 confirmation).',
    '',
    '### End-to-end latency against tesseract.js alone',
    '',
    'Baseline, same run and browser: a tab reading the same image with the same engine (`/ocr-check.html`), warm. A job:',
    'image into the DHT (alongside the payment), payment, a broker, OCR in a transcription tab, translation, result back on the',
    'requesting tab. "From payment to result" leaves out what the user waits for anyway (the wallet).',
    '"phone" images are the fixtures drawn 4× larger (what a phone uploads); "fixture" are the small test photographs.',
    '',
  );
  parts.push(isError(r.latency) ? `Failed: ${r.latency.error}` : markdownTable(latencyRows(r.latency)), '');
  if (!isError(r.latency)) {
    parts.push('```', barChart(r.latency.flatMap((c) => [{ label: `${c.images} tesseract`, value: c.bareMedianMs, text: `${fixed(c.bareMedianMs, 0)} ms` }, { label: `${c.images} job`, value: c.jobMedianMs, text: `${fixed(c.jobMedianMs, 0)} ms` }])), '```', '');
  }
  parts.push('### Throughput', '', 'Eight paid jobs (prepared and paid beforehand) submitted at once; each transcription tab warmed by one job first.', '');
  parts.push(isError(r.throughput) ? `Failed: ${r.throughput.error}` : markdownTable(throughputRows(r.throughput)), '');
  parts.push('### Broker failover', '', "A broker tab's renderer crashed with a queued job; time until its backup runs the job as primary.", '');
  parts.push(isError(r.failover) ? `Failed: ${r.failover.error}` : markdownTable(failoverRows(r.failover)), '');
  if (!isError(r.failover) && (r.failover.skipped?.length ?? 0) > 0) parts.push(`Rounds skipped (the job was not set up as a sample needs): ${r.failover.skipped.join('; ')}.`, '');
  return parts;
}
