/**
 * STUN message codec (RFC 5389 §6, §15.4, §15.5): a 20-byte header (type, length, magic cookie,
 * 96-bit transaction id) and type-length-value attributes padded to 4 bytes, with
 * MESSAGE-INTEGRITY (HMAC-SHA1 over the message with the length adjusted) and FINGERPRINT
 * (CRC-32 xor 0x5354554e). Decoding takes untrusted bytes and returns a Result; it never throws.
 * Typed attribute values live in stun-attributes.ts.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, TabmeshError, type Result } from '../../../web/src/node/base/errors.ts';
import {
  ATTR,
  ATTRIBUTE_HEADER_BYTES,
  COMPREHENSION_OPTIONAL_MIN,
  FINGERPRINT_XOR,
  HEADER_BYTES,
  HMAC_SHA1_BYTES,
  KNOWN_ATTRIBUTES,
  MAGIC_COOKIE,
  MAX_ATTRIBUTES,
  MAX_STUN_MESSAGE_BYTES,
  STUN_CLASS,
  TRANSACTION_ID_BYTES,
  type StunClass,
} from './constants.ts';
import { crc32 } from './crc32.ts';

// Header field offsets.
const TYPE_AT = 0;
const LENGTH_AT = 2;
const COOKIE_AT = 4;
const TID_AT = 8;
const INTEGRITY_ATTR_BYTES = ATTRIBUTE_HEADER_BYTES + HMAC_SHA1_BYTES;
const FINGERPRINT_ATTR_BYTES = ATTRIBUTE_HEADER_BYTES + 4;

export interface StunAttribute {
  readonly type: number;
  readonly value: Uint8Array;
}

export interface StunMessage {
  readonly method: number;
  readonly cls: StunClass;
  readonly transactionId: Uint8Array;
  /** In wire order. After decoding: only those before MESSAGE-INTEGRITY (the rest are ignored). */
  readonly attributes: readonly StunAttribute[];
}

export interface DecodedStunMessage extends StunMessage {
  readonly bytes: Uint8Array;
  /** Where the MESSAGE-INTEGRITY attribute starts in `bytes`, or -1. */
  readonly integrityOffset: number;
  /** A FINGERPRINT was present (and matched: a mismatch fails decoding). */
  readonly fingerprint: boolean;
  /** Comprehension-required attribute types this codec does not know (→ 420 for requests). */
  readonly unknownRequired: readonly number[];
}

export const pad4 = (n: number): number => (n + 3) & ~3;

export function messageType(method: number, cls: StunClass): number {
  const c = STUN_CLASS.indexOf(cls);
  return (method & 0x000f) | ((method & 0x0070) << 1) | ((method & 0x0f80) << 2) | ((c & 1) << 4) | ((c & 2) << 7);
}

export function splitMessageType(type: number): { method: number; cls: StunClass } {
  const method = (type & 0x000f) | ((type & 0x00e0) >> 1) | ((type & 0x3e00) >> 2);
  const cls = STUN_CLASS[((type >> 4) & 1) | ((type >> 7) & 2)]!;
  return { method, cls };
}

/** Whether `bytes` starts like a STUN message (top bits 00 and the magic cookie). */
export function looksLikeStun(bytes: Uint8Array): boolean {
  return (
    bytes.length >= HEADER_BYTES &&
    (bytes[0]! & 0xc0) === 0 &&
    readU32(bytes, COOKIE_AT) === MAGIC_COOKIE
  );
}

export function decodeStunMessage(bytes: Uint8Array): Result<DecodedStunMessage> {
  if (bytes.length < HEADER_BYTES) return err('truncated', `STUN message of ${bytes.length} bytes`);
  if (bytes.length > MAX_STUN_MESSAGE_BYTES) return err('oversized', `STUN message of ${bytes.length} bytes`);
  if ((bytes[0]! & 0xc0) !== 0) return err('unknown-type', 'first two bits of a STUN message must be 0');
  if (readU32(bytes, COOKIE_AT) !== MAGIC_COOKIE) return err('unknown-type', 'no STUN magic cookie');
  const length = readU16(bytes, LENGTH_AT);
  if ((length & 3) !== 0) return err('bad-size', `STUN length ${length} is not a multiple of 4`);
  if (HEADER_BYTES + length > bytes.length) return err('truncated', `STUN length ${length} exceeds the bytes`);
  if (HEADER_BYTES + length < bytes.length) return err('trailing-bytes', 'bytes after the STUN message');

  const attributes: StunAttribute[] = [];
  const unknownRequired: number[] = [];
  let integrityOffset = -1;
  let fingerprint = false;
  let count = 0;
  for (let at = HEADER_BYTES; at < bytes.length; ) {
    if (fingerprint) return err('bad-field', 'attribute after FINGERPRINT');
    if (++count > MAX_ATTRIBUTES) return err('oversized', `more than ${MAX_ATTRIBUTES} attributes`);
    if (bytes.length - at < ATTRIBUTE_HEADER_BYTES) return err('truncated', 'attribute header');
    const type = readU16(bytes, at);
    const valueLength = readU16(bytes, at + 2);
    const valueAt = at + ATTRIBUTE_HEADER_BYTES;
    if (valueAt + pad4(valueLength) > bytes.length) return err('truncated', `attribute 0x${type.toString(16)}`);
    if (type === ATTR.fingerprint) {
      if (valueLength !== 4) return err('bad-field', 'FINGERPRINT must be 4 bytes');
      if (readU32(bytes, valueAt) !== (crc32(bytes, 0, at) ^ FINGERPRINT_XOR) >>> 0) {
        return err('hash-mismatch', 'FINGERPRINT does not match');
      }
      fingerprint = true;
    } else if (integrityOffset >= 0) {
      // RFC 5389 §15.4: attributes after MESSAGE-INTEGRITY (but FINGERPRINT) are ignored.
    } else if (type === ATTR.messageIntegrity) {
      if (valueLength !== HMAC_SHA1_BYTES) return err('bad-field', 'MESSAGE-INTEGRITY must be 20 bytes');
      integrityOffset = at;
    } else {
      attributes.push({ type, value: bytes.subarray(valueAt, valueAt + valueLength) });
      if (type < COMPREHENSION_OPTIONAL_MIN && !KNOWN_ATTRIBUTES.has(type)) unknownRequired.push(type);
    }
    at = valueAt + pad4(valueLength);
  }
  const { method, cls } = splitMessageType(readU16(bytes, TYPE_AT));
  const transactionId = bytes.subarray(TID_AT, TID_AT + TRANSACTION_ID_BYTES);
  return ok({ method, cls, transactionId, attributes, bytes, integrityOffset, fingerprint, unknownRequired });
}

export interface EncodeOptions {
  /** Adds MESSAGE-INTEGRITY keyed with this (long-term: MD5 of user:realm:password). */
  readonly integrityKey?: Uint8Array;
  /** Adds FINGERPRINT as the last attribute. */
  readonly fingerprint?: boolean;
  /** The value of padding bytes; receivers ignore it (RFC 5769's vectors use 0x20). */
  readonly padding?: number;
}

/** Encodes a message built by trusted code; throws TabmeshError on values that cannot go on the wire. */
export function encodeStunMessage(message: StunMessage, options: EncodeOptions = {}): Uint8Array {
  if (message.transactionId.length !== TRANSACTION_ID_BYTES) {
    throw new TabmeshError('bad-field', 'transaction id must be 12 bytes');
  }
  let length = 0;
  for (const attribute of message.attributes) {
    if (attribute.value.length > 0xffff) throw new TabmeshError('oversized', 'attribute value over 65535 bytes');
    length += ATTRIBUTE_HEADER_BYTES + pad4(attribute.value.length);
  }
  const integrityAt = HEADER_BYTES + length;
  if (options.integrityKey) length += INTEGRITY_ATTR_BYTES;
  const fingerprintAt = HEADER_BYTES + length;
  if (options.fingerprint) length += FINGERPRINT_ATTR_BYTES;
  if (HEADER_BYTES + length > MAX_STUN_MESSAGE_BYTES) throw new TabmeshError('oversized', 'STUN message too long');

  const out = new Uint8Array(HEADER_BYTES + length);
  writeU16(out, TYPE_AT, messageType(message.method, message.cls));
  writeU32(out, COOKIE_AT, MAGIC_COOKIE);
  out.set(message.transactionId, TID_AT);
  let at = HEADER_BYTES;
  for (const { type, value } of message.attributes) {
    writeU16(out, at, type);
    writeU16(out, at + 2, value.length);
    out.set(value, at + ATTRIBUTE_HEADER_BYTES);
    at += ATTRIBUTE_HEADER_BYTES + value.length;
    const padded = HEADER_BYTES + pad4(at - HEADER_BYTES);
    if (options.padding) out.fill(options.padding, at, padded);
    at = padded;
  }
  if (options.integrityKey) {
    writeU16(out, LENGTH_AT, integrityAt + INTEGRITY_ATTR_BYTES - HEADER_BYTES);
    writeU16(out, integrityAt, ATTR.messageIntegrity);
    writeU16(out, integrityAt + 2, HMAC_SHA1_BYTES);
    const hmac = createHmac('sha1', options.integrityKey).update(out.subarray(0, integrityAt)).digest();
    out.set(hmac, integrityAt + ATTRIBUTE_HEADER_BYTES);
  }
  writeU16(out, LENGTH_AT, length);
  if (options.fingerprint) {
    writeU16(out, fingerprintAt, ATTR.fingerprint);
    writeU16(out, fingerprintAt + 2, 4);
    writeU32(out, fingerprintAt + ATTRIBUTE_HEADER_BYTES, (crc32(out, 0, fingerprintAt) ^ FINGERPRINT_XOR) >>> 0);
  }
  return out;
}

/** Checks MESSAGE-INTEGRITY against `key`; false when absent or wrong (constant-time compare). */
export function verifyMessageIntegrity(message: DecodedStunMessage, key: Uint8Array): boolean {
  const at = message.integrityOffset;
  if (at < 0) return false;
  const header = message.bytes.slice(0, HEADER_BYTES);
  writeU16(header, LENGTH_AT, at + INTEGRITY_ATTR_BYTES - HEADER_BYTES);
  const expected = createHmac('sha1', key).update(header).update(message.bytes.subarray(HEADER_BYTES, at)).digest();
  const actual = message.bytes.subarray(at + ATTRIBUTE_HEADER_BYTES, at + INTEGRITY_ATTR_BYTES);
  return timingSafeEqual(expected, actual);
}

/** The long-term credential key (RFC 5389 §15.4): MD5(username ":" realm ":" password). */
export function longTermKey(username: string, realm: string, password: string): Uint8Array {
  return createHash('md5').update(`${username}:${realm}:${password}`, 'utf8').digest();
}

/** The first attribute of `type` (RFC 5389: later duplicates are ignored). */
export function findAttribute(message: StunMessage, type: number): Uint8Array | undefined {
  for (const attribute of message.attributes) if (attribute.type === type) return attribute.value;
  return undefined;
}

export function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

export function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

export function writeU16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 8;
  bytes[at + 1] = value & 0xff;
}

export function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}
