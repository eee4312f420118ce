/**
 * A client's outgoing messages, one message per socket write. The course's test client reads
 * more than one message's worth at a time and handles only the first, so two NOTIFICATIONs must
 * never share a write: a message is written only after the previous write has completed, which
 * also keeps Node from gathering queued writes into one writev. The queue (with the write in
 * flight) is bounded; a client that does not drain it is the caller's to drop.
 */
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';

/** The part of a net.Socket the writer uses. */
export interface WriteSink {
  readonly destroyed: boolean;
  write(chunk: Uint8Array, callback: (error?: Error | null) => void): boolean;
}

/** The queue must hold at least one max-size message, or a reading client could be dropped. */
export const MIN_QUEUE_BYTES = MAX_FRAME_BYTES;

/** Compact the queue array once this many sent entries sit at its front. */
const COMPACT_AFTER = 1024;

export class ClientWriter {
  readonly #sink: WriteSink;
  readonly #maxBytes: number;
  readonly #queue: Uint8Array[] = [];
  #head = 0;
  /** Queued bytes plus the write in flight. */
  #bytes = 0;
  #inFlight = false;
  #written = 0;
  readonly #onWrite: () => void;

  /** @param onWrite called as each message is handed to the sink */
  constructor(sink: WriteSink, maxQueueBytes: number, onWrite: () => void = () => {}) {
    if (!Number.isInteger(maxQueueBytes) || maxQueueBytes < MIN_QUEUE_BYTES) {
      throw new TabmeshError('bad-field', `maxQueueBytes ${maxQueueBytes} is below one max message (${MIN_QUEUE_BYTES})`);
    }
    this.#sink = sink;
    this.#maxBytes = maxQueueBytes;
    this.#onWrite = onWrite;
  }

  /** Bytes waiting, the write in flight included. */
  get queuedBytes(): number {
    return this.#bytes;
  }

  /** Messages handed to the socket so far, one write each. */
  get written(): number {
    return this.#written;
  }

  /**
   * Queues one whole message. False (and nothing queued) when it would take the queue past its
   * bound: the client is not reading.
   */
  enqueue(message: Uint8Array): boolean {
    if (this.#bytes + message.length > this.#maxBytes) return false;
    this.#queue.push(message);
    this.#bytes += message.length;
    this.#pump();
    return true;
  }

  #pump(): void {
    if (this.#inFlight || this.#head === this.#queue.length || this.#sink.destroyed) return;
    const message = this.#queue[this.#head]!;
    this.#head++;
    if (this.#head >= COMPACT_AFTER && this.#head * 2 >= this.#queue.length) {
      this.#queue.splice(0, this.#head);
      this.#head = 0;
    }
    this.#inFlight = true;
    this.#written++;
    this.#onWrite();
    this.#sink.write(message, (error) => {
      this.#inFlight = false;
      this.#bytes -= message.length;
      if (!error) this.#pump();
    });
  }
}
