/**
 * Whether a signal envelope may be forwarded, independent of the transport (the in-process
 * simulator reuses it): the sender is registered under `from`, the target is registered, the
 * signature and timestamp hold, and the envelope was not forwarded before.
 */
import { err, ok, type Result } from '../../web/src/node/base/errors.ts';
import { SIGNALING_LIMITS, type SignalEnvelope } from '../../web/src/node/signaling/protocol.ts';
import { ExpiringMap } from '../../web/src/node/base/expiring-map.ts';
import { verifySignal } from '../../web/src/node/signaling/signal-auth.ts';
import type { Registry } from './registry.ts';

/**
 * An envelope is fresh while |now − ts| ≤ signalMaxAgeMs, so from its first sighting it can stay
 * fresh for up to twice that long; remembering it that long catches every replay.
 */
export const SIGNAL_REPLAY_WINDOW_MS = 2 * SIGNALING_LIMITS.signalMaxAgeMs;
/** Bounds memory (~200 bytes per key) while covering 20 signals/s from hundreds of sockets. */
export const SIGNAL_REPLAY_MAX_ENTRIES = 100_000;

export function createSignalReplayCache(): ExpiringMap<string> {
  return new ExpiringMap<string>(SIGNAL_REPLAY_WINDOW_MS, SIGNAL_REPLAY_MAX_ENTRIES);
}

/** Returns the target's connection handle, or the reason to refuse the envelope. */
export function checkSignal<H>(
  registry: Registry<H>,
  sender: H,
  envelope: SignalEnvelope,
  nowMs: number,
  replays: ExpiringMap<string>,
): Result<H> {
  const registration = registry.registrationOf(sender);
  if (registration === undefined) return err('not-registered', 'register before signalling');
  if (envelope.from !== registration.id) return err('id-mismatch', 'from is not the id this connection registered');
  const target = registry.handleOf(envelope.to);
  if (target === undefined) return err('unknown-peer', 'target is not registered');
  const verified = verifySignal(envelope, nowMs);
  if (!verified.ok) {
    // A signature by another key recovers another id: for a registered sender that is a bad signature.
    return verified.error.code === 'id-mismatch' ? err('bad-signature', 'signature is not by from') : verified;
  }
  if (!replays.admit(`${envelope.session}:${envelope.kind}:${envelope.from}`, nowMs)) {
    return err('replayed', 'this signal was forwarded before');
  }
  return ok(target);
}
