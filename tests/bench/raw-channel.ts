/**
 * The baseline: a bare RTCDataChannel between two plain pages (no Tabmesh code loaded), with
 * the offer and answer carried by Playwright. Sends use the same 16 KiB messages and the same
 * bufferedAmount high/low water marks as Tabmesh's FramedLink; the receiver times from its
 * first message to its last and does not count the first message's bytes, as Tabmesh does.
 *
 * The functions passed to `page.evaluate` run in the page: they are self-contained and get
 * their constants as arguments.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { MAX_CHANNEL_MESSAGE_BYTES } from '../../web/src/node/wire/constants.ts';
import { TRANSPORT_LIMITS } from '../../web/src/node/transport/types.ts';

/** A blank page on the server's own origin (same origin rules as the Tabmesh tabs). */
const RAW_PAGE_PATH = 'bench-raw-channel.html';
const OPEN_TIMEOUT_MS = 15_000;

interface RawState {
  pc: RTCPeerConnection;
  channel: RTCDataChannel | undefined;
  /** Takes the page's channel (created or announced) and settles `opened` when it opens. */
  adopt: (channel: RTCDataChannel) => void;
  opened: Promise<void>;
  createdAt: number;
  openedAt: number;
  reception: Promise<Reception> | undefined;
}

export interface Reception {
  bytes: number;
  firstMessageBytes: number;
  firstAt: number;
  lastAt: number;
}

type RawWindow = Window & { rawBench?: RawState };

export interface RawPair {
  a: Page;
  b: Page;
  /** Offer created on `a` until its channel opened, timed on `a` (includes two CDP round trips). */
  setupMs: number;
}

/** Two plain pages (no Tabmesh code) joined by a raw data channel. */
export async function openRawPair(context: BrowserContext, origin: string): Promise<RawPair> {
  const url = new URL(RAW_PAGE_PATH, origin).href;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>raw channel</title>' }));
  const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all([a.goto(url), b.goto(url)]);
  return connectRawPair(a, b);
}

/** A raw data channel between any two pages of one browser, e.g. beside Tabmesh's own link. */
export async function connectRawPair(a: Page, b: Page): Promise<RawPair> {
  await Promise.all([a.evaluate(createPeer, { timeoutMs: OPEN_TIMEOUT_MS }), b.evaluate(createPeer, { timeoutMs: OPEN_TIMEOUT_MS })]);
  const offer = await a.evaluate(async () => {
    const state = (window as RawWindow).rawBench!;
    state.adopt(state.pc.createDataChannel('raw'));
    await state.pc.setLocalDescription(await state.pc.createOffer());
    await gathered(state.pc);
    return state.pc.localDescription!.sdp;
    function gathered(pc: RTCPeerConnection): Promise<void> {
      if (pc.iceGatheringState === 'complete') return Promise.resolve();
      return new Promise((resolve) => pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve()));
    }
  });
  const answer = await b.evaluate(async (sdp) => {
    const state = (window as RawWindow).rawBench!;
    state.pc.addEventListener('datachannel', (event) => state.adopt(event.channel));
    await state.pc.setRemoteDescription({ type: 'offer', sdp });
    await state.pc.setLocalDescription(await state.pc.createAnswer());
    await gathered(state.pc);
    return state.pc.localDescription!.sdp;
    function gathered(pc: RTCPeerConnection): Promise<void> {
      if (pc.iceGatheringState === 'complete') return Promise.resolve();
      return new Promise((resolve) => pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve()));
    }
  }, offer);
  await a.evaluate((sdp) => (window as RawWindow).rawBench!.pc.setRemoteDescription({ type: 'answer', sdp }), answer);
  await Promise.all([a, b].map((page) => page.evaluate(async () => void (await (window as RawWindow).rawBench!.opened))));
  const setupMs = await a.evaluate(() => {
    const state = (window as RawWindow).rawBench!;
    return state.openedAt - state.createdAt;
  });
  return { a, b, setupMs };
}

/** Bytes per second from `from` to `to`, as timed by `to`. */
export async function rawThroughput(from: Page, to: Page, bytes: number): Promise<number> {
  await to.evaluate((expected) => {
    const state = (window as RawWindow).rawBench!;
    const channel = state.channel!;
    state.reception = new Promise<Reception>((resolve) => {
      const r: Reception = { bytes: 0, firstMessageBytes: 0, firstAt: 0, lastAt: 0 };
      channel.onmessage = (event: MessageEvent<ArrayBuffer>) => {
        const now = performance.now();
        const size = event.data.byteLength;
        if (r.bytes === 0) {
          r.firstAt = now;
          r.firstMessageBytes = size;
        }
        r.bytes += size;
        r.lastAt = now;
        if (r.bytes >= expected) {
          channel.onmessage = null;
          resolve(r);
        }
      };
    });
  }, bytes);
  await from.evaluate(
    ({ bytes, messageBytes, high, low }) => {
      const channel = (window as RawWindow).rawBench!.channel!;
      const message = new Uint8Array(messageBytes);
      for (let i = 0; i < message.length; i++) message[i] = (i * 31) & 0xff;
      channel.bufferedAmountLowThreshold = low;
      let left = bytes;
      return new Promise<void>((resolve) => {
        const pump = (): void => {
          while (left > 0 && channel.bufferedAmount < high) {
            const size = Math.min(left, messageBytes);
            channel.send(size === messageBytes ? message : message.subarray(0, size));
            left -= size;
          }
          if (left > 0) return;
          channel.onbufferedamountlow = null;
          resolve();
        };
        channel.onbufferedamountlow = pump;
        pump();
      });
    },
    { bytes, messageBytes: MAX_CHANNEL_MESSAGE_BYTES, high: TRANSPORT_LIMITS.highWaterBytes, low: TRANSPORT_LIMITS.lowWaterBytes },
  );
  const r = await to.evaluate(() => (window as RawWindow).rawBench!.reception!);
  const seconds = (r.lastAt - r.firstAt) / 1000;
  return seconds > 0 ? (r.bytes - r.firstMessageBytes) / seconds : 0;
}

/** `count` sequential 8-byte echoes from `from` through `to`; each RTT in ms, timed on `from`. */
export async function rawPings(from: Page, to: Page, count: number): Promise<number[]> {
  await to.evaluate(() => {
    const channel = (window as RawWindow).rawBench!.channel!;
    channel.onmessage = (event: MessageEvent<ArrayBuffer>) => channel.send(event.data);
  });
  return from.evaluate(async (n) => {
    const channel = (window as RawWindow).rawBench!.channel!;
    const rtts: number[] = [];
    const probe = new Uint8Array(8);
    for (let i = 0; i < n; i++) {
      const echoed = new Promise<void>((resolve) => (channel.onmessage = () => resolve()));
      const t0 = performance.now();
      channel.send(probe);
      await echoed;
      rtts.push(performance.now() - t0);
    }
    channel.onmessage = null;
    return rtts;
  }, count);
}

function createPeer({ timeoutMs }: { timeoutMs: number }): void {
  const pc = new RTCPeerConnection({ iceServers: [] });
  let opened = (): void => undefined;
  let failed = (_error: Error): void => undefined;
  const state: RawState = {
    pc,
    channel: undefined,
    adopt: (channel) => {
      channel.binaryType = 'arraybuffer';
      state.channel = channel;
      const open = (): void => {
        state.openedAt ||= performance.now();
        opened();
      };
      if (channel.readyState === 'open') open();
      else channel.addEventListener('open', open);
    },
    opened: new Promise<void>((resolve, reject) => {
      opened = resolve;
      failed = reject;
    }),
    createdAt: performance.now(),
    openedAt: 0,
    reception: undefined,
  };
  const timer = setTimeout(() => failed(new Error('raw data channel did not open')), timeoutMs);
  void state.opened.then(() => clearTimeout(timer), () => undefined);
  (window as RawWindow).rawBench = state;
}
