import { hexlify, randomBytes } from 'ethers';
import { err, type Result } from '../base/errors.ts';
import { SIGNING_NAMESPACE, verifySignedBy, type Identity } from '../peers/identity.ts';
import { type PeerId } from '../base/peer-id.ts';
import { SIGNALING_LIMITS, signalPayload, type SignalEnvelope, type SignalKind } from './protocol.ts';

export function newSessionId(): string {
  return hexlify(randomBytes(16)).slice(2);
}

export function signSignal(
  identity: Identity,
  fields: { to: PeerId; kind: SignalKind; session: string; sdp: string; ts: number },
): SignalEnvelope {
  const unsigned = { from: identity.id, ...fields };
  return { ...unsigned, signature: identity.sign(SIGNING_NAMESPACE.signal, signalPayload(unsigned)) };
}

/**
 * Checks that the envelope was signed by its `from` id and is fresh. The signature covers the
 * whole SDP, DTLS fingerprint included, so no one between the two peers can swap it.
 */
export function verifySignal(envelope: SignalEnvelope, nowMs: number): Result<PeerId> {
  if (Math.abs(nowMs - envelope.ts) > SIGNALING_LIMITS.signalMaxAgeMs) return err('expired', 'signal timestamp out of window');
  const { signature, ...unsigned } = envelope;
  return verifySignedBy(SIGNING_NAMESPACE.signal, signalPayload(unsigned), signature, envelope.from);
}
