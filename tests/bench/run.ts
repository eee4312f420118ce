/**
 * Runs the benchmarks and records their results.
 *
 *   node scripts/in-netns.ts node tests/bench/run.ts [formation] [throughput] [relay] [gossip] [dht] [jobs] [translation] [mining] [chain]
 *
 * With no names, runs all. Writes tests/bench/results/<name>.json, regenerates BENCHMARKS.md
 * and prints a summary. A missed performance goal is reported, not an exit failure; a bench that
 * could not run at all exits 1.
 */
import { chromiumVersion } from './environment.ts';
import { FORMATION_SIZES, runFormation, type FormationResult } from './formation.ts';
import { environment, formationFile, printFormation, printThroughput, writeBenchmarksMd, writeResult } from './report.ts';
import { runThroughput } from './throughput.ts';
import { runRelayBench } from './relay.ts';
import { printRelay } from './relay-report.ts';
import { runGossipSimBench } from './gossip-sim.ts';
import { runGossipLatency } from './gossip-latency.ts';
import { runDhtSimBench } from './dht-sim.ts';
import { DHT_TABS, runDhtLatency } from './dht-latency.ts';
import { startJobsWorld } from '../e2e/jobs-fixture.ts';
import { runJobLatency, runJobThroughput } from './jobs-latency.ts';
import { runBrokerFailover } from './jobs-failover.ts';
import { printJobs, type JobsBenchResult } from './jobs-report.ts';
import { runTranslationQuality } from './translation-quality.ts';
import { printTranslation } from './translation-report.ts';
import { runMining } from './mining.ts';
import { runChainBench } from './chain.ts';

const BENCHES = ['formation', 'throughput', 'relay', 'gossip', 'dht', 'jobs', 'translation', 'mining', 'chain'] as const;
type BenchName = (typeof BENCHES)[number];

function isBench(name: string): name is BenchName {
  return (BENCHES as readonly string[]).includes(name);
}

const log = (line: string): void => console.log(line);

const BENCH_RUNNERS: Record<BenchName, (chromium: string) => Promise<string[]>> = {
  formation: async (chromium) => {
    const started = performance.now();
    const results: FormationResult[] = [];
    const errors: string[] = [];
    for (const tabs of FORMATION_SIZES) {
      log(`formation: ${tabs} tabs`);
      try {
        results.push(await runFormation(tabs, log));
      } catch (error) {
        errors.push(`${tabs} tabs: ${String(error)}`);
        log(`  failed: ${String(error)}`);
      }
    }
    const file = formationFile(environment(chromium), results, errors, performance.now() - started);
    log(`  wrote ${writeResult(file)}`);
    printFormation(file, log);
    return errors;
  },
  throughput: async (chromium) => {
    const started = performance.now();
    log('throughput: Tabmesh pair against raw RTCDataChannel pair');
    const result = await runThroughput(log);
    const file = { ...environment(chromium), name: 'throughput' as const, durationMs: performance.now() - started, result };
    log(`  wrote ${writeResult(file)}`);
    printThroughput(file, log);
    return [];
  },
  relay: async (chromium) => {
    const started = performance.now();
    log('relay: direct vs relayed, Tabmesh TURN vs coturn');
    const result = await runRelayBench(log);
    const file = { ...environment(chromium), name: 'relay' as const, durationMs: performance.now() - started, result };
    log(`  wrote ${writeResult(file)}`);
    printRelay(result, log);
    return [];
  },
  gossip: async (chromium) => {
    const started = performance.now();
    log('gossip: simulator at 1 000 and 10 000 nodes');
    const sim = await runGossipSimBench(log);
    log('gossip: announce → notification latency in 48 tabs');
    const browser = await runGossipLatency(log).catch((error: unknown) => ({ error: String(error) }));
    log(`  ${JSON.stringify(browser)}`);
    const file = { ...environment(chromium), name: 'gossip' as const, durationMs: performance.now() - started, result: { sim, browser } };
    log(`  wrote ${writeResult(file)}`);
    return 'error' in browser ? [browser.error] : [];
  },
  dht: async (chromium) => {
    const started = performance.now();
    log('dht: simulator at 1 000 and 10 000 nodes');
    const sim = await runDhtSimBench(log);
    log(`dht: get latency in ${DHT_TABS} tabs`);
    const browser = await runDhtLatency(log).catch((error: unknown) => ({ error: String(error) }));
    log(`  ${JSON.stringify(browser)}`);
    const file = { ...environment(chromium), name: 'dht' as const, durationMs: performance.now() - started, result: { sim, browser } };
    log(`  wrote ${writeResult(file)}`);
    return 'error' in browser ? [browser.error] : [];
  },
  jobs: async (chromium) => {
    const started = performance.now();
    const world = await startJobsWorld();
    const part = <T>(work: Promise<T>): Promise<T | { error: string }> =>
      work.catch((error: unknown) => {
        log(`  failed: ${String(error)}`);
        return { error: String(error) };
      });
    let result: JobsBenchResult;
    try {
      log('jobs: end-to-end latency against tesseract.js alone');
      const latency = await part(runJobLatency(world, log));
      log('jobs: throughput with 1 and 2 transcription tabs');
      const throughput = await part(runJobThroughput(world, log));
      log('jobs: broker failover');
      const failover = await part(runBrokerFailover(world, log));
      result = { latency, throughput, failover };
    } finally {
      await world.close();
    }
    const file = { ...environment(chromium), name: 'jobs' as const, durationMs: performance.now() - started, result };
    log(`  wrote ${writeResult(file)}`);
    printJobs(result, log);
    return Object.values(result).flatMap((r: object) => ('error' in r ? [String(r.error)] : []));
  },
  translation: async (chromium) => {
    const started = performance.now();
    log('translation: chrF and BLEU per engine and language on the sign test set');
    const result = await runTranslationQuality(log);
    const file = { ...environment(chromium), name: 'translation' as const, durationMs: performance.now() - started, result };
    log(`  wrote ${writeResult(file)}`);
    printTranslation(result, log);
    return [];
  },
  mining: (chromium) => runMining(chromium, log),
  chain: (chromium) => runChainBench(chromium, log),
};

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !isBench(name));
  if (unknown.length > 0) {
    console.error(`unknown bench ${unknown.join(', ')}; choose from ${BENCHES.join(', ')}`);
    return 2;
  }
  const selected = asked.length > 0 ? BENCHES.filter((name) => asked.includes(name)) : [...BENCHES];
  if (process.env['TABMESH_NETNS'] !== '1') log('note: not inside the private network namespace (run through scripts/in-netns.ts)');
  const started = performance.now();
  const chromium = await chromiumVersion();
  let failed = false;
  for (const name of selected) {
    try {
      const errors = await BENCH_RUNNERS[name](chromium);
      failed ||= errors.length > 0;
    } catch (error) {
      failed = true;
      console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  writeBenchmarksMd();
  log(`\nBENCHMARKS.md regenerated; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
// @roamhq/wrtc (the relay's and Node workers' peers) can hold the process open after they close.
setTimeout(() => process.exit(), 2000).unref();
