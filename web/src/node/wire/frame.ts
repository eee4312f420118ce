/**
 * Frames: `size u16 | type u16 | body`, big-endian, the framing of the seed protocols
 * (PROTOCOLS.md §1) reused for every Tabmesh peer message. `size` counts the whole frame,
 * header included.
 *
 * Error policy of the whole wire layer: decoders take untrusted bytes and return a `Result`,
 * never throwing; encoders take values our own code built, so a value that does not fit is a
 * bug and they throw a `TabmeshError` ('oversized' / 'bad-field').
 */
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';

export const FRAME_HEADER_BYTES = 4;
/** The size field is a u16, so no frame can be longer. */
export const MAX_FRAME_BYTES = 65_535;
export const MAX_FRAME_BODY_BYTES = MAX_FRAME_BYTES - FRAME_HEADER_BYTES;
export const MAX_FRAME_TYPE = 0xffff;

/** Byte offsets inside the header. */
const SIZE_OFFSET = 0;
const TYPE_OFFSET = 2;

export interface FrameHeader {
  size: number;
  type: number;
}

export interface Frame {
  type: number;
  body: Uint8Array;
}

export function encodeFrame(type: number, body: Uint8Array): Uint8Array {
  if (!Number.isInteger(type) || type < 0 || type > MAX_FRAME_TYPE) {
    throw new TabmeshError('bad-field', `frame type ${type} is not a u16`);
  }
  if (body.length > MAX_FRAME_BODY_BYTES) {
    throw new TabmeshError('oversized', `frame body of ${body.length} bytes exceeds ${MAX_FRAME_BODY_BYTES}`);
  }
  const frame = new Uint8Array(FRAME_HEADER_BYTES + body.length);
  writeFrameHeader(frame, frame.length, type);
  frame.set(body, FRAME_HEADER_BYTES);
  return frame;
}

/** Writes a header at the start of `frame`; the caller has checked both values. */
export function writeFrameHeader(frame: Uint8Array, size: number, type: number): void {
  const view = new DataView(frame.buffer, frame.byteOffset, FRAME_HEADER_BYTES);
  view.setUint16(SIZE_OFFSET, size);
  view.setUint16(TYPE_OFFSET, type);
}

/** Reads the header at `offset`: 'truncated' if fewer than 4 bytes remain, 'bad-size' if size < 4. */
export function readFrameHeader(bytes: Uint8Array, offset = 0): Result<FrameHeader> {
  if (bytes.length - offset < FRAME_HEADER_BYTES) return err('truncated', 'frame header needs 4 bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, FRAME_HEADER_BYTES);
  const size = view.getUint16(SIZE_OFFSET);
  if (size < FRAME_HEADER_BYTES) return err('bad-size', `frame size ${size} is below the header size`);
  return ok({ size, type: view.getUint16(TYPE_OFFSET) });
}

/**
 * Decodes exactly one frame: the size field must equal `bytes.length`. The body is a view into
 * `bytes`; message decoders copy whatever they keep.
 */
export function decodeFrame(bytes: Uint8Array): Result<Frame> {
  if (bytes.length > MAX_FRAME_BYTES) return err('oversized', `${bytes.length} bytes exceed one frame`);
  const header = readFrameHeader(bytes);
  if (!header.ok) return header;
  const { size, type } = header.value;
  if (size > bytes.length) return err('truncated', `frame declares ${size} bytes, got ${bytes.length}`);
  if (size < bytes.length) return err('trailing-bytes', `frame declares ${size} bytes, got ${bytes.length}`);
  return ok({ type, body: bytes.subarray(FRAME_HEADER_BYTES) });
}
