/**
 * Announce → notification latency in real tabs: 48 tabs subscribe to one data type and validate
 * every notification at once; one tab announces a series of rumours carrying their send time
 * (Date.now(), one clock for every tab of the machine); each tab records arrival minus send.
 */
import type { Page } from 'playwright-core';
import { openTabs, swarmReport, waitFor } from '../e2e/harness.ts';
import { withEnvironment } from './environment.ts';
import { median, percentile } from './stats.ts';

export const GOSSIP_TABS = 48;
const ANNOUNCES = 20;
const DATA_TYPE = 4242;
/** Rumours are sent this far apart, so each one's spread is measured on a quiet mesh. */
const ANNOUNCE_GAP_MS = 250;
const FORMED_DEGREE = 4;

export interface GossipLatencyResult {
  tabs: number;
  announces: number;
  /** Fraction of (tab, rumour) pairs that arrived. */
  coverage: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

declare global {
  interface Window {
    __gossipLatencies?: number[];
  }
}

async function listen(page: Page): Promise<void> {
  await page.evaluate((dataType) => {
    const api = window.tabmesh as unknown as { gossip: import('../../web/src/node/gossip/api.ts').GossipApi };
    window.__gossipLatencies = [];
    api.gossip.subscribe(dataType, (n) => {
      api.gossip.validate(n.id, true);
      const sent = Number(new TextDecoder().decode(n.data));
      window.__gossipLatencies!.push(Date.now() - sent);
    });
  }, DATA_TYPE);
}

export async function runGossipLatency(log: (line: string) => void): Promise<GossipLatencyResult> {
  return withEnvironment(async ({ server, context }) => {
    const pages = await openTabs(context, server.url, GOSSIP_TABS);
    await waitFor('the mesh to form', async () => {
      const r = await swarmReport(pages);
      return r.degree.min >= FORMED_DEGREE && r.components === 1;
    }, 120_000, 500);
    log(`  ${GOSSIP_TABS} tabs meshed`);
    await Promise.all(pages.map(listen));
    const [announcer, ...listeners] = pages as [Page, ...Page[]];
    for (let i = 0; i < ANNOUNCES; i++) {
      await announcer.evaluate((dataType) => {
        const api = window.tabmesh as unknown as { gossip: import('../../web/src/node/gossip/api.ts').GossipApi };
        api.gossip.announce(0, dataType, new TextEncoder().encode(String(Date.now())));
      }, DATA_TYPE);
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_GAP_MS));
    }
    const expected = listeners.length * ANNOUNCES;
    const all = await waitFor('every rumour at every tab (or the bound)', async () => {
      const lists = await Promise.all(listeners.map((p) => p.evaluate(() => window.__gossipLatencies ?? [])));
      const flat = lists.flat();
      return flat.length >= expected ? flat : undefined;
    }, 30_000, 250).catch(async () => (await Promise.all(listeners.map((p) => p.evaluate(() => window.__gossipLatencies ?? [])))).flat());
    const sorted = [...all].sort((a, b) => a - b);
    return {
      tabs: GOSSIP_TABS,
      announces: ANNOUNCES,
      coverage: all.length / expected,
      p50Ms: median(sorted) ?? Number.NaN,
      p90Ms: percentile(sorted, 90) ?? Number.NaN,
      p99Ms: percentile(sorted, 99) ?? Number.NaN,
      maxMs: sorted.at(-1) ?? Number.NaN,
    };
  });
}
