/**
 * The swarm harness: real Chromium tabs against a real signaling server. Used by the e2e tests,
 * the benchmarks and `npm run swarm`.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { PeerRow } from '../../web/src/node/api.ts';
import { connectedComponents, degreeStats, symmetric, type Adjacency } from '../support/graph.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  // tabs in the background must keep their timers running at full rate
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * TURN servers the tests start relay inside scripts/in-netns.ts's private network (10.77.0.0/24),
 * which a relay refuses by default (private range): tests allow it, as an operator would.
 */
export const TEST_TURN_PEER_RANGES: readonly string[] = ['10.77.0.0/24'];
/** Every tab of a test shares one address, so a relay's per-address allocation cap must fit them all. */
export const TEST_TURN_ALLOCATIONS_PER_ADDRESS = 4096;

/** The relay's TURN address: the veth end inside scripts/in-netns.ts, else loopback. */
export const TEST_RELAY_ADDRESS = process.env['TABMESH_NETNS'] === '1' ? '10.77.0.1' : '127.0.0.1';

/** A relay's environment for browser tests: every port free, TURN on the test address, mail to a sink. */
export function testRelayEnv(o: { signalingUrl: string; dataDir: string; smtpPort: number; mailFrom: string }): Record<string, string> {
  return {
    SIGNALING_URL: o.signalingUrl,
    DATA_DIR: o.dataDir,
    TURN_PORT: '0',
    GOSSIP_API_PORT: '0',
    DHT_API_PORT: '0',
    BTPEER_PORT: '0',
    TURN_HOST: TEST_RELAY_ADDRESS,
    TURN_RELAY_IP: TEST_RELAY_ADDRESS,
    TURN_ALLOW_LOOPBACK_PEERS: TEST_RELAY_ADDRESS === '127.0.0.1' ? '1' : '',
    TURN_ALLOWED_PEER_RANGES: TEST_TURN_PEER_RANGES.join(','),
    TURN_MAX_ALLOCATIONS_PER_ADDRESS: String(TEST_TURN_ALLOCATIONS_PER_ADDRESS),
    RELAY_HTTP_HOST: '127.0.0.1',
    RELAY_HTTP_PORT: '0',
    SMTP_URL: `smtp://127.0.0.1:${o.smtpPort}`,
    MAIL_FROM: o.mailFrom,
  };
}

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** Polls `check` until it returns a truthy value; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeoutMs: number, everyMs = 200): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface TabInfo {
  id: string;
  degree: number;
  neighbours: string[];
  peers: PeerRow[];
  signaling: string;
}

export async function tabInfo(page: Page): Promise<TabInfo> {
  return page.evaluate(async () => {
    const api = await window.tabmeshReady;
    if (!api) throw new Error('no tabmesh');
    const status = api.status();
    const peers = api.peers();
    return { id: status.id, degree: status.degree, neighbours: peers.filter((p) => p.link === 'open').map((p) => p.id), peers, signaling: status.signaling };
  });
}

/** Opens `n` tabs in one context (they share IndexedDB; each claims its own identity slot). */
export async function openTabs(context: BrowserContext, url: string, n: number, batch = 8): Promise<Page[]> {
  const pages: Page[] = [];
  for (let i = 0; i < n; i += batch) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(batch, n - i) }, async () => {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`[tab] ${error.message}`));
        await page.goto(url);
        await page.waitForFunction(() => window.tabmesh !== undefined, undefined, { timeout: 30_000 });
        return page;
      }),
    );
    pages.push(...opened);
  }
  return pages;
}

export interface SwarmReport {
  tabs: number;
  degree: { min: number; max: number; mean: number };
  components: number;
  /** Median of every measured neighbour latency (ms), when any. */
  medianLatencyMs: number | undefined;
  infos: TabInfo[];
}

export async function swarmReport(pages: Page[]): Promise<SwarmReport> {
  const infos = await Promise.all(pages.map(tabInfo));
  const adjacency: Adjacency = {};
  for (const info of infos) adjacency[info.id] = info.neighbours;
  const graph = symmetric(adjacency);
  const latencies = infos
    .flatMap((i) => i.peers.filter((p) => p.link === 'open').map((p) => p.latencyMs))
    .filter((x): x is number => x !== undefined)
    .sort((a, b) => a - b);
  return {
    tabs: infos.length,
    degree: degreeStats(graph),
    components: connectedComponents(graph).length,
    medianLatencyMs: latencies.length > 0 ? latencies[Math.floor(latencies.length / 2)] : undefined,
    infos,
  };
}

export function formatReport(report: SwarmReport): string {
  const lines = [
    `tabs ${report.tabs}  components ${report.components}  degree min ${report.degree.min} mean ${report.degree.mean.toFixed(1)} max ${report.degree.max}` +
      (report.medianLatencyMs !== undefined ? `  median latency ${report.medianLatencyMs.toFixed(2)} ms` : ''),
  ];
  for (const info of report.infos) {
    const open = info.peers.filter((p) => p.link === 'open');
    const rtts = open.map((p) => (p.srttMs === undefined ? '?' : p.srttMs.toFixed(1))).join(' ');
    lines.push(`  ${info.id.slice(0, 8)}  degree ${String(info.degree).padStart(2)}  ${info.signaling.padEnd(12)} rtt ms: ${rtts}`);
  }
  return lines.join('\n');
}

/** Waits until every tab has `minDegree` open channels and the tabs form one component. */
export function waitForMesh(pages: Page[], minDegree: number, timeoutMs: number): Promise<SwarmReport> {
  return waitFor(
    `every tab to reach ${minDegree} open data channels in one component`,
    async () => {
      const report = await swarmReport(pages);
      return report.degree.min >= minDegree && report.components === 1 ? report : undefined;
    },
    timeoutMs,
    500,
  );
}
