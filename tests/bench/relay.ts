/**
 * Relayed against direct, and Tabmesh's TURN server against coturn: three pairs of tabs in one
 * browser, each pair on its own signaling server — one linked directly, one with `?relay=only`
 * through Tabmesh's TURN server (relay/src/turn), one with `?relay=only` through coturn holding
 * the same shared secret. Rounds alternate the three pairs, so all see the same machine.
 */
import type { Page } from 'playwright-core';
import { startTurnServer, type TurnServer } from '../../relay/src/turn/index.ts';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { registerRelay, startCoturn, type Coturn, type FakeRelay } from '../support/fake-relay.ts';
import { launchBrowser, openTabs, TEST_TURN_ALLOCATIONS_PER_ADDRESS, TEST_TURN_PEER_RANGES, waitFor } from '../e2e/harness.ts';
import { median, MIB, percentile, ratio } from './stats.ts';

export const RELAY_BENCH_BYTES = 4 * MIB;
export const RELAY_BENCH_ROUNDS = 5;
const PINGS = 30;
/** Goal from the issue: Tabmesh's relay moves at least 0.8× what coturn moves. */
export const RELAY_GOAL = 0.8;
const SECRET = 'bench-relay-secret-0123456789';
const LINK_TIMEOUT_MS = 60_000;

export type Path = 'direct' | 'tabmesh' | 'coturn';
export const PATHS: readonly Path[] = ['direct', 'tabmesh', 'coturn'];

export interface PathFigures {
  /** Median over rounds of (up + down) / 2, bytes per second. */
  bps: number;
  rounds: number[];
  rttMedianMs: number;
  rttP90Ms: number;
}

export interface RelayBenchResult {
  bytes: number;
  rounds: number;
  address: string;
  paths: Record<Path, PathFigures>;
  relayedOverDirect: number | null;
  tabmeshOverCoturn: number | null;
  goal: number;
  goalMet: boolean;
}

interface Pair {
  path: Path;
  a: Page;
  bId: string;
}

export async function runRelayBench(log: (line: string) => void): Promise<RelayBenchResult> {
  const address = process.env['TABMESH_NETNS'] === '1' ? '10.77.0.1' : '127.0.0.1';
  const servers: SignalingServer[] = [];
  const relays: FakeRelay[] = [];
  let turn: TurnServer | undefined;
  let coturn: Coturn | undefined;
  const browser = await launchBrowser();
  try {
    turn = await startTurnServer({
      port: 0,
      host: address,
      relayAddress: address,
      secret: SECRET,
      allowLoopbackPeers: true,
      allowedPeerRanges: TEST_TURN_PEER_RANGES,
      maxAllocationsPerUser: 64,
      maxAllocationsPerAddress: TEST_TURN_ALLOCATIONS_PER_ADDRESS,
    });
    coturn = await startCoturn({ secret: SECRET, address, minPort: 49_300, maxPort: 49_400 });
    const urls: Record<Path, string | undefined> = {
      direct: undefined,
      tabmesh: `turn:${address}:${turn.port}?transport=udp`,
      coturn: `turn:${address}:${coturn.port}?transport=udp`,
    };
    const context = await browser.newContext();
    const pairs: Pair[] = [];
    for (const path of PATHS) {
      const server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', turnSecret: SECRET });
      servers.push(server);
      const turnUrl = urls[path];
      if (turnUrl !== undefined) relays.push(await registerRelay(server.url, [turnUrl], SECRET));
      const pages = await openTabs(context, path === 'direct' ? server.url : `${server.url}?relay=only`, 2);
      pairs.push({ path, a: pages[0]!, bId: await linkedPeer(pages) });
      log(`  ${path}: pair linked`);
    }
    // The first bulk transfer on a fresh channel runs far slower; one uncounted round first.
    for (const pair of pairs) await transfer(pair, RELAY_BENCH_BYTES);
    const samples = Object.fromEntries(PATHS.map((p) => [p, { bps: [] as number[], rtts: [] as number[], roundRtts: [] as number[] }]));
    for (let round = 1; round <= RELAY_BENCH_ROUNDS; round++) {
      const line: string[] = [];
      for (const pair of pairs) {
        const bps = await transfer(pair, RELAY_BENCH_BYTES);
        const rtts = await pings(pair);
        const s = samples[pair.path]!;
        s.bps.push(bps);
        s.rtts.push(...rtts);
        s.roundRtts.push(median(rtts) ?? Number.NaN);
        line.push(`${pair.path} ${(bps / 1e6).toFixed(1)} MB/s ${(median(rtts) ?? 0).toFixed(2)} ms`);
      }
      log(`  round ${round}: ${line.join(', ')}`);
    }
    const paths = Object.fromEntries(
      PATHS.map((p) => {
        const s = samples[p]!;
        return [p, { bps: median(s.bps) ?? 0, rounds: s.bps, rttMedianMs: median(s.roundRtts) ?? 0, rttP90Ms: percentile(s.rtts, 90) ?? 0 }];
      }),
    ) as Record<Path, PathFigures>;
    const tabmeshOverCoturn = ratio(paths.tabmesh.bps, paths.coturn.bps);
    return {
      bytes: RELAY_BENCH_BYTES,
      rounds: RELAY_BENCH_ROUNDS,
      address,
      paths,
      relayedOverDirect: ratio(paths.tabmesh.bps, paths.direct.bps),
      tabmeshOverCoturn,
      goal: RELAY_GOAL,
      goalMet: tabmeshOverCoturn !== null && tabmeshOverCoturn >= RELAY_GOAL,
    };
  } finally {
    await browser.close().catch(() => undefined);
    for (const relay of relays) relay.close();
    for (const server of servers) await server.close().catch(() => undefined);
    await turn?.close().catch(() => undefined);
    await coturn?.stop().catch(() => undefined);
  }
}

async function linkedPeer(pages: Page[]): Promise<string> {
  const [a, b] = pages as [Page, Page];
  const bId = await b.evaluate(() => window.tabmesh!.id);
  await waitFor('the pair to link', () => a.evaluate((id) => window.tabmesh!.peers().some((p) => p.id === id && p.link === 'open'), bId), LINK_TIMEOUT_MS, 100);
  return bId;
}

/** Mean of both directions, bytes per second, timed by each receiver. */
async function transfer(pair: Pair, bytes: number): Promise<number> {
  const m = await pair.a.evaluate(([peer, n]) => window.tabmesh!.measureThroughput(peer, { bytes: n }), [pair.bId, bytes] as const);
  return (m.upBps + m.downBps) / 2;
}

async function pings(pair: Pair): Promise<number[]> {
  return pair.a.evaluate(
    async ([peer, n]) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(await window.tabmesh!.ping(peer));
      return out;
    },
    [pair.bId, PINGS] as const,
  );
}
