/**
 * One RTT probe to a relay's TURN service, from a browser tab.
 *
 * A page cannot send a STUN binding and time its answer, and a server-reflexive candidate does
 * not help either: Chromium drops one equal to a host candidate (no NAT, as on a LAN or in
 * tests), so it may never appear. What a page can observe is the first `relay` candidate of an
 * RTCPeerConnection restricted to relaying: it appears once the TURN allocation succeeded, which
 * takes two round trips to the TURN port (Allocate → 401 with nonce → authenticated Allocate →
 * success). Half of that time is reported as the RTT. The connection is closed in every case.
 *
 * The figure carries a constant on top of the RTT: Chromium starts the relay phase of candidate
 * gathering one allocation step (50 ms) after setLocalDescription. Measured through a UDP proxy
 * adding delay in front of relay/src/turn: ~60 ms at RTT 0, ~107 ms at RTT 20, ~218 ms at RTT 80,
 * i.e. elapsed ≈ 58 ms + 2 × RTT, so a relay on the LAN reads ~30 ms. The constant is the same for
 * every relay, so the ranking holds; the absolute number is an upper bound, not the RTT itself.
 */
import { TabmeshError } from '../node/base/errors.ts';
import type { RelayOffer } from '../node/signaling/protocol.ts';

/** Two round trips to a TURN server anywhere on earth fit well within this. */
export const RELAY_PROBE_TIMEOUT_MS = 3_000;
/** Allocate without credentials, 401, Allocate with them, success. */
const ROUND_TRIPS_PER_ALLOCATION = 2;

export function probeRelay(offer: RelayOffer, signal: AbortSignal, timeoutMs = RELAY_PROBE_TIMEOUT_MS): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const pc = new RTCPeerConnection({
      iceServers: [{ urls: offer.urls, username: offer.username, credential: offer.credential }],
      iceTransportPolicy: 'relay',
    });
    let startedAt: number | undefined;
    let done = false;
    const finish = (settle: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      pc.onicecandidate = null;
      pc.onicegatheringstatechange = null;
      pc.close();
      settle();
    };
    const onAbort = (): void => finish(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => finish(() => reject(new TabmeshError('timeout', 'no relay candidate in time'))), timeoutMs);
    pc.onicecandidate = (event) => {
      if (startedAt === undefined || event.candidate === null || !isRelayCandidate(event.candidate)) return;
      const elapsed = performance.now() - startedAt;
      finish(() => resolve(elapsed / ROUND_TRIPS_PER_ALLOCATION));
    };
    pc.onicegatheringstatechange = () => {
      if (pc.iceGatheringState === 'complete') finish(() => reject(new TabmeshError('closed', 'gathering ended without a relay candidate')));
    };
    // Candidates are gathered once an m-line exists; a data channel is the cheapest one.
    pc.createDataChannel('probe');
    pc.createOffer()
      .then((description) => {
        if (done) return;
        // Gathering, and with it the first Allocate, starts here.
        startedAt = performance.now();
        return pc.setLocalDescription(description);
      })
      .catch((error: unknown) => finish(() => reject(new TabmeshError('closed', String(error)))));
  });
}

function isRelayCandidate(candidate: RTCIceCandidate): boolean {
  return candidate.type === 'relay' || / typ relay( |$)/.test(candidate.candidate);
}
