/** Owned records signed with the node's secp256k1 identity, in their own signing namespace. */
import { getBytes, hexlify } from 'ethers';
import { defineSigningNamespace, recoverSigner, type Identity } from '../peers/identity.ts';
import type { RecordSigner, RecordVerifier } from './types.ts';

/** Owned DHT records, and nothing else, are signed under this name. */
export const DHT_RECORD_NAMESPACE = defineSigningNamespace('tabmesh/dht-record/v1');

export function identitySigner(identity: Identity): RecordSigner {
  return { id: identity.id, sign: (payload) => getBytes(identity.sign(DHT_RECORD_NAMESPACE, payload)) };
}

export const verifyWithIdentity: RecordVerifier = (payload, signature) => {
  const signer = recoverSigner(DHT_RECORD_NAMESPACE, payload, hexlify(signature));
  return signer.ok ? signer.value : undefined;
};
