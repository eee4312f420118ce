/**
 * Signed WebRTC signals carried through the mesh (`meshSignal`), so that a node with neighbours
 * can open new links without the signaling server — the only way while the server is down.
 *
 * Routing, per hop, in this order:
 *   1. the target is a neighbour: straight to it;
 *   2. a signal of the same exchange came in from the target (an offer we are answering):
 *      back the way it came (reverse path, remembered per from/session);
 *   3. a neighbour's table entry lists the target among its open links: to that neighbour;
 *   4. otherwise a flood: to up to MESH_FLOOD_FANOUT random neighbours, ttl counting down.
 *
 * Nothing a neighbour hands over is trusted: the envelope is parsed from untrusted JSON, and the
 * target's connector checks signature, freshness and replay exactly as for server-carried
 * signals. An intermediate hop does not verify signatures when it passes a signal along a known
 * route (one message out per message in, so no amplification), but it does before a flood, so
 * a forger cannot make the whole mesh carry its garbage. Floods die by ttl and by dedupe on
 * (from, session, kind) and a digest of the signed content; the work per link is bounded by a token bucket.
 */
import { concat, sha256, toUtf8Bytes } from 'ethers';
import { pickRandom } from '../base/clock.ts';
import type { ErrorCode } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { Lifecycle, type ServiceChannel, type ServiceLink, type ServicePort, type ServiceState, type Service } from '../service.ts';
import type { MeshReach, MeshSignals } from '../signaling/signal-router.ts';
import { MAX_MESH_SIGNAL_BYTES, MESH_SIGNAL_MESSAGES, type MeshSignalMessage } from './messages.ts';
import { ExpiringMap } from '../base/expiring-map.ts';
import { SIGNALING_LIMITS, parseSignalEnvelope, signalPayload, type AckResult, type SignalEnvelope } from '../signaling/protocol.ts';
import { verifySignal } from '../signaling/signal-auth.ts';
import { TokenBuckets } from '../base/token-buckets.ts';

/** Hops a signal may take. Ample for a 2-hop known route with one stale entry on the way; a flood reaches fanout^4 nodes. */
export const MESH_SIGNAL_TTL = 4;
/** Neighbours a flooded signal goes to at each hop: enough to reach a small mesh, bounded for a relay with 200 links. */
export const MESH_FLOOD_FANOUT = 6;
/**
 * meshSignal messages accepted from one neighbour at once, then MESH_SIGNAL_PER_SECOND. An honest
 * neighbour sends a few per new link (offer, answer, plus flood copies); a burst of re-dials
 * after churn stays under this.
 */
export const MESH_SIGNAL_BURST = 64;
export const MESH_SIGNAL_PER_SECOND = 16;
/** A signal is fresh for ±signalMaxAgeMs, so it can circulate for twice that: remember it that long. */
const SEEN_WINDOW_MS = 2 * SIGNALING_LIMITS.signalMaxAgeMs;
const SEEN_ENTRIES = 4096;
/** Reverse paths are needed until the answer is back; dials give up long before this. */
const ROUTE_WINDOW_MS = SIGNALING_LIMITS.signalMaxAgeMs;
const ROUTE_ENTRIES = 2048;
/** Token buckets kept; one per neighbour, and no node has more than a relay's 200 links. */
const MAX_RATE_KEYS = 256;

export type { MeshReach };

export const MESH_DROP_REASONS = ['rate-limited', 'malformed', 'duplicate', 'ttl', 'expired', 'bad-signature', 'no-route', 'backpressure'] as const;
export type MeshDropReason = (typeof MESH_DROP_REASONS)[number];

export interface MeshSignalStats {
  /** Signals this node originated over the mesh, by how the first hop was chosen. */
  sent: Record<Exclude<MeshReach, 'none'>, number>;
  /** Signals passed on for others. */
  forwarded: number;
  /** Signals addressed to this node handed to its listeners (the connector). */
  delivered: number;
  dropped: Record<MeshDropReason, number>;
}

type MeshListener = (envelope: SignalEnvelope, via: PeerId) => void;

interface Route {
  reach: MeshReach;
  hops: PeerId[];
}

/**
 * (from, session, kind) plus a digest of everything signed and the signature: honest copies of
 * one signal are identical, while a tampered or forged copy seen first must not shadow the
 * genuine one (the copies differ in SDP or signature, so they get keys of their own).
 */
function dedupeKey(envelope: SignalEnvelope): string {
  const { signature, ...unsigned } = envelope;
  const digest = sha256(concat([signalPayload(unsigned), toUtf8Bytes(signature)])).slice(2, 34);
  return `${envelope.from}/${envelope.session}/${envelope.kind}/${digest}`;
}

function refused(code: ErrorCode, message: string): AckResult {
  return { ok: false, code, message };
}

/** The running state: the port the channel carries signals over. */
interface Running {
  port: ServicePort;
  channel: ServiceChannel<MeshSignalMessage>;
}

export class MeshSignalChannel implements Service, MeshSignals {
  readonly name = 'mesh-signal';
  readonly stats: MeshSignalStats = {
    sent: { neighbour: 0, routed: 0, flood: 0 },
    forwarded: 0,
    delivered: 0,
    dropped: Object.fromEntries(MESH_DROP_REASONS.map((r) => [r, 0])) as Record<MeshDropReason, number>,
  };
  readonly #life = new Lifecycle<Running>();
  #attached: Running | undefined;
  readonly #listeners = new Set<MeshListener>();
  readonly #seen = new ExpiringMap<string>(SEEN_WINDOW_MS, SEEN_ENTRIES);
  /** `${from}/${session}` → the neighbour a signal of that exchange came from. */
  readonly #reverse = new ExpiringMap<string, PeerId>(ROUTE_WINDOW_MS, ROUTE_ENTRIES);
  readonly #buckets = new TokenBuckets<PeerId>(MESH_SIGNAL_BURST, MESH_SIGNAL_PER_SECOND, MAX_RATE_KEYS);

  get state(): ServiceState {
    return this.#life.state;
  }

  attach(port: ServicePort): void {
    const channel = port.register(MESH_SIGNAL_MESSAGES, { meshSignal: (msg, link) => this.#receive(msg, link) });
    this.#attached = { port, channel };
  }

  start(): void {
    const attached = this.#attached;
    if (attached) this.#life.start(() => attached);
  }

  stop(): void {
    this.#life.stop();
  }

  onSignal(listener: MeshListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** How a signal to `to` would leave this node now (the router's choice of channel uses it). */
  reach(to: PeerId, session?: string): MeshReach {
    const running = this.#life.running;
    return running ? this.#route(running.port, to, session, undefined, false).reach : 'none';
  }

  /** Sends a signed envelope of this node's into the mesh. Resolves at once: there is no end-to-end ack. */
  async send(envelope: SignalEnvelope): Promise<AckResult> {
    return this.sendNow(envelope);
  }

  sendNow(envelope: SignalEnvelope): AckResult {
    const running = this.#life.running;
    if (!running) return refused('closed', 'mesh signaling is not running');
    const json = JSON.stringify(envelope);
    if (json.length > MAX_MESH_SIGNAL_BYTES) return refused('oversized', 'signal too large for the mesh');
    // Our own signal coming back around a flood is dropped as already seen.
    this.#seen.admit(dedupeKey(envelope), running.port.clock.now());
    const route = this.#route(running.port, envelope.to, envelope.session, undefined, true);
    if (route.reach === 'none') return refused('unknown-peer', 'no neighbour to carry the signal');
    if (this.#sendTo(running, route.hops, envelope.to, MESH_SIGNAL_TTL, json) === 0) return refused('backpressure', 'no neighbour took the signal');
    this.stats.sent[route.reach] += 1;
    return { ok: true };
  }

  #receive(msg: { target: PeerId; ttl: number; envelope: string }, link: ServiceLink): void {
    const running = this.#life.running;
    if (!running) return;
    const { port } = running;
    const now = port.clock.now();
    if (!this.#buckets.take(link.remoteId, now)) return this.#drop('rate-limited');
    let raw: unknown;
    try {
      raw = JSON.parse(msg.envelope);
    } catch {
      link.reportMalformed();
      return this.#drop('malformed');
    }
    const parsed = parseSignalEnvelope(raw);
    if (!parsed.ok || parsed.value.to !== msg.target) {
      link.reportMalformed();
      return this.#drop('malformed');
    }
    const envelope = parsed.value;
    if (!this.#seen.admit(dedupeKey(envelope), now)) return this.#drop('duplicate');
    this.#reverse.set(`${envelope.from}/${envelope.session}`, link.remoteId, now);
    if (envelope.to === port.id) {
      this.stats.delivered += 1;
      for (const listener of this.#listeners) {
        try {
          listener(envelope, link.remoteId);
        } catch {
          // a listener's bug must not stop the others
        }
      }
      return;
    }
    const ttl = Math.min(msg.ttl, MESH_SIGNAL_TTL);
    if (ttl <= 1) return this.#drop('ttl');
    if (Math.abs(now - envelope.ts) > SIGNALING_LIMITS.signalMaxAgeMs) return this.#drop('expired');
    const route = this.#route(port, envelope.to, envelope.session, link.remoteId, true);
    if (route.reach === 'none') return this.#drop('no-route');
    if (route.reach === 'flood' && !verifySignal(envelope, now).ok) return this.#drop('bad-signature');
    // The JSON is passed on as received: what the target verifies is exactly what the origin signed.
    if (this.#sendTo(running, route.hops, envelope.to, ttl - 1, msg.envelope) > 0) this.stats.forwarded += 1;
  }

  #route(port: ServicePort, to: PeerId, session: string | undefined, exclude: PeerId | undefined, pick: boolean): Route {
    const neighbours = port.links().filter((id) => id !== exclude);
    if (neighbours.length === 0) return { reach: 'none', hops: [] };
    if (neighbours.includes(to)) return { reach: 'neighbour', hops: [to] };
    if (session !== undefined) {
      const back = this.#reverse.get(`${to}/${session}`, port.clock.now());
      if (back !== undefined && neighbours.includes(back)) return { reach: 'routed', hops: [back] };
    }
    const via = neighbours.filter((id) => port.peer(id)?.neighbours.has(to) === true);
    if (via.length > 0) return { reach: 'routed', hops: pick ? pickRandom(via, 1, port.random) : [] };
    return { reach: 'flood', hops: pick ? pickRandom(neighbours, MESH_FLOOD_FANOUT, port.random) : [] };
  }

  /** Returns how many neighbours took the message. */
  #sendTo(running: Running, hops: readonly PeerId[], target: PeerId, ttl: number, envelope: string): number {
    let sent = 0;
    for (const hop of hops) {
      try {
        running.channel.send(hop, { kind: 'meshSignal', target, ttl, envelope });
        sent += 1;
      } catch {
        this.#drop('backpressure'); // the link closed or its queue is full; the dial times out and is retried
      }
    }
    return sent;
  }

  #drop(reason: MeshDropReason): void {
    this.stats.dropped[reason] += 1;
  }
}
