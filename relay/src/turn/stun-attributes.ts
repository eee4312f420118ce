/**
 * Typed STUN/TURN attribute values: each an encode/decode pair over the attribute's value bytes.
 * Decoders take untrusted bytes and return a Result; encoders take trusted values.
 */
import { err, ok, TabmeshError, type Result } from '../../../web/src/node/base/errors.ts';
import {
  ADDRESS_FAMILY,
  MAGIC_COOKIE,
  MAX_TEXT_BYTES,
  RESERVATION_TOKEN_BYTES,
  TRANSACTION_ID_BYTES,
} from './constants.ts';
import { bytesToIp, ipToBytes, type IpFamily, type TransportAddress } from './ip-address.ts';
import { readU16, readU32, writeU16, writeU32, type StunAttribute } from './stun-message.ts';

const utf8 = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF: text must round-trip byte for byte (keys hash the bytes).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const COOKIE_BYTES = Uint8Array.from([24, 16, 8, 0], (shift) => (MAGIC_COOKIE >>> shift) & 0xff);

export const attribute = (type: number, value: Uint8Array): StunAttribute => ({ type, value });

// --- addresses: MAPPED-ADDRESS, and the XOR-* variants (XOR-MAPPED, XOR-PEER, XOR-RELAYED) ---

/** MAPPED-ADDRESS value: 0, family, port, address. */
export function encodeAddress(address: TransportAddress): Uint8Array {
  const ip = ipToBytes(address.address);
  if (!ip) throw new TabmeshError('bad-field', `not an IP address: ${address.address}`);
  const out = new Uint8Array(4 + ip.length);
  out[1] = ip.length === 4 ? ADDRESS_FAMILY.ipv4 : ADDRESS_FAMILY.ipv6;
  writeU16(out, 2, address.port);
  out.set(ip, 4);
  return out;
}

export function decodeAddress(value: Uint8Array): Result<TransportAddress> {
  if (value.length < 4) return err('truncated', 'address attribute');
  const family = value[1] === ADDRESS_FAMILY.ipv4 ? 4 : value[1] === ADDRESS_FAMILY.ipv6 ? 6 : null;
  if (family === null) return err('bad-field', `address family ${value[1]}`);
  const size = family === 4 ? 4 : 16;
  if (value.length !== 4 + size) return err('bad-size', `IPv${family} address attribute of ${value.length} bytes`);
  return ok({ family, port: readU16(value, 2), address: bytesToIp(value.subarray(4)) });
}

/** XOR-*-ADDRESS value: port xor the cookie's top half, address xor cookie (‖ transaction id). */
export function encodeXorAddress(address: TransportAddress, transactionId: Uint8Array): Uint8Array {
  const out = encodeAddress(address);
  xorAddressInPlace(out, transactionId);
  return out;
}

export function decodeXorAddress(value: Uint8Array, transactionId: Uint8Array): Result<TransportAddress> {
  if (value.length < 4) return err('truncated', 'address attribute');
  const plain = value.slice();
  xorAddressInPlace(plain, transactionId);
  return decodeAddress(plain);
}

function xorAddressInPlace(value: Uint8Array, transactionId: Uint8Array): void {
  if (transactionId.length !== TRANSACTION_ID_BYTES) throw new TabmeshError('bad-field', 'transaction id');
  value[2]! ^= COOKIE_BYTES[0]!;
  value[3]! ^= COOKIE_BYTES[1]!;
  for (let i = 4; i < value.length; i++) {
    value[i]! ^= i < 8 ? COOKIE_BYTES[i - 4]! : transactionId[i - 8]!;
  }
}

// --- text: USERNAME, REALM, NONCE, SOFTWARE ---

export function encodeText(text: string, maxBytes = MAX_TEXT_BYTES): Uint8Array {
  const bytes = utf8.encode(text);
  if (bytes.length > maxBytes) throw new TabmeshError('oversized', `text attribute over ${maxBytes} bytes`);
  return bytes;
}

export function decodeText(value: Uint8Array, maxBytes = MAX_TEXT_BYTES): Result<string> {
  if (value.length > maxBytes) return err('oversized', `text attribute over ${maxBytes} bytes`);
  try {
    return ok(strictUtf8.decode(value));
  } catch {
    return err('bad-field', 'text attribute is not UTF-8');
  }
}

// --- ERROR-CODE and UNKNOWN-ATTRIBUTES ---

export interface ErrorCodeValue {
  readonly code: number;
  readonly reason: string;
}

export function encodeErrorCode(code: number, reason: string): Uint8Array {
  if (!Number.isInteger(code) || code < 300 || code > 699) throw new TabmeshError('bad-field', `error code ${code}`);
  const text = encodeText(reason);
  const out = new Uint8Array(4 + text.length);
  out[2] = Math.floor(code / 100);
  out[3] = code % 100;
  out.set(text, 4);
  return out;
}

export function decodeErrorCode(value: Uint8Array): Result<ErrorCodeValue> {
  if (value.length < 4) return err('truncated', 'ERROR-CODE');
  const cls = value[2]! & 0x07;
  const number = value[3]!;
  if (cls < 3 || cls > 6 || number > 99) return err('bad-field', `ERROR-CODE ${cls}/${number}`);
  const reason = decodeText(value.subarray(4));
  if (!reason.ok) return reason;
  return ok({ code: cls * 100 + number, reason: reason.value });
}

export function encodeUnknownAttributes(types: readonly number[]): Uint8Array {
  const out = new Uint8Array(types.length * 2);
  types.forEach((type, i) => writeU16(out, i * 2, type));
  return out;
}

export function decodeUnknownAttributes(value: Uint8Array): Result<number[]> {
  if (value.length % 2 !== 0) return err('bad-size', 'UNKNOWN-ATTRIBUTES of odd length');
  const types: number[] = [];
  for (let i = 0; i < value.length; i += 2) types.push(readU16(value, i));
  return ok(types);
}

// --- fixed-size TURN values ---

/** LIFETIME: seconds as a u32. */
export function encodeU32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  writeU32(out, 0, value);
  return out;
}

export function decodeU32(value: Uint8Array): Result<number> {
  if (value.length !== 4) return err('bad-size', `32-bit attribute of ${value.length} bytes`);
  return ok(readU32(value, 0));
}

/** REQUESTED-TRANSPORT: protocol number, then 3 reserved bytes. */
export const encodeRequestedTransport = (protocol: number): Uint8Array => Uint8Array.of(protocol, 0, 0, 0);

export function decodeRequestedTransport(value: Uint8Array): Result<number> {
  if (value.length !== 4) return err('bad-size', 'REQUESTED-TRANSPORT must be 4 bytes');
  return ok(value[0]!);
}

/** REQUESTED-ADDRESS-FAMILY (RFC 8656 §18.11): family, then 3 reserved bytes; null when unknown. */
export const encodeRequestedFamily = (family: IpFamily): Uint8Array =>
  Uint8Array.of(family === 4 ? ADDRESS_FAMILY.ipv4 : ADDRESS_FAMILY.ipv6, 0, 0, 0);

export function decodeRequestedFamily(value: Uint8Array): Result<IpFamily | null> {
  if (value.length !== 4) return err('bad-size', 'REQUESTED-ADDRESS-FAMILY must be 4 bytes');
  return ok(value[0] === ADDRESS_FAMILY.ipv4 ? 4 : value[0] === ADDRESS_FAMILY.ipv6 ? 6 : null);
}

/** CHANNEL-NUMBER: u16 channel, then 2 reserved bytes. */
export function encodeChannelNumber(channel: number): Uint8Array {
  const out = new Uint8Array(4);
  writeU16(out, 0, channel);
  return out;
}

export function decodeChannelNumber(value: Uint8Array): Result<number> {
  if (value.length !== 4) return err('bad-size', 'CHANNEL-NUMBER must be 4 bytes');
  return ok(readU16(value, 0));
}

/** EVEN-PORT: one byte whose top bit R asks to reserve the next port too. */
export const encodeEvenPort = (reserveNext: boolean): Uint8Array => Uint8Array.of(reserveNext ? 0x80 : 0);

export function decodeEvenPort(value: Uint8Array): Result<{ reserveNext: boolean }> {
  if (value.length !== 1) return err('bad-size', 'EVEN-PORT must be 1 byte');
  return ok({ reserveNext: (value[0]! & 0x80) !== 0 });
}

/** RESERVATION-TOKEN: 8 opaque bytes, handled as hex. */
export function decodeReservationToken(value: Uint8Array): Result<string> {
  if (value.length !== RESERVATION_TOKEN_BYTES) return err('bad-size', 'RESERVATION-TOKEN must be 8 bytes');
  return ok(Buffer.from(value).toString('hex'));
}

export const encodeReservationToken = (token: string): Uint8Array => Uint8Array.from(Buffer.from(token, 'hex'));
