/**
 * What a service signs with and checks with, host-independent: the node's secp256k1 identity in
 * tabs and on Node peers, a cheap stand-in in simulators of thousands of nodes. Each use has its
 * own signing namespace, so a signature made for one kind of payload never verifies as another.
 */
import { getBytes, hexlify } from 'ethers';
import type { PeerId } from '../base/peer-id.ts';
import { recoverSigner, type Identity, type SigningNamespace } from './identity.ts';

/** Signs payloads of one kind as `id`. */
export interface PayloadSigner {
  readonly id: PeerId;
  /** A 65-byte signature of `payload`. */
  sign(payload: Uint8Array): Uint8Array;
}

/** The id that signed `payload`, or undefined for a bad signature. Never throws. */
export type PayloadVerifier = (payload: Uint8Array, signature: Uint8Array) => PeerId | undefined;

export function identitySigner(identity: Identity, namespace: SigningNamespace): PayloadSigner {
  return { id: identity.id, sign: (payload) => getBytes(identity.sign(namespace, payload)) };
}

export function identityVerifier(namespace: SigningNamespace): PayloadVerifier {
  return (payload, signature) => {
    const signer = recoverSigner(namespace, payload, hexlify(signature));
    return signer.ok ? signer.value : undefined;
  };
}
