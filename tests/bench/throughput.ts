/**
 * Data-channel throughput and RTT between two tabs: Tabmesh (two tabs that are each other's
 * only neighbour) against a bare RTCDataChannel between two plain pages, in the same browser
 * context and the same run. The rounds alternate Tabmesh and raw so that any drift of the
 * machine hits both alike; each figure is the median of its rounds.
 *
 * Tabmesh: `measureThroughput(neighbour, {bytes})` on tab A gives downBps (B→A) and upBps (A→B),
 * each timed by its receiver; `ping` × PINGS gives RTTs. Raw: the same bytes as 16 KiB messages
 * under the same high/low water marks, each direction timed by its receiver; 8-byte echoes.
 */
import type { Page } from 'playwright-core';
import { THROUGHPUT_MAX_REQUEST_BYTES } from '../../web/src/node/peers/constants.ts';
import { openTabs, waitFor } from '../e2e/harness.ts';
import { withEnvironment } from './environment.ts';
import { openRawPair, rawPings, rawThroughput } from './raw-channel.ts';
import { median, MIB, ratio } from './stats.ts';

/**
 * Bytes per direction per round. 16 MiB was asked for, but a Tabmesh peer refuses to serve more
 * than THROUGHPUT_MAX_REQUEST_BYTES (8 MiB) per request, so both sides move that much.
 */
export const THROUGHPUT_BYTES = Math.min(16 * MIB, THROUGHPUT_MAX_REQUEST_BYTES);
export const ROUNDS = 3;
export const PINGS = 50;
/** Tabmesh wants this fraction of the raw channel's throughput. */
export const THROUGHPUT_GOAL = 0.9;
const LINK_TIMEOUT_MS = 30_000;

export interface DirectionFigures {
  /** Median over the rounds, bytes per second. */
  tabmeshBps: number;
  rawBps: number;
  ratio: number | null;
  goalMet: boolean;
  tabmeshRounds: number[];
  rawRounds: number[];
}

export interface ThroughputResult {
  bytesPerDirection: number;
  rounds: number;
  pings: number;
  /** A→B: Tabmesh upBps of A against raw a→b. */
  up: DirectionFigures;
  /** B→A: Tabmesh downBps of A against raw b→a. */
  down: DirectionFigures;
  goal: number;
  goalMet: boolean;
  rtt: {
    /** Median over the rounds of each round's median of PINGS probes, ms. */
    tabmeshMedianMs: number;
    rawMedianMs: number;
    tabmeshP90Ms: number;
    rawP90Ms: number;
    ratio: number | null;
  };
  /** Offer to open channel for the raw pair, signaled by Playwright (for reference). */
  rawSetupMs: number;
}

export async function runThroughput(log: (line: string) => void): Promise<ThroughputResult> {
  return withEnvironment(async ({ server, context }) => {
    const [tabA, tabB] = (await openTabs(context, server.url, 2)) as [Page, Page];
    const idB = await waitFor(
      'the two Tabmesh tabs to link',
      () => tabA.evaluate(() => window.tabmesh!.peers().find((p) => p.link === 'open')?.id),
      LINK_TIMEOUT_MS,
      100,
    );
    const raw = await openRawPair(context, server.url);
    log(`  pairs ready (raw channel set-up ${raw.setupMs.toFixed(0)} ms)`);

    const up = { tabmesh: [] as number[], raw: [] as number[] };
    const down = { tabmesh: [] as number[], raw: [] as number[] };
    const rtt = { tabmesh: [] as number[][], raw: [] as number[][] };
    for (let round = 1; round <= ROUNDS; round++) {
      const measured = await tabA.evaluate(([id, bytes]) => window.tabmesh!.measureThroughput(id, { bytes }), [idB, THROUGHPUT_BYTES] as const);
      if (measured.bytes !== THROUGHPUT_BYTES) throw new Error(`Tabmesh measured ${measured.bytes} bytes, asked ${THROUGHPUT_BYTES}`);
      up.tabmesh.push(measured.upBps);
      down.tabmesh.push(measured.downBps);
      up.raw.push(await rawThroughput(raw.a, raw.b, THROUGHPUT_BYTES));
      down.raw.push(await rawThroughput(raw.b, raw.a, THROUGHPUT_BYTES));
      rtt.tabmesh.push(await tabmeshPings(tabA, idB, PINGS));
      rtt.raw.push(await rawPings(raw.a, raw.b, PINGS));
      log(
        `  round ${round}: tabmesh up ${mbps(measured.upBps)} down ${mbps(measured.downBps)} MB/s, ` +
          `raw a→b ${mbps(up.raw.at(-1)!)} b→a ${mbps(down.raw.at(-1)!)} MB/s, ` +
          `rtt tabmesh ${median(rtt.tabmesh.at(-1)!)!.toFixed(2)} raw ${median(rtt.raw.at(-1)!)!.toFixed(2)} ms`,
      );
    }

    const upFigures = direction(up.tabmesh, up.raw);
    const downFigures = direction(down.tabmesh, down.raw);
    const roundMedians = (rounds: number[][]): number => median(rounds.map((r) => median(r) as number)) as number;
    const roundP90 = (rounds: number[][]): number => {
      const all = rounds.flat().sort((a, b) => a - b);
      return all[Math.ceil(0.9 * all.length) - 1] as number;
    };
    const tabmeshMedianMs = roundMedians(rtt.tabmesh);
    const rawMedianMs = roundMedians(rtt.raw);
    return {
      bytesPerDirection: THROUGHPUT_BYTES,
      rounds: ROUNDS,
      pings: PINGS,
      up: upFigures,
      down: downFigures,
      goal: THROUGHPUT_GOAL,
      goalMet: upFigures.goalMet && downFigures.goalMet,
      rtt: {
        tabmeshMedianMs,
        rawMedianMs,
        tabmeshP90Ms: roundP90(rtt.tabmesh),
        rawP90Ms: roundP90(rtt.raw),
        ratio: ratio(tabmeshMedianMs, rawMedianMs),
      },
      rawSetupMs: raw.setupMs,
    };
  });
}

function direction(tabmeshRounds: number[], rawRounds: number[]): DirectionFigures {
  const tabmeshBps = median(tabmeshRounds) as number;
  const rawBps = median(rawRounds) as number;
  const r = ratio(tabmeshBps, rawBps);
  return { tabmeshBps, rawBps, ratio: r, goalMet: r !== null && r >= THROUGHPUT_GOAL, tabmeshRounds, rawRounds };
}

function tabmeshPings(page: Page, id: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ([peer, n]) => {
      const rtts: number[] = [];
      for (let i = 0; i < n; i++) rtts.push(await window.tabmesh!.ping(peer));
      return rtts;
    },
    [id, count] as const,
  );
}

function mbps(bps: number): string {
  return (bps / 1e6).toFixed(1);
}
