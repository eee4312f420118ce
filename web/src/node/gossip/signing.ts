/**
 * Rumours are signed by their origin: what a rumour says about its origin is checked before it
 * counts against that origin's rate or reaches a subscriber, so nobody can announce in another
 * node's name or spend its budget. The signature covers everything but hops, which every link
 * changes.
 */
import { peerIdBytes, type PeerId } from '../base/peer-id.ts';
import { defineSigningNamespace, type Identity } from '../peers/identity.ts';
import { identitySigner, identityVerifier, type PayloadSigner, type PayloadVerifier } from '../peers/signer.ts';
import { RUMOR_ID_BYTES } from './messages.ts';

/** Rumours, and nothing else, are signed under this name. */
export const RUMOR_NAMESPACE = defineSigningNamespace('tabmesh/rumor/v1');

/** A node's rumours signed with its identity, and anyone's checked against their origin. */
export function identityRumorAuth(identity: Identity): { signer: PayloadSigner; verify: PayloadVerifier } {
  return { signer: identitySigner(identity, RUMOR_NAMESPACE), verify: identityVerifier(RUMOR_NAMESPACE) };
}

export interface SignedRumorFields {
  id: Uint8Array;
  origin: PeerId;
  ttl: number;
  dataType: number;
  data: Uint8Array;
}

/** id ‖ origin ‖ ttl u8 ‖ dataType u16 ‖ data: one spelling per rumour. */
export function rumorPayload(r: SignedRumorFields): Uint8Array {
  const out = new Uint8Array(RUMOR_ID_BYTES + 32 + 1 + 2 + r.data.length);
  out.set(r.id, 0);
  out.set(peerIdBytes(r.origin), RUMOR_ID_BYTES);
  let at = RUMOR_ID_BYTES + 32;
  out[at++] = r.ttl;
  out[at++] = r.dataType >>> 8;
  out[at++] = r.dataType & 0xff;
  out.set(r.data, at);
  return out;
}
