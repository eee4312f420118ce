/**
 * The decoding half of schema.ts: untrusted bytes in, a value or a typed error out, never a
 * throw. Every length and count is checked against its declared limit before it is used.
 */
import { err, ok, TabmeshError, type ErrorCode, type Result } from '../base/errors.ts';
import { peerIdFromBytes } from '../base/peer-id.ts';
import { FIELD_BYTES, LENGTH_PREFIX_BYTES, PEER_ID_BYTES } from './constants.ts';
import type { Field, Kind } from './schema.ts';

/** Decodes a whole frame body; anything after the last field is 'trailing-bytes'. */
export function decodeBodyFields(
  body: Uint8Array,
  fields: readonly Field[],
  path: string,
): Result<Record<string, unknown>> {
  const reader = new Reader(body);
  const value = decodeFields(reader, fields, path);
  if (reader.failure) return { ok: false, error: reader.failure };
  if (reader.pos !== body.length) {
    return err('trailing-bytes', `${path}: ${body.length - reader.pos} bytes after the last field`);
  }
  return ok(value);
}

/** ignoreBOM: a leading U+FEFF is content, not a marker, so every string round-trips. */
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Records the first failure; every decode function returns as soon as one is set. */
class Reader {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  pos = 0;
  failure: TabmeshError | null = null;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Offset of the next `n` bytes, or -1 (and 'truncated') if fewer remain. */
  take(n: number, path: string): number {
    if (this.bytes.length - this.pos < n) {
      this.fail('truncated', `${path}: needs ${n} bytes, ${this.bytes.length - this.pos} left`);
      return -1;
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }

  fail(code: ErrorCode, message: string): void {
    this.failure ??= new TabmeshError(code, message);
  }
}

function decodeFields(r: Reader, fields: readonly Field[], path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of fields) {
    out[name] = decodeKind(r, kind, `${path}.${name}`);
    if (r.failure) break;
  }
  return out;
}

/** Returns the decoded value, or undefined with `r.failure` set. */
function decodeKind(r: Reader, kind: Kind, path: string): unknown {
  switch (kind.kind) {
    case 'u8': {
      const at = r.take(FIELD_BYTES.u8, path);
      return at < 0 ? undefined : r.view.getUint8(at);
    }
    case 'u16': {
      const at = r.take(FIELD_BYTES.u16, path);
      return at < 0 ? undefined : r.view.getUint16(at);
    }
    case 'u32': {
      const at = r.take(FIELD_BYTES.u32, path);
      return at < 0 ? undefined : r.view.getUint32(at);
    }
    case 'f64': {
      const at = r.take(FIELD_BYTES.f64, path);
      if (at < 0) return undefined;
      const n = r.view.getFloat64(at);
      if (!Number.isFinite(n)) r.fail('bad-field', `${path}: not a finite number`);
      return n;
    }
    case 'bytes':
      return fieldBytes(r, kind.length, path);
    case 'varBytes':
      return fieldBytes(r, readLength(r, kind.maxLength, path), path);
    case 'rest': {
      const left = r.bytes.length - r.pos;
      if (left > kind.maxBytes) r.fail('bad-field', `${path}: ${left} bytes exceed ${kind.maxBytes}`);
      return fieldBytes(r, left, path);
    }
    case 'str': {
      const b = viewBytes(r, readLength(r, kind.maxBytes, path), path);
      if (!b) return undefined;
      try {
        return utf8Decoder.decode(b);
      } catch {
        r.fail('bad-field', `${path}: invalid UTF-8`);
        return undefined;
      }
    }
    case 'peerId': {
      const b = viewBytes(r, PEER_ID_BYTES, path);
      return b ? peerIdFromBytes(b) : undefined;
    }
    case 'list': {
      const count = readLength(r, kind.maxCount, path);
      const out: unknown[] = [];
      for (let i = 0; i < count && !r.failure; i++) out.push(decodeKind(r, kind.element, `${path}[${i}]`));
      return out;
    }
    case 'struct':
      return decodeFields(r, kind.fields, path);
  }
}

/** Reads a u16 length/count prefix; 'bad-field' above `max`. Returns 0 after any failure. */
function readLength(r: Reader, max: number, path: string): number {
  const at = r.take(LENGTH_PREFIX_BYTES, path);
  if (at < 0) return 0;
  const n = r.view.getUint16(at);
  if (n > max) {
    r.fail('bad-field', `${path}: length ${n} exceeds ${max}`);
    return 0;
  }
  return n;
}

function viewBytes(r: Reader, n: number, path: string): Uint8Array | undefined {
  if (r.failure) return undefined;
  const at = r.take(n, path);
  return at < 0 ? undefined : r.bytes.subarray(at, at + n);
}

/**
 * Decoded byte fields are views into the frame, not copies: receivers get frames they own (the
 * splitter's), and a copy per 16 KiB message costs a tenth of a data channel's throughput.
 */
function fieldBytes(r: Reader, n: number, path: string): Uint8Array | undefined {
  return viewBytes(r, n, path);
}
