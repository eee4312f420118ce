/** Owned records signed with the node's secp256k1 identity, in their own signing namespace. */
import { getBytes, hexlify } from 'ethers';
import { recoverSigner, SIGNING_NAMESPACE, type Identity } from '../peers/identity.ts';
import type { RecordSigner, RecordVerifier } from './types.ts';

export function identitySigner(identity: Identity): RecordSigner {
  return { id: identity.id, sign: (payload) => getBytes(identity.sign(SIGNING_NAMESPACE.dhtRecord, payload)) };
}

export const verifyWithIdentity: RecordVerifier = (payload, signature) => {
  const signer = recoverSigner(SIGNING_NAMESPACE.dhtRecord, payload, hexlify(signature));
  return signer.ok ? signer.value : undefined;
};
