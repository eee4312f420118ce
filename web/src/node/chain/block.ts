/**
 * A Photoblocks block: its header (header.ts) and its transfers (transfer.ts). The image is not
 * inside: the header names it by content key (SHA-256 of its bytes) and it travels through the
 * DHT. The bytes of a block, big-endian:
 *
 *   size  field
 *   2     header length h
 *   h     the header
 *   2     transfer count n (0..MAX_TRANSFERS_PER_BLOCK)
 *   113n  the transfers, each TRANSFER_BYTES
 *
 * checkBlock() is everything that can be checked from the block alone: its proof of work meets
 * the target its header claims, the transfer root matches, and nothing is out of bounds. What
 * depends on the chain below it is consensus.ts; the image's label is recognition.ts.
 */
import { err, ok, type Result } from '../base/errors.ts';
import { decodeHeader, encodeHeader, headerHash, MAX_HEADER_BYTES, MAX_LABEL_BYTES, type BlockHeader } from './header.ts';
import { meetsTarget, targetOf } from './pow.ts';
import { decodeTransfer, encodeTransfer, TRANSFER_BYTES, txRoot, type SignedTransfer } from './transfer.ts';

/** Transfers one block may carry: a block (≈ 29 KiB) then fits one 64 KiB frame or rumour. */
export const MAX_TRANSFERS_PER_BLOCK = 256;
export const MAX_BLOCK_BYTES = 2 + MAX_HEADER_BYTES + 2 + MAX_TRANSFERS_PER_BLOCK * TRANSFER_BYTES;

export interface Block {
  header: BlockHeader;
  transfers: SignedTransfer[];
  /** The header's hash, 64 hex digits. */
  hash: string;
}

export function makeBlock(header: BlockHeader, transfers: SignedTransfer[]): Block {
  return { header, transfers, hash: headerHash(header) };
}

export function encodeBlock(block: Block): Uint8Array {
  if (block.transfers.length > MAX_TRANSFERS_PER_BLOCK) throw new RangeError(`a block carries at most ${MAX_TRANSFERS_PER_BLOCK} transfers`);
  const header = encodeHeader(block.header);
  const out = new Uint8Array(2 + header.length + 2 + block.transfers.length * TRANSFER_BYTES);
  const view = new DataView(out.buffer);
  view.setUint16(0, header.length);
  out.set(header, 2);
  let at = 2 + header.length;
  view.setUint16(at, block.transfers.length);
  at += 2;
  for (const t of block.transfers) {
    out.set(encodeTransfer(t), at);
    at += TRANSFER_BYTES;
  }
  return out;
}

/** Exactly one block: 'truncated', 'trailing-bytes', 'oversized', 'bad-field', 'bad-signature'. */
export function decodeBlock(bytes: Uint8Array): Result<Block> {
  if (bytes.length > MAX_BLOCK_BYTES) return err('oversized', `a block is at most ${MAX_BLOCK_BYTES} bytes, got ${bytes.length}`);
  if (bytes.length < 2) return err('truncated', 'a block starts with its header length');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint16(0);
  if (headerLength > MAX_HEADER_BYTES) return err('bad-field', `a header of ${headerLength} bytes`);
  if (bytes.length < 2 + headerLength + 2) return err('truncated', 'block cut inside its header');
  const headerBytes = bytes.subarray(2, 2 + headerLength);
  const header = decodeHeader(headerBytes);
  if (!header.ok) return header;
  let at = 2 + headerLength;
  const count = view.getUint16(at);
  at += 2;
  if (count > MAX_TRANSFERS_PER_BLOCK) return err('bad-field', `${count} transfers, at most ${MAX_TRANSFERS_PER_BLOCK}`);
  const expected = at + count * TRANSFER_BYTES;
  if (bytes.length < expected) return err('truncated', `block cut inside its ${count} transfers`);
  if (bytes.length > expected) return err('trailing-bytes', `${bytes.length - expected} bytes after the block`);
  const transfers: SignedTransfer[] = [];
  for (let i = 0; i < count; i++, at += TRANSFER_BYTES) {
    const t = decodeTransfer(bytes.subarray(at, at + TRANSFER_BYTES));
    if (!t.ok) return err(t.error.code, `transfer ${i}: ${t.error.message}`);
    transfers.push(t.value);
  }
  return ok({ header: header.value, transfers, hash: headerHash(headerBytes) });
}

/**
 * What a header proves on its own: its hash meets the target it claims, and its labels are
 * there. 'bad-field' for an unusable target or an empty label, 'bad-pow' for too weak a hash.
 */
export function checkHeaderAlone(header: BlockHeader, hash: string): Result<bigint> {
  const target = targetOf(header.bits);
  if (!target.ok) return target;
  if (!meetsTarget(hash, target.value)) return err('bad-pow', `hash ${hash.slice(0, 12)}… is above the target 0x${header.bits.toString(16)}`);
  if (header.height > 0 && header.label.trim() === '') return err('bad-field', 'a block without a label');
  if (header.label.length > MAX_LABEL_BYTES) return err('bad-field', 'label too long');
  return ok(target.value);
}

/** Everything a block proves on its own: checkHeaderAlone, the transfer root, no transfer twice. */
export function checkBlock(block: Block): Result<void> {
  const header = checkHeaderAlone(block.header, block.hash);
  if (!header.ok) return header;
  const hashes = block.transfers.map((t) => t.hash);
  if (new Set(hashes).size !== hashes.length) return err('replayed', 'a transfer appears twice in the block');
  const root = txRoot(hashes);
  if (root !== block.header.txRoot) return err('hash-mismatch', `transfer root ${root.slice(0, 12)}… is not the header's ${block.header.txRoot.slice(0, 12)}…`);
  return ok(undefined);
}
