/**
 * Frames over byte streams. A stream (data-channel messages, a TCP socket) delivers bytes in
 * pieces that need not line up with frames: the receiver re-cuts them with a FrameSplitter, the
 * sender cuts each frame into channel-sized pieces with frameStreamChunks.
 */
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import { MAX_CHANNEL_MESSAGE_BYTES } from './constants.ts';
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from './frame.ts';

const SIZE_FIELD_BYTES = 2;

export class FrameSplitter {
  readonly #ownsChunks: boolean;
  /** Holds the one frame that is still incomplete; never more than one max frame. */
  #partial: Uint8Array | null = null;
  #filled = 0;
  #poison: TabmeshError | null = null;

  /** Bytes held for a frame not yet complete. */
  get bufferedBytes(): number {
    return this.#filled;
  }

  get poisoned(): boolean {
    return this.#poison !== null;
  }

  /**
   * @param ownsChunks the caller hands over each chunk for good (an RTCDataChannel message is a
   *   fresh buffer every time), so whole frames may be returned as views into it instead of
   *   copies; frames completed from staged pieces are always copies.
   */
  constructor(options: { ownsChunks?: boolean } = {}) {
    this.#ownsChunks = options.ownsChunks ?? false;
  }

  /**
   * Every frame completed by `chunk`, each a fresh copy (or a view when the splitter owns chunks). A declared size below the header size
   * is 'bad-size' and poisons the splitter: the stream is out of step for good, so this and every
   * later push return that error (frames earlier in the same chunk are dropped with it).
   */
  push(chunk: Uint8Array): Result<Uint8Array[]> {
    if (this.#poison) return { ok: false, error: this.#poison };
    const frames: Uint8Array[] = [];
    let offset = 0;
    if (this.#filled > 0) {
      offset = this.#continuePartial(chunk, frames);
      if (offset < 0) return { ok: false, error: this.#poison! };
    }
    // Fast path: whole frames straight out of the chunk, without staging.
    while (chunk.length - offset >= SIZE_FIELD_BYTES) {
      const size = (chunk[offset]! << 8) | chunk[offset + 1]!;
      if (size < FRAME_HEADER_BYTES) return this.#poisonWith(size);
      if (chunk.length - offset < size) break;
      // Uint8Array's slice copies; a Node Buffer's own slice() would return a view.
      frames.push(this.#ownsChunks ? chunk.subarray(offset, offset + size) : Uint8Array.prototype.slice.call(chunk, offset, offset + size));
      offset += size;
    }
    if (offset < chunk.length) this.#stage(chunk.subarray(offset));
    return ok(frames);
  }

  /** Feeds the staged frame from `chunk`; returns how much of `chunk` it used, or -1 if poisoned. */
  #continuePartial(chunk: Uint8Array, frames: Uint8Array[]): number {
    const partial = this.#partial!;
    let used = 0;
    if (this.#filled < SIZE_FIELD_BYTES) {
      used = Math.min(SIZE_FIELD_BYTES - this.#filled, chunk.length);
      partial.set(chunk.subarray(0, used), this.#filled);
      this.#filled += used;
      if (this.#filled < SIZE_FIELD_BYTES) return used;
    }
    const size = (partial[0]! << 8) | partial[1]!;
    if (size < FRAME_HEADER_BYTES) {
      this.#poisonWith(size);
      return -1;
    }
    const take = Math.min(size - this.#filled, chunk.length - used);
    partial.set(chunk.subarray(used, used + take), this.#filled);
    this.#filled += take;
    used += take;
    if (this.#filled === size) {
      frames.push(partial.slice(0, size));
      this.#filled = 0;
    }
    return used;
  }

  /** `tail` is shorter than the frame it starts, so it fits in one max frame. */
  #stage(tail: Uint8Array): void {
    this.#partial ??= new Uint8Array(MAX_FRAME_BYTES);
    this.#partial.set(tail, 0);
    this.#filled = tail.length;
  }

  #poisonWith(size: number): Result<never> {
    const result = err('bad-size', `stream frame declares size ${size}`);
    this.#poison = result.ok ? null : result.error;
    this.#partial = null;
    this.#filled = 0;
    return result;
  }
}

/**
 * Cuts a frame (or any run of frames) into pieces of at most `maxMessageBytes` for a channel.
 * The pieces are views into `frame`: do not change it until they are sent.
 */
export function frameStreamChunks(frame: Uint8Array, maxMessageBytes = MAX_CHANNEL_MESSAGE_BYTES): Uint8Array[] {
  if (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 1) {
    throw new TabmeshError('bad-field', `maxMessageBytes ${maxMessageBytes} must be a positive integer`);
  }
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < frame.length; at += maxMessageBytes) {
    pieces.push(frame.subarray(at, Math.min(at + maxMessageBytes, frame.length)));
  }
  return pieces;
}
