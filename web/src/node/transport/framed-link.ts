import { err, ok, type ErrorCode, type Result } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { FrameSplitter } from '../wire/splitter.ts';
import { MAX_FRAME_BYTES } from '../wire/frame.ts';
import { MAX_CHANNEL_MESSAGE_BYTES } from '../wire/constants.ts';
import { TRANSPORT_LIMITS, type ByteChannel, type Link, type LinkDirection, type LinkHandlers } from './types.ts';

export { MAX_CHANNEL_MESSAGE_BYTES };

export interface FramedLinkInfo {
  remoteId: PeerId;
  direction: LinkDirection;
  openedAt: number;
}

/**
 * A link over any ByteChannel. The channel is treated as a byte stream: frames larger than one
 * channel message are cut, and the receiver re-splits the stream into frames. Sends go through
 * a bounded queue that is pumped while the channel's buffer is below the high water mark.
 */
export class FramedLink implements Link {
  readonly remoteId: PeerId;
  readonly direction: LinkDirection;
  readonly openedAt: number;
  readonly #channel: ByteChannel;
  /** Every channel message is a fresh buffer (the memory channel copies on send), so views are safe. */
  readonly #splitter = new FrameSplitter({ ownsChunks: true });
  readonly #queue: Uint8Array[] = [];
  #queueHead = 0;
  #queuedBytes = 0;
  #handlers: LinkHandlers | undefined;
  #early: Uint8Array[] = [];
  #drainWaiters: (() => void)[] = [];
  #malformed = 0;
  #closed = false;

  constructor(channel: ByteChannel, info: FramedLinkInfo) {
    this.remoteId = info.remoteId;
    this.direction = info.direction;
    this.openedAt = info.openedAt;
    this.#channel = channel;
    channel.bufferedAmountLowThreshold = TRANSPORT_LIMITS.lowWaterBytes;
    channel.onbufferedamountlow = () => this.#pump();
    channel.onmessage = (data) => this.#receive(data);
    channel.onclose = () => this.#finish('remote');
  }

  get closed(): boolean {
    return this.#closed;
  }

  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  attach(handlers: LinkHandlers): void {
    this.#handlers = handlers;
    const early = this.#early;
    this.#early = [];
    for (const frame of early) handlers.onFrame(frame);
  }

  send(frame: Uint8Array): Result<void> {
    if (this.#closed) return err('closed', 'link is closed');
    if (frame.length > MAX_FRAME_BYTES) return err('oversized', 'frame above 65 535 bytes');
    const allowance = frame.length <= TRANSPORT_LIMITS.controlFrameBytes ? TRANSPORT_LIMITS.controlAllowanceBytes : 0;
    if (this.#queuedBytes + frame.length > TRANSPORT_LIMITS.maxQueuedBytes + allowance) {
      return err('backpressure', 'send queue full');
    }
    for (let at = 0; at < frame.length; at += MAX_CHANNEL_MESSAGE_BYTES) {
      this.#queue.push(frame.subarray(at, at + MAX_CHANNEL_MESSAGE_BYTES));
    }
    this.#queuedBytes += frame.length;
    this.#pump();
    return ok(undefined);
  }

  drained(signal?: AbortSignal): Promise<void> {
    if (this.#isDrained() || this.#closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = (): void => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#drainWaiters.push(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  reportMalformed(): void {
    this.#malformed += 1;
    if (this.#malformed >= TRANSPORT_LIMITS.maxMalformedFrames) this.close('protocol-violation');
  }

  close(reason: ErrorCode = 'closed'): void {
    if (this.#closed) return;
    try {
      this.#channel.close();
    } catch {
      // already closing underneath; nothing to release
    }
    this.#finish(reason);
  }

  #isDrained(): boolean {
    return this.#queuedBytes === 0 && this.#channel.bufferedAmount <= TRANSPORT_LIMITS.lowWaterBytes;
  }

  #pump(): void {
    while (this.#queueHead < this.#queue.length && this.#channel.bufferedAmount < TRANSPORT_LIMITS.highWaterBytes) {
      const piece = this.#queue[this.#queueHead] as Uint8Array;
      this.#queue[this.#queueHead] = EMPTY;
      this.#queueHead += 1;
      this.#queuedBytes -= piece.length;
      try {
        this.#channel.send(piece);
      } catch {
        this.#finish('closed');
        return;
      }
    }
    if (this.#queueHead === this.#queue.length) {
      this.#queue.length = 0;
      this.#queueHead = 0;
    } else if (this.#queueHead > 1024) {
      this.#queue.splice(0, this.#queueHead);
      this.#queueHead = 0;
    }
    if (this.#drainWaiters.length > 0 && this.#isDrained()) this.#wakeDrainWaiters();
  }

  #wakeDrainWaiters(): void {
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    for (const wake of waiters) wake();
  }

  #receive(data: Uint8Array): void {
    if (this.#closed) return;
    const frames = this.#splitter.push(data);
    if (!frames.ok) {
      this.close('protocol-violation');
      return;
    }
    for (const frame of frames.value) {
      if (this.#closed) return;
      if (this.#handlers) {
        this.#handlers.onFrame(frame);
      } else if (this.#early.length < TRANSPORT_LIMITS.maxEarlyFrames) {
        this.#early.push(frame);
      } else {
        this.close('backpressure');
        return;
      }
    }
  }

  #finish(reason: ErrorCode | 'remote'): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#queueHead = 0;
    this.#queuedBytes = 0;
    this.#channel.onmessage = null;
    this.#channel.onbufferedamountlow = null;
    this.#channel.onclose = null;
    this.#wakeDrainWaiters();
    this.#handlers?.onClose(reason);
  }
}

const EMPTY = new Uint8Array(0);
