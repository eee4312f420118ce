/** Owned records signed with the node's secp256k1 identity, in their own signing namespace. */
import { defineSigningNamespace, type Identity } from '../peers/identity.ts';
import { identitySigner as signerFor, identityVerifier } from '../peers/signer.ts';
import type { RecordSigner, RecordVerifier } from './types.ts';

/** Owned DHT records, and nothing else, are signed under this name. */
export const DHT_RECORD_NAMESPACE = defineSigningNamespace('tabmesh/dht-record/v1');

export function identitySigner(identity: Identity): RecordSigner {
  return signerFor(identity, DHT_RECORD_NAMESPACE);
}

export const verifyWithIdentity: RecordVerifier = identityVerifier(DHT_RECORD_NAMESPACE);
