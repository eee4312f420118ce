/**
 * btpeer framing (seed 000, PROTOCOLS.md §3), both variants, for the relay's btpeer gateway. One
 * request per connection: `type[4 ASCII] · length u32 BE · data[length]` in the original, or
 * `type[4] · data` read to the end of the stream in the image-translator students' variant. The
 * variant is told from bytes 4–7: a length no larger than the gateway takes is the original's; any
 * four printable bytes (`{"` of a JSON payload, the digits of an address) read as a length far
 * beyond it, so the rest is data to the end. Replies use the request's variant.
 */
import { err, ok, type Result } from '../../../web/src/node/base/errors.ts';

export const BTPEER_TYPE_BYTES = 4;
export const BTPEER_HEADER_BYTES = 8;
/** The largest request body: an 8 MiB image in base64 (~10.7 MB) inside the seed's INIT JSON. */
export const MAX_BTPEER_BODY_BYTES = 12 * 1024 * 1024;

export type BtpeerFraming = 'length' | 'eof';

export interface BtpeerRequest {
  /** Upper-cased, as the original server does. */
  type: string;
  data: Uint8Array;
  framing: BtpeerFraming;
}

/**
 * The request in `buffer` (everything read so far), or undefined while more may come. `ended`:
 * the client finished sending (its FIN), which completes an EOF-framed request. Errors are
 * 'malformed' (a type that is not 4 letters, a length request cut short by the end), 'oversized'
 * (past MAX_BTPEER_BODY_BYTES) and 'trailing-bytes' (more after a length-framed request: one per
 * connection).
 */
export function parseRequest(buffer: Uint8Array, ended: boolean): Result<BtpeerRequest | undefined> {
  if (buffer.length < BTPEER_TYPE_BYTES) return ended ? err('malformed', `a btpeer request needs a 4-byte type, got ${buffer.length} bytes`) : ok(undefined);
  const type = String.fromCharCode(...buffer.subarray(0, BTPEER_TYPE_BYTES));
  if (!/^[A-Za-z]{4}$/.test(type)) return err('malformed', `btpeer type must be 4 letters, got ${JSON.stringify(type)}`);
  const upper = type.toUpperCase();
  const end = lengthFramedEnd(buffer);
  if (end !== undefined) {
    const length = end - BTPEER_HEADER_BYTES;
    if (buffer.length < end) return ended ? err('malformed', `btpeer ${upper}: ${length} data bytes announced, ${buffer.length - BTPEER_HEADER_BYTES} sent`) : ok(undefined);
    if (buffer.length > end) return err('trailing-bytes', `btpeer ${upper}: ${buffer.length - end} bytes after the request (one request per connection)`);
    return ok({ type: upper, data: buffer.slice(BTPEER_HEADER_BYTES, end), framing: 'length' });
  }
  if (buffer.length - BTPEER_TYPE_BYTES > MAX_BTPEER_BODY_BYTES) return err('oversized', `btpeer ${upper}: more than ${MAX_BTPEER_BODY_BYTES} data bytes`);
  // Four or more bytes that are no length the gateway takes: the students' variant, data to the end.
  if (!ended) return ok(undefined);
  return ok({ type: upper, data: buffer.slice(BTPEER_TYPE_BYTES), framing: 'eof' });
}

/**
 * Where a length-framed request ends (header included), from its first bytes; undefined when
 * fewer than 8 bytes came or bytes 4–7 are no length the gateway takes (the EOF variant).
 */
export function lengthFramedEnd(buffer: Uint8Array): number | undefined {
  if (buffer.length < BTPEER_HEADER_BYTES) return undefined;
  const length = new DataView(buffer.buffer, buffer.byteOffset, BTPEER_HEADER_BYTES).getUint32(BTPEER_TYPE_BYTES, false);
  return length <= MAX_BTPEER_BODY_BYTES ? BTPEER_HEADER_BYTES + length : undefined;
}

/** A reply (`REPL`, `ERRO`) in the request's framing. */
export function encodeReply(type: string, data: string | Uint8Array, framing: BtpeerFraming): Uint8Array {
  if (!/^[A-Z]{4}$/.test(type)) throw new RangeError(`btpeer reply type must be 4 capital letters, got ${type}`);
  const body = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const header = framing === 'length' ? BTPEER_HEADER_BYTES : BTPEER_TYPE_BYTES;
  const out = new Uint8Array(header + body.length);
  for (let i = 0; i < BTPEER_TYPE_BYTES; i++) out[i] = type.charCodeAt(i);
  if (framing === 'length') new DataView(out.buffer).setUint32(BTPEER_TYPE_BYTES, body.length, false);
  out.set(body, header);
  return out;
}

/** Every reply in a buffer of length-framed replies (what an original client reads); throws on a cut one. */
export function decodeReplies(buffer: Uint8Array): { type: string; data: string }[] {
  const out: { type: string; data: string }[] = [];
  let at = 0;
  while (at < buffer.length) {
    if (buffer.length - at < BTPEER_HEADER_BYTES) throw new RangeError('a reply header cut short');
    const length = new DataView(buffer.buffer, buffer.byteOffset + at, BTPEER_HEADER_BYTES).getUint32(BTPEER_TYPE_BYTES, false);
    if (buffer.length - at - BTPEER_HEADER_BYTES < length) throw new RangeError('a reply cut short');
    out.push({ type: String.fromCharCode(...buffer.subarray(at, at + BTPEER_TYPE_BYTES)), data: new TextDecoder().decode(buffer.subarray(at + BTPEER_HEADER_BYTES, at + BTPEER_HEADER_BYTES + length)) });
    at += BTPEER_HEADER_BYTES + length;
  }
  return out;
}
