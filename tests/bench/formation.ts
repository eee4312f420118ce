/**
 * Swarm formation: N tabs in one browser context against one signaling server.
 *
 * - formation: from the first `newPage()` until every tab reports `status().degree >= 4`
 *   (polled on all tabs every ~100 ms), and until every tab reaches its target degree;
 * - connection set-up: after the swarm has settled, `window.tabmesh.connect(id)` timed inside
 *   the tab towards non-neighbours — dial, ICE gathering, signed offer/answer through the server,
 *   DTLS and SCTP, until the data channel is open and the link adopted;
 * - idle CPU: CPU time of every Chromium process over IDLE_CPU_WINDOW_MS of the settled swarm;
 * - memory: the proportional set size (PSS, /proc smaps_rollup) of every Chromium process minus
 *   that of the same browser before any tab, divided by N; and each tab's
 *   `performance.memory.usedJSHeapSize` (precise-memory-info on).
 */
import type { Page } from 'playwright-core';
import { openTabs, swarmReport } from '../e2e/harness.ts';
import { chromiumCpuMs, chromiumMemory, withEnvironment } from './environment.ts';
import { median, percentile } from './stats.ts';
import { DEFAULT_TARGET_DEGREE, INBOUND_DEGREE_FACTOR, MIN_INBOUND_DEGREE } from '../../web/src/node/peers/constants.ts';

/** Offers are answered only below this (see ConnectionManager.maxInboundDegree). */
const INBOUND_CAP = Math.max(INBOUND_DEGREE_FACTOR * DEFAULT_TARGET_DEGREE, MIN_INBOUND_DEGREE);

/** The sizes measured; `FORMATION_SIZES=16,48` runs fewer (a quick guard run after a change). */
export const FORMATION_SIZES: readonly number[] = process.env['FORMATION_SIZES']?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 1) ?? [16, 48, 96];
/** Open data channels every tab must have for the swarm to count as formed. */
export const FORMED_DEGREE = 4;
const POLL_EVERY_MS = 100;
/** Bound on formation; far above what any size takes, so a stall fails instead of hanging. */
const FORMATION_TIMEOUT_MS = 120_000;
/** Bound on reaching the target degree after formation; missing it is reported, not fatal. */
const SETTLE_TIMEOUT_MS = 30_000;
/** Timed dials per swarm size, and how many run at once (the manager's own MAX_PARALLEL_DIALS). */
const SETUP_SAMPLES = 24;
const SETUP_CONCURRENCY = 3;
/** Window over which the settled swarm's CPU use is measured: one probe round (5 s) fits in it. */
const IDLE_CPU_WINDOW_MS = 5_000;

export interface SetupStats {
  samples: number;
  failures: number;
  medianMs: number | null;
  p90Ms: number | null;
  maxMs: number | null;
}

export interface FormationResult {
  tabs: number;
  /** Until every tab had `window.tabmesh`. */
  loadMs: number;
  /** Until every tab had degree >= FORMED_DEGREE. */
  formedMs: number;
  /** Until every tab had degree >= its target degree; null if not within SETTLE_TIMEOUT_MS. */
  settledMs: number | null;
  targetDegree: number;
  degreeAtFormed: { min: number; mean: number; max: number; components: number };
  degreeAtSettled: { min: number; mean: number; max: number; components: number };
  setup: SetupStats;
  setupErrors: string[];
  memory: {
    pssTotalBytes: number;
    pssIdleBrowserBytes: number;
    pssPerTabBytes: number;
    rssTotalBytes: number;
    jsHeapPerTabMedianBytes: number | null;
    renderers: number;
  };
  /** CPU used by all Chromium processes of the settled, otherwise idle swarm, per tab. */
  idleCpuPercentOfCorePerTab: number;
}

export async function runFormation(tabs: number, log: (line: string) => void): Promise<FormationResult> {
  return withEnvironment(async ({ server, context }) => {
    const idle = chromiumMemory();
    const startedAt = performance.now();
    const pages = await openTabs(context, server.url, tabs);
    const loadMs = performance.now() - startedAt;
    log(`  ${tabs} tabs loaded in ${(loadMs / 1000).toFixed(1)} s`);

    const targetDegree = await pages[0]!.evaluate(() => window.tabmesh!.status().targetDegree);
    // Bounded from the last load, not the first: loading is reported on its own and grows with the swarm.
    const formedAt = await whenMinDegree(pages, FORMED_DEGREE, performance.now() + FORMATION_TIMEOUT_MS);
    if (formedAt === undefined) throw new Error(`${tabs} tabs: not every tab reached degree ${FORMED_DEGREE} within ${FORMATION_TIMEOUT_MS} ms of the last load`);
    // the graph as it was at formation, before the swarm moves on towards its target degree
    const formedReport = await swarmReport(pages);
    const settledAt = await whenMinDegree(pages, targetDegree, formedAt + SETTLE_TIMEOUT_MS);
    const formedMs = formedAt - startedAt;
    const settledMs = settledAt === undefined ? null : settledAt - startedAt;
    const settledReport = await swarmReport(pages);
    log(
      `  formed (all >= ${FORMED_DEGREE}) at ${(formedMs / 1000).toFixed(2)} s, ` +
        (settledMs === null ? `target ${targetDegree} not reached by all` : `all at target ${targetDegree} at ${(settledMs / 1000).toFixed(2)} s`),
    );

    const memory = chromiumMemory();
    const heaps = await Promise.all(pages.map((page) => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize)));

    const cpuBefore = chromiumCpuMs();
    const windowStart = performance.now();
    await pause(IDLE_CPU_WINDOW_MS);
    const idleCpu = (chromiumCpuMs() - cpuBefore) / (performance.now() - windowStart) / tabs;

    const ids = settledReport.infos.map((info) => info.id);
    // Only tabs below the soft inbound cap answer offers; dial those.
    const degrees = await Promise.all(pages.map((page) => page.evaluate(() => window.tabmesh?.status().degree ?? 0)));
    const open = ids.filter((_, i) => (degrees[i] ?? 0) < INBOUND_CAP - 1);
    const { times, errors } = await timeDials(pages, open);
    log(`  ${times.length} timed dials, ${errors.length} failed`);

    return {
      tabs,
      loadMs,
      formedMs,
      settledMs,
      targetDegree,
      degreeAtFormed: { ...formedReport.degree, components: formedReport.components },
      degreeAtSettled: { ...settledReport.degree, components: settledReport.components },
      setup: {
        samples: times.length,
        failures: errors.length,
        medianMs: median(times) ?? null,
        p90Ms: percentile(times, 90) ?? null,
        maxMs: times.length > 0 ? Math.max(...times) : null,
      },
      setupErrors: [...new Set(errors)].slice(0, 5),
      memory: {
        pssTotalBytes: memory.pssBytes,
        pssIdleBrowserBytes: idle.pssBytes,
        pssPerTabBytes: (memory.pssBytes - idle.pssBytes) / tabs,
        rssTotalBytes: memory.rssBytes,
        jsHeapPerTabMedianBytes: median(heaps) ?? null,
        renderers: memory.renderers,
      },
      idleCpuPercentOfCorePerTab: idleCpu * 100,
    };
  });
}

/**
 * Polls every tab's degree every POLL_EVERY_MS; the performance.now() of the first poll that
 * found all at `degree` or more, or undefined once past `deadline`.
 */
async function whenMinDegree(pages: Page[], degree: number, deadline: number): Promise<number | undefined> {
  for (;;) {
    const degrees = await Promise.all(pages.map((page) => page.evaluate(() => window.tabmesh?.status().degree ?? 0)));
    const now = performance.now();
    if (Math.min(...degrees) >= degree) return now;
    if (now > deadline) return undefined;
    await pause(POLL_EVERY_MS);
  }
}

/**
 * SETUP_SAMPLES dials, SETUP_CONCURRENCY at a time, each from the next tab in turn (or the next
 * after it that still has one) to a random tab it has no link, open or dialing, to. Timed in the
 * tab with performance.now().
 */
async function timeDials(pages: Page[], ids: string[]): Promise<{ times: number[]; errors: string[] }> {
  const times: number[] = [];
  const errors: string[] = [];
  const stride = Math.max(1, Math.floor(pages.length / SETUP_SAMPLES));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < SETUP_SAMPLES) {
      const first = next++ * stride;
      for (let tried = 0; tried < pages.length; tried++) {
        const outcome = await dialOne(pages[(first + tried) % pages.length] as Page, ids);
        if (outcome === 'no-candidate') continue;
        if (typeof outcome === 'number') times.push(outcome);
        else errors.push(outcome.error);
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: SETUP_CONCURRENCY }, worker));
  return { times, errors };
}

/** Milliseconds for one timed connect() from `page`, its error, or 'no-candidate'. */
async function dialOne(page: Page, ids: string[]): Promise<number | { error: string } | 'no-candidate'> {
  return page.evaluate(async (all) => {
    const api = window.tabmesh!;
    const linked = new Set(api.peers().filter((p) => p.link !== 'none').map((p) => p.id));
    const candidates = all.filter((id) => id !== api.id && !linked.has(id));
    const target = candidates[Math.floor(Math.random() * candidates.length)];
    if (target === undefined) return 'no-candidate' as const;
    const t0 = performance.now();
    try {
      await api.connect(target);
      return performance.now() - t0;
    } catch (error) {
      return { error: String(error) };
    }
  }, ids);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
