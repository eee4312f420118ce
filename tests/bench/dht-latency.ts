/**
 * DHT get latency in real tabs: 48 tabs form the mesh and the ring; tabs put values, then every
 * tab gets random keys of them and times each get end to end (routing, the successor's answer,
 * the record's check). Baseline from the same run: the RTT of one direct link (a ping between
 * neighbours), since a get is a few such hops there and back.
 */
import type { Page } from 'playwright-core';
import { openTabs, swarmReport, tabInfo, waitFor } from '../e2e/harness.ts';
import { withEnvironment } from './environment.ts';
import { median, percentile } from './stats.ts';

export const DHT_TABS = 48;
const KEYS = 64;
const GETS_PER_TAB = 20;
const FORMED_DEGREE = 4;

export interface DhtLatencyResult {
  tabs: number;
  gets: number;
  failures: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  meanHops: number;
  /** Baseline: one ping over a direct link, median over every tab's neighbours. */
  linkRttP50Ms: number;
  /** Virtual seconds are not involved: wall time from the last tab loaded to one correct ring. */
  ringFormedMs: number;
}

async function successorOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.tabmesh!.dht.ring().successors[0]);
}

export async function runDhtLatency(log: (line: string) => void): Promise<DhtLatencyResult> {
  return withEnvironment(async ({ server, context }) => {
    const pages = await openTabs(context, server.url, DHT_TABS);
    const loaded = performance.now();
    await waitFor('the mesh to form', async () => {
      const r = await swarmReport(pages);
      return r.degree.min >= FORMED_DEGREE && r.components === 1;
    }, 120_000, 500);
    const ids = (await Promise.all(pages.map(tabInfo))).map((i) => i.id);
    const sorted = [...ids].sort();
    const expected = ids.map((id) => sorted[(sorted.indexOf(id) + 1) % sorted.length]);
    await waitFor('one ring', async () => (await Promise.all(pages.map(successorOf))).every((s, i) => s === expected[i]), 180_000, 1000);
    const ringFormedMs = performance.now() - loaded;
    log(`  ${DHT_TABS} tabs meshed, ring formed ${(ringFormedMs / 1000).toFixed(1)} s after the last tab loaded`);

    const keys = await Promise.all(
      Array.from({ length: KEYS }, (_, i) =>
        pages[i % pages.length]!.evaluate(async (n) => {
          const api = window.tabmesh!;
          const key = api.dht.keyOf(`bench-${n}`);
          await api.dht.put(key, new TextEncoder().encode(`value ${n}`));
          return key;
        }, i),
      ),
    );
    log(`  ${KEYS} keys put`);

    const perTab = await Promise.all(
      pages.map((page, t) =>
        page.evaluate(
          async ({ keys, gets, seed }) => {
            const api = window.tabmesh!;
            const out: { ms: number; hops: number; ok: boolean }[] = [];
            for (let i = 0; i < gets; i++) {
              const key = keys[(seed * 7 + i * 13) % keys.length]!;
              const start = performance.now();
              try {
                const r = await api.dht.get(key);
                out.push({ ms: performance.now() - start, hops: r.hops, ok: true });
              } catch {
                out.push({ ms: performance.now() - start, hops: 0, ok: false });
              }
            }
            const rtts: number[] = [];
            for (const peer of api.peers().filter((p) => p.link === 'open')) rtts.push(await api.ping(peer.id).catch(() => Number.NaN));
            return { out, rtts: rtts.filter((r) => Number.isFinite(r)) };
          },
          { keys, gets: GETS_PER_TAB, seed: t },
        ),
      ),
    );
    const all = perTab.flatMap((p) => p.out);
    const ok = all.filter((g) => g.ok);
    const times = ok.map((g) => g.ms).sort((a, b) => a - b);
    const rtts = perTab.flatMap((p) => p.rtts).sort((a, b) => a - b);
    return {
      tabs: DHT_TABS,
      gets: all.length,
      failures: all.length - ok.length,
      p50Ms: median(times) ?? Number.NaN,
      p90Ms: percentile(times, 90) ?? Number.NaN,
      p99Ms: percentile(times, 99) ?? Number.NaN,
      meanHops: ok.reduce((s, g) => s + g.hops, 0) / Math.max(1, ok.length),
      linkRttP50Ms: median(rtts) ?? Number.NaN,
      ringFormedMs,
    };
  });
}
