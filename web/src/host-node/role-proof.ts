/**
 * The proof that the operator vouches for a node (roles relay and seed): HMAC-SHA256 keyed with
 * the TURN secret the relays and the signaling server already share, over the registration
 * challenge's nonce and the node's id. Computed here, in the host, because the core has no
 * node:crypto; the relay hands the core a function that calls it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PeerId } from '../node/base/peer-id.ts';
import { roleProofMessage } from '../node/signaling/protocol.ts';

export function operatorRoleProof(secret: string, nonce: string, id: PeerId): string {
  return createHmac('sha256', secret).update(roleProofMessage(nonce, id), 'utf8').digest('hex');
}

/** Constant-time check of a proof made with `secret` for this nonce and id. */
export function isOperatorRoleProof(secret: string, nonce: string, id: PeerId, proof: string): boolean {
  const expected = Buffer.from(operatorRoleProof(secret, nonce, id), 'utf8');
  const given = Buffer.from(proof, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
