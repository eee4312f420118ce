/**
 * Photoblocks transfers: coins from one account to another, signed with secp256k1 (the key kind of
 * node identities and MetaMask; an account is its Ethereum-style address) in the chain's own
 * signing namespace, with the chain id inside what is signed so a transfer made for one network
 * never counts on another, and the sender's account nonce against replay. The bytes, big-endian:
 *
 *   offset  size  field
 *   0       8     chainId     u64
 *   8       20    to          the recipient's address
 *   28      8     amount      u64, in units (1 coin = 10^8 units), at least 1
 *   36      4     nonce       u32, the sender's transfers before this one
 *   40      8     timestamp   u64, milliseconds since the epoch (seed 001's field)
 *   48      65    signature   r ‖ s ‖ v over SHA-256("tabmesh/photoblocks-tx/v1" ‖ 0 ‖ bytes 0–47)
 *
 * The sender is recovered from the signature. A transfer's hash is SHA-256 of all 113 bytes.
 */
import { computeAddress, sha256, Signature, SigningKey } from 'ethers';
import { err, ok, type Result } from '../base/errors.ts';
import { defineSigningNamespace, signingDigest } from '../peers/identity.ts';
import { bytesHex, hexBytes } from './header.ts';

export const TRANSFER_NAMESPACE = defineSigningNamespace('tabmesh/photoblocks-tx/v1');
export const COIN = 100_000_000n;
export const UNSIGNED_TRANSFER_BYTES = 48;
export const SIGNATURE_BYTES = 65;
export const TRANSFER_BYTES = UNSIGNED_TRANSFER_BYTES + SIGNATURE_BYTES;

export interface UnsignedTransfer {
  chainId: bigint;
  /** 0x and 40 lowercase hex digits. */
  to: string;
  amount: bigint;
  nonce: number;
  timestamp: number;
}

export interface SignedTransfer extends UnsignedTransfer {
  /** Recovered from the signature: the sender's address. */
  from: string;
  /** 0x and 130 hex digits. */
  signature: string;
  /** SHA-256 of the encoded transfer, 64 hex digits. */
  hash: string;
}

const ADDRESS = /^0x[0-9a-f]{40}$/;
const MAX_U64 = (1n << 64n) - 1n;

function unsignedBytes(t: UnsignedTransfer): Uint8Array {
  if (t.chainId < 0n || t.chainId > MAX_U64) throw new RangeError('chainId is not a u64');
  if (!ADDRESS.test(t.to)) throw new RangeError('to is not a lowercase 0x address');
  if (t.amount < 1n || t.amount > MAX_U64) throw new RangeError('amount is not 1..2^64-1 units');
  if (!Number.isInteger(t.nonce) || t.nonce < 0 || t.nonce > 0xffff_ffff) throw new RangeError('nonce is not a u32');
  if (!Number.isSafeInteger(t.timestamp) || t.timestamp < 0) throw new RangeError('timestamp is not a time in ms');
  const out = new Uint8Array(UNSIGNED_TRANSFER_BYTES);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, t.chainId);
  out.set(hexBytes(t.to.slice(2)), 8);
  view.setBigUint64(28, t.amount);
  view.setUint32(36, t.nonce);
  view.setBigUint64(40, BigInt(t.timestamp));
  return out;
}

/** Signs with `privateKey` (0x and 64 hex digits). */
export function signTransfer(t: UnsignedTransfer, privateKey: string): SignedTransfer {
  const key = new SigningKey(privateKey);
  const body = unsignedBytes(t);
  const signature = key.sign(signingDigest(TRANSFER_NAMESPACE, body)).serialized;
  const bytes = new Uint8Array(TRANSFER_BYTES);
  bytes.set(body);
  bytes.set(hexBytes(signature.slice(2)), UNSIGNED_TRANSFER_BYTES);
  return { ...t, from: computeAddress(key.publicKey).toLowerCase(), signature, hash: sha256(bytes).slice(2) };
}

export function encodeTransfer(t: SignedTransfer): Uint8Array {
  const bytes = new Uint8Array(TRANSFER_BYTES);
  bytes.set(unsignedBytes(t));
  bytes.set(hexBytes(t.signature.slice(2)), UNSIGNED_TRANSFER_BYTES);
  return bytes;
}

/** Exactly one transfer; 'truncated', 'trailing-bytes', 'bad-field', 'bad-signature'. */
export function decodeTransfer(bytes: Uint8Array): Result<SignedTransfer> {
  if (bytes.length < TRANSFER_BYTES) return err('truncated', `a transfer is ${TRANSFER_BYTES} bytes, got ${bytes.length}`);
  if (bytes.length > TRANSFER_BYTES) return err('trailing-bytes', `${bytes.length - TRANSFER_BYTES} bytes after the transfer`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const amount = view.getBigUint64(28);
  if (amount === 0n) return err('bad-field', 'a transfer of nothing');
  const timestamp = view.getBigUint64(40);
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return err('bad-field', 'timestamp beyond any date');
  const body = bytes.subarray(0, UNSIGNED_TRANSFER_BYTES);
  const signature = `0x${bytesHex(bytes.subarray(UNSIGNED_TRANSFER_BYTES))}`;
  let from: string;
  try {
    from = computeAddress(SigningKey.recoverPublicKey(signingDigest(TRANSFER_NAMESPACE, body), Signature.from(signature))).toLowerCase();
  } catch {
    return err('bad-signature', 'the signature recovers no key');
  }
  return ok({
    chainId: view.getBigUint64(0),
    to: `0x${bytesHex(bytes.subarray(8, 28))}`,
    amount,
    nonce: view.getUint32(36),
    timestamp: Number(timestamp),
    from,
    signature,
    hash: sha256(bytes).slice(2),
  });
}

/**
 * The Merkle root of a block's transfer hashes (the header's txRoot): SHA-256 of each pair of
 * hashes' bytes, level by level; an odd last hash goes up unpaired (duplicating it, as Bitcoin
 * does, lets two different lists share a root). No transfers: 32 zero bytes.
 */
export function txRoot(hashes: readonly string[]): string {
  if (hashes.length === 0) return '0'.repeat(64);
  let level = hashes.map(hexBytes);
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      if (right === undefined) next.push(level[i]!);
      else next.push(hexBytes(sha256(new Uint8Array([...level[i]!, ...right])).slice(2)));
    }
    level = next;
  }
  return bytesHex(level[0]!);
}
