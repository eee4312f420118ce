/**
 * ChannelData framing (RFC 8656 §12.4): channel number (0x4000–0x7FFF), data length, data.
 * Over UDP the padding to 4 bytes is optional; over TCP it is required, so a stream stays aligned.
 */
import { err, ok, TabmeshError, type Result } from '../../../web/src/node/base/errors.ts';
import { CHANNEL_HEADER_BYTES, CHANNEL_MAX, CHANNEL_MIN } from './constants.ts';
import { pad4, readU16, writeU16 } from './stun-message.ts';

export interface ChannelData {
  readonly channel: number;
  /** A view into the decoded bytes. */
  readonly data: Uint8Array;
}

export const isChannelNumber = (n: number): boolean => Number.isInteger(n) && n >= CHANNEL_MIN && n <= CHANNEL_MAX;

/** Whether a datagram or stream frame starting with `firstByte` is ChannelData (top bits 01). */
export const startsChannelData = (firstByte: number): boolean => (firstByte & 0xc0) === 0x40;

/** Decodes one ChannelData message; `bytes` may carry up to 3 padding bytes after the data. */
export function decodeChannelData(bytes: Uint8Array): Result<ChannelData> {
  if (bytes.length < CHANNEL_HEADER_BYTES) return err('truncated', 'ChannelData header');
  const channel = readU16(bytes, 0);
  if (!isChannelNumber(channel)) return err('bad-field', `channel number 0x${channel.toString(16)}`);
  const length = readU16(bytes, 2);
  const end = CHANNEL_HEADER_BYTES + length;
  if (end > bytes.length) return err('truncated', `ChannelData declares ${length} bytes`);
  if (bytes.length > CHANNEL_HEADER_BYTES + pad4(length)) return err('trailing-bytes', 'bytes after ChannelData');
  return ok({ channel, data: bytes.subarray(CHANNEL_HEADER_BYTES, end) });
}

/** The 4-byte header alone, for sending header and data without copying the data. */
export function channelDataHeader(channel: number, length: number): Uint8Array {
  if (!isChannelNumber(channel)) throw new TabmeshError('bad-field', `channel number ${channel}`);
  if (!Number.isInteger(length) || length < 0 || length > 0xffff) throw new TabmeshError('oversized', 'ChannelData');
  const header = new Uint8Array(CHANNEL_HEADER_BYTES);
  writeU16(header, 0, channel);
  writeU16(header, 2, length);
  return header;
}

/** A whole ChannelData message; `padded` (required on TCP) rounds it up to 4 bytes with zeros. */
export function encodeChannelData(channel: number, data: Uint8Array, padded: boolean): Uint8Array {
  const header = channelDataHeader(channel, data.length);
  const size = CHANNEL_HEADER_BYTES + (padded ? pad4(data.length) : data.length);
  const out = new Uint8Array(size);
  out.set(header, 0);
  out.set(data, CHANNEL_HEADER_BYTES);
  return out;
}
