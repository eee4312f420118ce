import { SigningKey, sha256, toUtf8Bytes, concat, randomBytes } from 'ethers';
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';

const SIGNATURE_PATTERN = /^0x[0-9a-f]{130}$/;

/**
 * Each signed message kind has its own namespace, so a signature made for one kind of message
 * can never be replayed as another. A layer declares its namespaces where its messages are
 * (`defineSigningNamespace('tabmesh/<layer>/v1')` beside its messages); a name declared twice
 * is a programming error.
 */
export type SigningNamespace = string & { readonly __signingNamespace: unique symbol };

const NAMESPACES = new Set<string>();
const NAMESPACE_PATTERN = /^tabmesh\/[a-z0-9-]+\/v\d+$/;

export function defineSigningNamespace(name: string): SigningNamespace {
  if (!NAMESPACE_PATTERN.test(name)) throw new TabmeshError('bad-field', `signing namespace ${name} is not tabmesh/<name>/v<n>`);
  if (NAMESPACES.has(name)) throw new TabmeshError('bad-field', `signing namespace ${name} is declared twice`);
  NAMESPACES.add(name);
  return name as SigningNamespace;
}

/** The peers layer's own: registration with the signaling server, and WebRTC signals. */
export const SIGNING_NAMESPACE = {
  register: defineSigningNamespace('tabmesh/register/v1'),
  signal: defineSigningNamespace('tabmesh/signal/v1'),
} as const;

export function isSignature(x: unknown): x is string {
  return typeof x === 'string' && SIGNATURE_PATTERN.test(x);
}

export function peerIdFromPublicKey(publicKey: string | Uint8Array): PeerId {
  const compressed = SigningKey.computePublicKey(publicKey, true);
  return sha256(compressed).slice(2);
}

/** Canonical bytes of a list of fields: JSON of the array, which has exactly one spelling. */
export function canonicalPayload(fields: readonly (string | number)[]): Uint8Array {
  return toUtf8Bytes(JSON.stringify(fields));
}

export function signingDigest(namespace: SigningNamespace, payload: Uint8Array): string {
  return sha256(concat([toUtf8Bytes(namespace), new Uint8Array([0]), payload]));
}

export class Identity {
  readonly id: PeerId;
  readonly publicKey: string;
  readonly #key: SigningKey;

  private constructor(key: SigningKey) {
    this.#key = key;
    this.publicKey = key.compressedPublicKey;
    this.id = peerIdFromPublicKey(this.publicKey);
  }

  static generate(): Identity {
    return new Identity(new SigningKey(randomBytes(32)));
  }

  static fromPrivateKey(privateKeyHex: string): Identity {
    return new Identity(new SigningKey(privateKeyHex));
  }

  /** Only for persisting the identity in the node's own storage. */
  exportPrivateKey(): string {
    return this.#key.privateKey;
  }

  sign(namespace: SigningNamespace, payload: Uint8Array): string {
    return this.#key.sign(signingDigest(namespace, payload)).serialized;
  }
}

/** Recovers the id of whoever signed `payload` under `namespace`. Never throws. */
export function recoverSigner(namespace: SigningNamespace, payload: Uint8Array, signature: unknown): Result<PeerId> {
  if (!isSignature(signature)) return err('bad-signature', 'signature is not 65 bytes of hex');
  try {
    const publicKey = SigningKey.recoverPublicKey(signingDigest(namespace, payload), signature);
    return ok(peerIdFromPublicKey(publicKey));
  } catch {
    return err('bad-signature', 'signature does not recover a public key');
  }
}

export function verifySignedBy(
  namespace: SigningNamespace,
  payload: Uint8Array,
  signature: unknown,
  expected: PeerId,
): Result<PeerId> {
  const signer = recoverSigner(namespace, payload, signature);
  if (!signer.ok) return signer;
  if (signer.value !== expected) return err('id-mismatch', 'signed by a different key');
  return signer;
}
