/**
 * Stand-in signatures for simulators of thousands of nodes, where secp256k1 per message would
 * take minutes: bound to an id as the real scheme is, cheap to make and check. The real signers
 * (web/src/node/peers/signer.ts) are tested on their own.
 */
import { sha256 } from 'ethers';
import { peerIdBytes, peerIdFromBytes, type PeerId } from '../../web/src/node/base/peer-id.ts';
import type { PayloadSigner, PayloadVerifier } from '../../web/src/node/peers/signer.ts';

/** Stand-in signatures: id ‖ SHA-256(id ‖ payload) ‖ 0. Binds a record to an id as the real one does, cheaply. */
export function simSigner(id: PeerId): PayloadSigner {
  return { id, sign: (payload) => fakeSignature(id, payload) };
}
export const simVerify: PayloadVerifier = (payload, signature) => {
  if (signature.length !== 65) return undefined;
  const id = peerIdFromBytes(signature.subarray(0, 32));
  const expected = fakeSignature(id, payload);
  return expected.every((b, i) => b === signature[i]) ? id : undefined;
};
function fakeSignature(id: PeerId, payload: Uint8Array): Uint8Array {
  const idBytes = peerIdBytes(id);
  const joined = new Uint8Array(32 + payload.length);
  joined.set(idBytes, 0);
  joined.set(payload, 32);
  const out = new Uint8Array(65);
  out.set(idBytes, 0);
  out.set(peerIdBytes(sha256(joined).slice(2)), 32);
  return out;
}
