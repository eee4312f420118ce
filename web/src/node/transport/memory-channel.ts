import type { Clock, TimerHandle } from '../base/clock.ts';
import type { ByteChannel } from './types.ts';

/** How an in-memory channel behaves: one-way latency and a bandwidth, both on the injected clock. */
export interface ChannelModel {
  latencyMs: number;
  /** Bytes per millisecond; Infinity for no bandwidth limit. */
  bytesPerMs: number;
}

export const INSTANT_CHANNEL: ChannelModel = { latencyMs: 0, bytesPerMs: Number.POSITIVE_INFINITY };

class MemoryChannel implements ByteChannel {
  bufferedAmountLowThreshold = 0;
  onmessage: ((data: Uint8Array) => void) | null = null;
  onbufferedamountlow: (() => void) | null = null;
  onclose: (() => void) | null = null;
  peer: MemoryChannel | undefined;
  #buffered = 0;
  #nextFreeAt = 0;
  #closed = false;
  /** Sent and not yet delivered, in send order; due times never decrease. */
  readonly #inFlight: { data: Uint8Array; dueAt: number }[] = [];
  #timer: TimerHandle | undefined;
  readonly #clock: Clock;
  readonly #model: ChannelModel;

  constructor(clock: Clock, model: ChannelModel) {
    this.#clock = clock;
    this.#model = model;
  }

  get bufferedAmount(): number {
    return this.#buffered;
  }

  send(data: Uint8Array): void {
    if (this.#closed) throw new Error('InvalidStateError: channel closed');
    const copy = data.slice();
    this.#buffered += copy.length;
    const now = this.#clock.now();
    const start = Math.max(now, this.#nextFreeAt);
    const transmitMs = copy.length / this.#model.bytesPerMs;
    this.#nextFreeAt = start + transmitMs;
    this.#inFlight.push({ data: copy, dueAt: this.#nextFreeAt + this.#model.latencyMs });
    this.#arm();
  }

  /**
   * One timer for the head of the queue. A timer per send would reorder them on a real clock,
   * which rounds delays to whole milliseconds: a later send with a shorter delay could overtake.
   */
  #arm(): void {
    const head = this.#inFlight[0];
    if (this.#timer !== undefined || head === undefined) return;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      const now = this.#clock.now();
      while (this.#inFlight.length > 0 && this.#inFlight[0]!.dueAt <= now) this.#deliver(this.#inFlight.shift()!.data);
      this.#arm();
    }, Math.max(0, head.dueAt - this.#clock.now()));
  }

  close(): void {
    if (this.#closed) return;
    this.#shut();
    const peer = this.peer;
    if (peer) this.#clock.setTimeout(() => peer.#shut(), this.#model.latencyMs);
  }

  #deliver(data: Uint8Array): void {
    const before = this.#buffered;
    this.#buffered -= data.length;
    if (this.#closed) return;
    const peer = this.peer;
    if (peer && !peer.#closed) peer.onmessage?.(data);
    if (before > this.bufferedAmountLowThreshold && this.#buffered <= this.bufferedAmountLowThreshold) {
      this.onbufferedamountlow?.();
    }
  }

  #shut(): void {
    if (this.#closed) return;
    this.#closed = true;
    const onclose = this.onclose;
    this.#clock.setTimeout(() => onclose?.(), 0);
  }
}

/** Two connected in-memory channels, each the other's remote end. */
export function createMemoryChannelPair(clock: Clock, model: ChannelModel = INSTANT_CHANNEL): [ByteChannel, ByteChannel] {
  const a = new MemoryChannel(clock, model);
  const b = new MemoryChannel(clock, model);
  a.peer = b;
  b.peer = a;
  return [a, b];
}
