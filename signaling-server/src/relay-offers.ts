/**
 * Relay offers: every live relay's TURN URLs with TURN REST credentials minted for the node that
 * asks (username "<expiry>:<its id>"), so a credential names who it was issued to and expires on
 * its own. The relays' TURN servers share the secret and re-derive the password from the username.
 */
import { err, ok, type Result } from '../../web/src/node/base/errors.ts';
import { SIGNALING_LIMITS, type RelayOffer } from '../../web/src/node/signaling/protocol.ts';
import { mintTurnCredential } from '../../web/src/host-node/turn-credentials.ts';
import type { Registry } from './registry.ts';

/** An hour: long enough that a tab refreshes rarely (at half of it), short enough that a leaked one goes stale. */
export const DEFAULT_TURN_CREDENTIAL_TTL_SECONDS = 3600;

export interface TurnCredentialPolicy {
  /** The TURN REST shared secret (the same the relays' TURN servers use). */
  secret: string;
  ttlSeconds: number;
}

/** Offers for the node on `handle`; none without a secret (then no one can mint credentials). */
export function relayOffersFor<H>(
  registry: Registry<H>,
  handle: H,
  policy: TurnCredentialPolicy | undefined,
  nowMs: number,
): Result<RelayOffer[]> {
  const caller = registry.registrationOf(handle);
  if (caller === undefined) return err('not-registered', 'register first');
  if (policy === undefined) return ok([]);
  const services = registry.turnServices(handle, SIGNALING_LIMITS.maxRelayOffers);
  if (!services.ok) return services;
  // One credential serves every relay: they all check it against the same secret.
  const credential = mintTurnCredential(policy.secret, caller.id, policy.ttlSeconds, nowMs);
  return ok(
    services.value.map((service) => ({
      id: service.id,
      urls: service.urls,
      username: credential.username,
      credential: credential.credential,
      ttlSeconds: credential.ttl,
    })),
  );
}
