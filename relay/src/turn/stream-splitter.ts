/**
 * Cuts a TURN-over-TCP byte stream (RFC 8656 §12.5) into messages: STUN messages (top bits 00,
 * size 20 + length) and ChannelData (top bits 01, size 4 + length, padded to 4) back to back.
 * Anything else means the stream is out of step: the splitter is poisoned and the connection
 * should be closed. It never holds more than one incomplete message.
 */
import { err, ok, type TabmeshError, type Result } from '../../../web/src/node/base/errors.ts';
import { CHANNEL_HEADER_BYTES, HEADER_BYTES, MAX_STUN_MESSAGE_BYTES } from './constants.ts';
import { pad4, readU16 } from './stun-message.ts';

/** Bytes needed to know a message's size: the type and length fields. */
const SIZE_PREFIX_BYTES = 4;

export class TurnStreamSplitter {
  /** The size prefix of the message in progress, while fewer than 4 bytes of it arrived. */
  readonly #head = new Uint8Array(SIZE_PREFIX_BYTES);
  #headFilled = 0;
  /** The message in progress once its size is known: allocated once, filled in place. */
  #partial: Uint8Array | null = null;
  #filled = 0;
  #used = 0;
  #poison: TabmeshError | null = null;

  /** Bytes held for a message not yet complete. */
  get bufferedBytes(): number {
    return this.#partial ? this.#filled : this.#headFilled;
  }

  /**
   * Every message completed by `chunk`: STUN messages whole, ChannelData without its padding.
   * Messages are views into `chunk`, or a fresh buffer for one that spanned chunks. A stream out
   * of step poisons the splitter: this and every later push return the error.
   */
  push(chunk: Uint8Array): Result<Uint8Array[]> {
    if (this.#poison) return { ok: false, error: this.#poison };
    const messages: Uint8Array[] = [];
    let at = 0;
    if (this.#headFilled > 0) {
      at = this.#continue(chunk, messages);
      if (this.#poison) return { ok: false, error: this.#poison };
      if (this.#headFilled > 0) return ok(messages);
    }
    // Fast path: whole messages straight out of the chunk.
    while (chunk.length - at >= SIZE_PREFIX_BYTES) {
      const sized = frameSize(chunk, at);
      if (!sized.ok) return this.#poisonWith(sized.error);
      const { size, used } = sized.value;
      if (chunk.length - at < size) break;
      messages.push(chunk.subarray(at, at + used));
      at += size;
    }
    if (at < chunk.length) {
      this.#continue(chunk.subarray(at), messages);
      if (this.#poison) return { ok: false, error: this.#poison };
    }
    return ok(messages);
  }

  /** Feeds the message in progress from `chunk`; returns how many bytes of `chunk` it took. */
  #continue(chunk: Uint8Array, messages: Uint8Array[]): number {
    let at = 0;
    while (this.#headFilled < SIZE_PREFIX_BYTES && at < chunk.length) this.#head[this.#headFilled++] = chunk[at++]!;
    if (this.#headFilled < SIZE_PREFIX_BYTES) return at;
    if (!this.#partial) {
      const sized = frameSize(this.#head, 0);
      if (!sized.ok) {
        this.#poisonWith(sized.error);
        return at;
      }
      this.#partial = new Uint8Array(sized.value.size);
      this.#partial.set(this.#head, 0);
      this.#filled = SIZE_PREFIX_BYTES;
      this.#used = sized.value.used;
    }
    const take = Math.min(this.#partial.length - this.#filled, chunk.length - at);
    this.#partial.set(chunk.subarray(at, at + take), this.#filled);
    this.#filled += take;
    at += take;
    if (this.#filled === this.#partial.length) {
      messages.push(this.#partial.subarray(0, this.#used));
      this.#partial = null;
      this.#headFilled = 0;
      this.#filled = 0;
    }
    return at;
  }

  #poisonWith(error: TabmeshError): Result<never> {
    this.#poison = error;
    this.#partial = null;
    this.#headFilled = 0;
    return { ok: false, error };
  }
}

/** `size`: bytes the message takes on the stream; `used`: bytes that belong to the message. */
function frameSize(bytes: Uint8Array, at: number): Result<{ size: number; used: number }> {
  const top = bytes[at]! & 0xc0;
  const length = readU16(bytes, at + 2);
  if (top === 0x00) {
    const size = HEADER_BYTES + length;
    if ((length & 3) !== 0) return err('bad-size', `STUN length ${length} on a stream`);
    if (size > MAX_STUN_MESSAGE_BYTES) return err('oversized', 'STUN message on a stream');
    return ok({ size, used: size });
  }
  if (top === 0x40) {
    return ok({ size: CHANNEL_HEADER_BYTES + pad4(length), used: CHANNEL_HEADER_BYTES + length });
  }
  return err('protocol-violation', `byte 0x${bytes[at]!.toString(16)} starts neither STUN nor ChannelData`);
}
