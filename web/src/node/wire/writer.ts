/**
 * The encoding half of schema.ts: one pass over a declaration and a value, into a shared scratch
 * buffer of one max frame (encoding is synchronous, so it is never re-entered), copied out at the
 * end. A value that breaks its declaration throws TabmeshError('bad-field' | 'oversized').
 */
import { TabmeshError } from '../base/errors.ts';
import { isPeerId, peerIdBytes } from '../base/peer-id.ts';
import { FIELD_BYTES, LENGTH_PREFIX_BYTES, MAX_U16, MAX_U32, MAX_U8, PEER_ID_BYTES } from './constants.ts';
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES, writeFrameHeader } from './frame.ts';
import type { Field, Kind, StrKind } from './schema.ts';

const scratch = new Uint8Array(MAX_FRAME_BYTES);
const scratchView = new DataView(scratch.buffer);
const utf8Encoder = new TextEncoder();
/** With the `u` flag a paired surrogate is one code point, so this matches only lone ones. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Encodes `value` as the body of a frame of `type`; returns the whole frame. */
export function encodeMessageFrame(type: number, fields: readonly Field[], value: unknown, path: string): Uint8Array {
  const writer = new Writer();
  encodeFields(writer, fields, value, path);
  writeFrameHeader(scratch, writer.pos, type);
  return scratch.slice(0, writer.pos);
}

class Writer {
  pos = FRAME_HEADER_BYTES;

  room(n: number, path: string): number {
    if (this.pos + n > MAX_FRAME_BYTES) throw new TabmeshError('oversized', `${path}: message exceeds one frame`);
    const at = this.pos;
    this.pos += n;
    return at;
  }
}

function badField(path: string, why: string): TabmeshError {
  return new TabmeshError('bad-field', `${path}: ${why}`);
}

function checkInt(value: unknown, max: number, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badField(path, `expected an integer in 0..${max}`);
  }
  return value;
}

function checkBytes(value: unknown, maxLength: number, path: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw badField(path, 'expected a Uint8Array');
  if (value.length > maxLength) throw badField(path, `${value.length} bytes exceed ${maxLength}`);
  return value;
}

function encodeFields(w: Writer, fields: readonly Field[], value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null) throw badField(path, 'expected an object');
  const record = value as Record<string, unknown>;
  for (const [name, kind] of fields) encodeKind(w, kind, record[name], `${path}.${name}`);
}

function encodeKind(w: Writer, kind: Kind, value: unknown, path: string): void {
  switch (kind.kind) {
    case 'u8':
      scratchView.setUint8(w.room(FIELD_BYTES.u8, path), checkInt(value, MAX_U8, path));
      return;
    case 'u16':
      scratchView.setUint16(w.room(FIELD_BYTES.u16, path), checkInt(value, MAX_U16, path));
      return;
    case 'u32':
      scratchView.setUint32(w.room(FIELD_BYTES.u32, path), checkInt(value, MAX_U32, path));
      return;
    case 'f64':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badField(path, 'expected a finite number');
      scratchView.setFloat64(w.room(FIELD_BYTES.f64, path), value);
      return;
    case 'bytes': {
      const b = checkBytes(value, kind.length, path);
      if (b.length !== kind.length) throw badField(path, `expected exactly ${kind.length} bytes`);
      scratch.set(b, w.room(b.length, path));
      return;
    }
    case 'varBytes': {
      const b = checkBytes(value, kind.maxLength, path);
      scratchView.setUint16(w.room(LENGTH_PREFIX_BYTES, path), b.length);
      scratch.set(b, w.room(b.length, path));
      return;
    }
    case 'rest': {
      const b = checkBytes(value, kind.maxBytes, path);
      scratch.set(b, w.room(b.length, path));
      return;
    }
    case 'str':
      encodeStr(w, kind, value, path);
      return;
    case 'peerId':
      if (!isPeerId(value)) throw badField(path, 'expected 64 lowercase hex characters');
      scratch.set(peerIdBytes(value), w.room(PEER_ID_BYTES, path));
      return;
    case 'list': {
      if (!Array.isArray(value)) throw badField(path, 'expected an array');
      if (value.length > kind.maxCount) throw badField(path, `${value.length} elements exceed ${kind.maxCount}`);
      scratchView.setUint16(w.room(LENGTH_PREFIX_BYTES, path), value.length);
      value.forEach((element: unknown, i) => encodeKind(w, kind.element, element, `${path}[${i}]`));
      return;
    }
    case 'struct':
      encodeFields(w, kind.fields, value, path);
  }
}

function encodeStr(w: Writer, kind: StrKind, value: unknown, path: string): void {
  if (typeof value !== 'string') throw badField(path, 'expected a string');
  // TextEncoder would silently replace a lone surrogate, so the string would not round-trip.
  if (LONE_SURROGATE.test(value)) throw badField(path, 'string holds a lone surrogate');
  const prefixAt = w.room(LENGTH_PREFIX_BYTES, path);
  const room = Math.min(kind.maxBytes, MAX_FRAME_BYTES - w.pos);
  const { read, written } = utf8Encoder.encodeInto(value, scratch.subarray(w.pos, w.pos + room));
  if (read < value.length) {
    if (room < kind.maxBytes) throw new TabmeshError('oversized', `${path}: message exceeds one frame`);
    throw badField(path, `string exceeds ${kind.maxBytes} UTF-8 bytes`);
  }
  scratchView.setUint16(prefixAt, written);
  w.room(written, path);
}

