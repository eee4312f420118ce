/**
 * Photoblocks block headers (seed 001, issue 12): the bytes proof of work is done over, and the
 * block hash, SHA-256 of those bytes. Seed 001 hashed a block's JSON with SHA3-256; Tabmesh hashes
 * a fixed binary layout with SHA-256 instead: one canonical byte string (JSON key order and number
 * formatting are not), and the hash browsers compute fastest (WebCrypto, and tuned code for
 * mining). The layout, every integer big-endian:
 *
 *   offset  size  field
 *   0       2     version            u16, 1
 *   2       4     height             u32, the seed's `index`; genesis is 0
 *   6       8     timestamp          u64, milliseconds since the epoch
 *   14      32    prevHash           the previous block's hash; genesis: 32 zero bytes (the seed's "0")
 *   46      32    txRoot             Merkle root of the block's transaction hashes (tx-root.ts)
 *   78      32    imageKey           the image's content key in the DHT: SHA-256 of its bytes
 *   110     20    miner              the address the block's reward goes to
 *   130     4     bits               the difficulty target, compact (pow.ts)
 *   134     1+n   label              u8 length n (0..64), then n bytes of UTF-8: the image's label
 *   …       1+m   prevLabel          u8 length m (0..64), then the label the miner gave for the
 *                                    previous block's image (the seed's "label of the last block")
 *   …       8     nonce              u64, last so a miner hashes a fixed prefix and a counter
 *
 * A header is 144 to 272 bytes. Decoding takes exactly one header: anything shorter, longer or out
 * of range is a typed error.
 */
import { sha256 } from 'ethers';
import { err, ok, type Result } from '../base/errors.ts';

export const HEADER_VERSION = 1;
export const HASH_BYTES = 32;
export const ADDRESS_BYTES = 20;
/** Labels are class names ("coffee mug"), not prose. */
export const MAX_LABEL_BYTES = 64;
export const FIXED_HEADER_BYTES = 2 + 4 + 8 + 3 * HASH_BYTES + ADDRESS_BYTES + 4 + 1 + 1 + 8;
export const MAX_HEADER_BYTES = FIXED_HEADER_BYTES + 2 * MAX_LABEL_BYTES;

export interface BlockHeader {
  version: number;
  height: number;
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** 64 lowercase hex digits each. */
  prevHash: string;
  txRoot: string;
  imageKey: string;
  /** 0x and 40 lowercase hex digits. */
  miner: string;
  bits: number;
  label: string;
  prevLabel: string;
  /** A u64, as a bigint. */
  nonce: bigint;
}

const HEX64 = /^[0-9a-f]{64}$/;
const ADDRESS = /^0x[0-9a-f]{40}$/;
const MAX_U32 = 0xffff_ffff;
const MAX_U64 = (1n << 64n) - 1n;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a header cannot be encoded, or undefined: every field in its range. */
export function headerProblem(h: BlockHeader): string | undefined {
  if (h.version !== HEADER_VERSION) return `version ${h.version} is not ${HEADER_VERSION}`;
  if (!Number.isInteger(h.height) || h.height < 0 || h.height > MAX_U32) return `height ${h.height} is not a u32`;
  if (!Number.isSafeInteger(h.timestamp) || h.timestamp < 0) return `timestamp ${h.timestamp} is not a time in ms`;
  for (const field of ['prevHash', 'txRoot', 'imageKey'] as const) if (!HEX64.test(h[field])) return `${field} is not 64 lowercase hex digits`;
  if (!ADDRESS.test(h.miner)) return 'miner is not a lowercase 0x address';
  if (!Number.isInteger(h.bits) || h.bits < 0 || h.bits > MAX_U32) return `bits ${h.bits} is not a u32`;
  for (const field of ['label', 'prevLabel'] as const) {
    const bytes = utf8.encode(h[field]).length;
    if (bytes > MAX_LABEL_BYTES) return `${field} is ${bytes} bytes, at most ${MAX_LABEL_BYTES}`;
  }
  if (typeof h.nonce !== 'bigint' || h.nonce < 0n || h.nonce > MAX_U64) return 'nonce is not a u64';
  return undefined;
}

export function encodeHeader(h: BlockHeader): Uint8Array {
  const problem = headerProblem(h);
  if (problem !== undefined) throw new RangeError(`block header: ${problem}`);
  const label = utf8.encode(h.label);
  const prevLabel = utf8.encode(h.prevLabel);
  const out = new Uint8Array(FIXED_HEADER_BYTES + label.length + prevLabel.length);
  const view = new DataView(out.buffer);
  let at = 0;
  view.setUint16(at, h.version);
  view.setUint32((at += 2), h.height);
  view.setBigUint64((at += 4), BigInt(h.timestamp));
  at += 8;
  for (const hex of [h.prevHash, h.txRoot, h.imageKey, h.miner.slice(2)]) {
    out.set(hexBytes(hex), at);
    at += hex.length / 2;
  }
  view.setUint32(at, h.bits);
  at += 4;
  for (const text of [label, prevLabel]) {
    out[at++] = text.length;
    out.set(text, at);
    at += text.length;
  }
  view.setBigUint64(at, h.nonce);
  return out;
}

/** Exactly one header; 'truncated', 'trailing-bytes', 'bad-field' (version, a label's length or UTF-8). */
export function decodeHeader(bytes: Uint8Array): Result<BlockHeader> {
  if (bytes.length < FIXED_HEADER_BYTES) return err('truncated', `a block header is at least ${FIXED_HEADER_BYTES} bytes, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(0);
  if (version !== HEADER_VERSION) return err('bad-field', `header version ${version}, expected ${HEADER_VERSION}`);
  const hex = (from: number, n: number): string => bytesHex(bytes.subarray(from, from + n));
  let at = 134;
  const labels: string[] = [];
  for (const name of ['label', 'prevLabel']) {
    if (at >= bytes.length) return err('truncated', `header cut before its ${name}`);
    const n = bytes[at++]!;
    if (n > MAX_LABEL_BYTES) return err('bad-field', `${name} of ${n} bytes, at most ${MAX_LABEL_BYTES}`);
    if (at + n > bytes.length) return err('truncated', `header cut inside its ${name}`);
    try {
      labels.push(fromUtf8.decode(bytes.subarray(at, at + n)));
    } catch {
      return err('bad-field', `${name} is not UTF-8`);
    }
    at += n;
  }
  if (bytes.length < at + 8) return err('truncated', 'header cut before its nonce');
  if (bytes.length > at + 8) return err('trailing-bytes', `${bytes.length - at - 8} bytes after the header`);
  const timestamp = view.getBigUint64(6);
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return err('bad-field', 'timestamp beyond any date');
  return ok({
    version,
    height: view.getUint32(2),
    timestamp: Number(timestamp),
    prevHash: hex(14, 32),
    txRoot: hex(46, 32),
    imageKey: hex(78, 32),
    miner: `0x${hex(110, 20)}`,
    bits: view.getUint32(130),
    label: labels[0]!,
    prevLabel: labels[1]!,
    nonce: view.getBigUint64(at),
  });
}

/** The block hash: SHA-256 of the header bytes, 64 lowercase hex digits. */
export function headerHash(h: BlockHeader | Uint8Array): string {
  return sha256(h instanceof Uint8Array ? h : encodeHeader(h)).slice(2);
}

export function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
