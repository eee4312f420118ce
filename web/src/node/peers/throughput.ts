/**
 * Throughput measured by moving real bytes over the real link (seed 002's speed test gave wrong
 * numbers because it timed local work). Both directions are timed by the receiving side, from
 * its first speedData frame to its last, so neither clock skew nor the request's RTT counts.
 *
 * speedRequest with bytes > 0 asks the peer to send that many bytes under testId; with
 * bytes = 0 it asks for a speedReport on what the peer received under testId.
 */
import type { Clock, Random } from '../base/clock.ts';
import { ERROR_CODES, TabmeshError, type ErrorCode } from '../base/errors.ts';
import type { Link } from '../transport/types.ts';
import { PEER_MESSAGES, type PeerMessageOf } from '../wire/messages.ts';
import type { PeerId } from '../base/peer-id.ts';
import {
  THROUGHPUT_BUDGET_BYTES_PER_MINUTE,
  THROUGHPUT_FRAME_PAYLOAD_BYTES,
  THROUGHPUT_MAX_REQUEST_BYTES,
  THROUGHPUT_TIMEOUT_MS,
} from './constants.ts';

const MINUTE_MS = 60_000;
/** Incoming tests remembered per link, so a report can be asked for after the data. */
const MAX_TRACKED_TESTS = 4;

interface Reception {
  testId: number;
  bytes: number;
  firstFrameBytes: number;
  firstAt: number;
  lastAt: number;
}

interface PendingDownload {
  peer: PeerId;
  expected: Reception & { wanted: number };
  resolve: (bps: number) => void;
}

interface PendingReport {
  peer: PeerId;
  resolve: (report: PeerMessageOf<'speedReport'>) => void;
}

export interface ThroughputMeasurement {
  downBps: number;
  upBps: number;
  bytes: number;
}

function rate(r: Reception): number {
  const seconds = (r.lastAt - r.firstAt) / 1000;
  const counted = r.bytes - r.firstFrameBytes;
  return seconds > 0 && counted > 0 ? counted / seconds : 0;
}

export class ThroughputService {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #received = new Map<PeerId, Reception[]>();
  readonly #downloads = new Map<number, PendingDownload>();
  readonly #reports = new Map<number, PendingReport>();
  /** Bytes served on request in the current minute, for the budget. */
  #servedWindowStart = 0;
  #servedBytes = 0;

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
  }

  async measure(link: Link, bytes: number, signal?: AbortSignal): Promise<ThroughputMeasurement> {
    const controller = new AbortController();
    const timer = this.#clock.setTimeout(
      () => controller.abort(new TabmeshError('timeout', 'throughput test timed out')),
      THROUGHPUT_TIMEOUT_MS,
    );
    if (signal) onAbort(signal, () => controller.abort(signal.reason));
    try {
      const downBps = await this.#download(link, bytes, controller.signal);
      const upBps = await this.#upload(link, bytes, controller.signal);
      return { downBps, upBps, bytes };
    } finally {
      this.#clock.clearTimeout(timer);
    }
  }

  onSpeedData(link: Link, msg: PeerMessageOf<'speedData'>): void {
    const now = this.#clock.now();
    const pending = this.#downloads.get(msg.testId);
    if (pending && pending.peer === link.remoteId) {
      accumulate(pending.expected, msg.payload.length, now);
      if (pending.expected.bytes >= pending.expected.wanted) {
        this.#downloads.delete(msg.testId);
        pending.resolve(rate(pending.expected));
      }
      return;
    }
    const list = this.#received.get(link.remoteId) ?? [];
    let reception = list.find((r) => r.testId === msg.testId);
    if (!reception) {
      reception = { testId: msg.testId, bytes: 0, firstFrameBytes: 0, firstAt: now, lastAt: now };
      list.push(reception);
      if (list.length > MAX_TRACKED_TESTS) list.shift();
      this.#received.set(link.remoteId, list);
    }
    accumulate(reception, msg.payload.length, now);
  }

  onSpeedRequest(link: Link, msg: PeerMessageOf<'speedRequest'>): void {
    if (msg.bytes === 0) {
      const reception = this.#received.get(link.remoteId)?.find((r) => r.testId === msg.testId);
      const elapsedUs = reception ? Math.min(Math.round((reception.lastAt - reception.firstAt) * 1000), 0xffffffff) : 0;
      const counted = reception ? reception.bytes - reception.firstFrameBytes : 0;
      link.send(PEER_MESSAGES.encode({ kind: 'speedReport', testId: msg.testId, bytes: counted, elapsedUs }));
      return;
    }
    const now = this.#clock.now();
    if (now - this.#servedWindowStart > MINUTE_MS) {
      this.#servedWindowStart = now;
      this.#servedBytes = 0;
    }
    if (msg.bytes > THROUGHPUT_MAX_REQUEST_BYTES || this.#servedBytes + msg.bytes > THROUGHPUT_BUDGET_BYTES_PER_MINUTE) {
      link.send(PEER_MESSAGES.encode({ kind: 'error', code: errorIndex('rate-limited'), context: msg.testId }));
      return;
    }
    this.#servedBytes += msg.bytes;
    this.#stream(link, msg.testId, msg.bytes).catch(() => undefined);
  }

  onSpeedReport(link: Link, msg: PeerMessageOf<'speedReport'>): void {
    const pending = this.#reports.get(msg.testId);
    if (!pending || pending.peer !== link.remoteId) return;
    this.#reports.delete(msg.testId);
    pending.resolve(msg);
  }

  /** The peer refused a test (error message with the test id as context). */
  onRefused(link: Link, testId: number): void {
    const download = this.#downloads.get(testId);
    if (!download || download.peer !== link.remoteId) return;
    this.#downloads.delete(testId);
    download.resolve(Number.NaN);
  }

  forget(id: PeerId): void {
    this.#received.delete(id);
  }

  async #download(link: Link, bytes: number, signal: AbortSignal): Promise<number> {
    const testId = this.#newTestId();
    const result = new Promise<number>((resolve, reject) => {
      this.#downloads.set(testId, {
        peer: link.remoteId,
        expected: { testId, bytes: 0, firstFrameBytes: 0, firstAt: 0, lastAt: 0, wanted: bytes },
        resolve,
      });
      onAbort(signal, () => {
        this.#downloads.delete(testId);
        reject(abortError(signal));
      });
    });
    const sent = link.send(PEER_MESSAGES.encode({ kind: 'speedRequest', testId, bytes }));
    if (!sent.ok) {
      this.#downloads.delete(testId);
      throw sent.error;
    }
    const bps = await result;
    if (Number.isNaN(bps)) throw new TabmeshError('rate-limited', 'peer refused the throughput test');
    return bps;
  }

  async #upload(link: Link, bytes: number, signal: AbortSignal): Promise<number> {
    const testId = this.#newTestId();
    const report = new Promise<PeerMessageOf<'speedReport'>>((resolve, reject) => {
      this.#reports.set(testId, { peer: link.remoteId, resolve });
      onAbort(signal, () => {
        this.#reports.delete(testId);
        reject(abortError(signal));
      });
    });
    await this.#stream(link, testId, bytes, signal);
    link.send(PEER_MESSAGES.encode({ kind: 'speedRequest', testId, bytes: 0 }));
    const { bytes: counted, elapsedUs } = await report;
    return elapsedUs > 0 ? counted / (elapsedUs / 1e6) : 0;
  }

  async #stream(link: Link, testId: number, bytes: number, signal?: AbortSignal): Promise<void> {
    const payload = new Uint8Array(THROUGHPUT_FRAME_PAYLOAD_BYTES);
    for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;
    // Frames are never mutated after send, so one full frame is encoded once and sent repeatedly.
    const full = PEER_MESSAGES.encode({ kind: 'speedData', testId, payload });
    let left = bytes;
    while (left > 0) {
      if (signal?.aborted) throw abortError(signal);
      const size = Math.min(left, payload.length);
      const frame = size === payload.length ? full : PEER_MESSAGES.encode({ kind: 'speedData', testId, payload: payload.subarray(0, size) });
      const sent = link.send(frame);
      if (!sent.ok) {
        if (sent.error.code !== 'backpressure') throw sent.error;
        await link.drained(signal);
        continue;
      }
      left -= size;
    }
  }

  #newTestId(): number {
    return Math.floor(this.#random() * 0xffffffff) >>> 0;
  }
}

function accumulate(r: Reception, size: number, now: number): void {
  if (r.bytes === 0) {
    r.firstAt = now;
    r.firstFrameBytes = size;
  }
  r.bytes += size;
  r.lastAt = now;
}

function onAbort(signal: AbortSignal, fn: () => void): void {
  if (signal.aborted) fn();
  else signal.addEventListener('abort', fn, { once: true });
}

function abortError(signal: AbortSignal): TabmeshError {
  return signal.reason instanceof TabmeshError ? signal.reason : new TabmeshError('aborted', 'throughput test aborted');
}


function errorIndex(code: ErrorCode): number {
  return ERROR_CODES.indexOf(code);
}
