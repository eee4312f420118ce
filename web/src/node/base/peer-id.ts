/**
 * Peer ids, below every layer: the wire carries them as 32 raw bytes, the transport names links
 * by them, and everything above addresses peers by them. How an id is made from a key lives in
 * peers/identity.ts.
 */
import { getBytes, hexlify } from 'ethers';

/** A peer id: 64 lowercase hex characters, SHA-256 of the compressed secp256k1 public key. */
export type PeerId = string;

export const PEER_ID_HEX_LENGTH = 64;
const PEER_ID_PATTERN = /^[0-9a-f]{64}$/;

export function isPeerId(x: unknown): x is PeerId {
  return typeof x === 'string' && PEER_ID_PATTERN.test(x);
}

export function peerIdBytes(id: PeerId): Uint8Array {
  return getBytes('0x' + id);
}

export function peerIdFromBytes(bytes: Uint8Array): PeerId {
  return hexlify(bytes).slice(2);
}
