/**
 * The connector's one SignalChannel, composed of the two ways a signal can travel: through the
 * signaling server, and through the mesh (MeshSignalChannel). Incoming signals from both reach the
 * same listeners (the connector, which checks every one the same way); each outgoing signal takes
 * one way, never both (a second copy would only be refused at the target as a replay):
 *
 * - An answer or reject goes back the way its offer came: the offerer is listening there, and a
 *   mesh offer has left a reverse path behind it.
 * - An offer goes through the mesh when the target is a neighbour or a neighbour lists it among
 *   its links (one or two messages, no load on the server). This is the common case once a tab
 *   has neighbours: its candidates are mostly its neighbours' neighbours (the peer table) and
 *   the gossip view, which is built from them.
 * - Otherwise through the server while registered: it reaches any registered peer in one hop,
 *   where a mesh flood would cost up to fanout^ttl messages of a few KiB and may not reach a
 *   peer farther than ttl hops. A refusal from the server ('unknown-peer': the target has not
 *   re-registered yet, say) falls back to a mesh flood.
 * - With the server gone, a mesh flood. Nothing waits for the server when it is not there: with
 *   neither way available, send() resolves with an error at once and the dial fails fast.
 */
import type { PeerId } from '../base/peer-id.ts';
import type { SignalingState } from '../peers/types.ts';
import type { Clock } from '../base/clock.ts';
import { ExpiringMap } from '../base/expiring-map.ts';
import { SIGNALING_LIMITS, type AckResult, type IceServer, type SignalEnvelope, type SignalKind } from './protocol.ts';

export type SignalWay = 'mesh' | 'server';

/** How a connector sends and receives its signals; the router is one, tests use fakes. */
export interface SignalChannel {
  send(envelope: SignalEnvelope): Promise<AckResult>;
  onSignal(listener: (envelope: SignalEnvelope) => void): void;
  /** ICE servers for a new connection; a promise when they are still being chosen (relay measurement). */
  iceServers(): IceServer[] | Promise<IceServer[]>;
}

/** The server side as the router needs it; SignalingClient provides it. */
export interface ServerSignals {
  readonly state: SignalingState;
  sendSignal(envelope: SignalEnvelope): Promise<AckResult>;
  onSignal(listener: (envelope: SignalEnvelope) => void): void;
}

/** How a signal to a peer would leave through the mesh: straight, along a known route, by flood, or not at all. */
export type MeshReach = 'neighbour' | 'routed' | 'flood' | 'none';

/** The mesh side as the router needs it; the mesh-signal service provides it. */
export interface MeshSignals {
  reach(to: PeerId, session?: string): MeshReach;
  sendNow(envelope: SignalEnvelope): AckResult;
  onSignal(listener: (envelope: SignalEnvelope, via: PeerId) => void): () => void;
}

export interface SignalRouterOptions {
  server: ServerSignals;
  mesh: MeshSignals;
  clock: Clock;
  iceServers: () => IceServer[] | Promise<IceServer[]>;
}

/** Offers remembered for their replies; an answer follows its offer within the dial timeout. */
const REPLY_WINDOW_MS = SIGNALING_LIMITS.signalMaxAgeMs;
const REPLY_ENTRIES = 1024;

type Counts = Record<SignalKind, number>;

export interface SignalRouterStats {
  /** Signals sent, by the way they took and their kind. */
  sent: Record<SignalWay, Counts>;
  /** Offers the server refused that went through the mesh instead. */
  fallbacks: number;
  /** Signals that had no way to go (no neighbours, server not registered). */
  unroutable: number;
}

function zero(): Counts {
  return { offer: 0, answer: 0, reject: 0 };
}

export class SignalRouter implements SignalChannel {
  readonly stats: SignalRouterStats = { sent: { mesh: zero(), server: zero() }, fallbacks: 0, unroutable: 0 };
  readonly #o: SignalRouterOptions;
  readonly #listeners = new Set<(envelope: SignalEnvelope) => void>();
  /** `${offerer}/${session}` → the way the offer came. */
  readonly #offersFrom = new ExpiringMap<string, SignalWay>(REPLY_WINDOW_MS, REPLY_ENTRIES);

  constructor(options: SignalRouterOptions) {
    this.#o = options;
    options.server.onSignal((envelope) => this.#arrived(envelope, 'server'));
    options.mesh.onSignal((envelope) => this.#arrived(envelope, 'mesh'));
  }

  onSignal(listener: (envelope: SignalEnvelope) => void): void {
    this.#listeners.add(listener);
  }

  iceServers(): IceServer[] | Promise<IceServer[]> {
    return this.#o.iceServers();
  }

  /** The way a signal would take now, or undefined when there is none. */
  wayFor(envelope: Pick<SignalEnvelope, 'to' | 'kind' | 'session'>): SignalWay | undefined {
    const reach = this.#o.mesh.reach(envelope.to, envelope.session);
    const serverUp = this.#o.server.state === 'registered';
    if (envelope.kind !== 'offer') {
      const came = this.#offersFrom.get(`${envelope.to}/${envelope.session}`, this.#o.clock.now());
      if (came === 'mesh' && reach !== 'none') return 'mesh';
      if (came === 'server' && serverUp) return 'server';
    }
    if (reach === 'neighbour' || reach === 'routed') return 'mesh';
    if (serverUp) return 'server';
    if (reach === 'flood') return 'mesh';
    return undefined;
  }

  async send(envelope: SignalEnvelope): Promise<AckResult> {
    const way = this.wayFor(envelope);
    if (way === undefined) {
      this.stats.unroutable += 1;
      return { ok: false, code: 'not-registered', message: 'neither the signaling server nor a neighbour can carry the signal' };
    }
    if (way === 'mesh') return this.#viaMesh(envelope);
    const result = await this.#o.server.sendSignal(envelope);
    this.stats.sent.server[envelope.kind] += 1;
    // Only an explicit refusal falls back: after a timeout the server may have forwarded it.
    if (result.ok || this.#o.mesh.reach(envelope.to, envelope.session) === 'none') return result;
    this.stats.fallbacks += 1;
    return this.#viaMesh(envelope);
  }

  #viaMesh(envelope: SignalEnvelope): AckResult {
    const result = this.#o.mesh.sendNow(envelope);
    if (result.ok) this.stats.sent.mesh[envelope.kind] += 1;
    return result;
  }

  #arrived(envelope: SignalEnvelope, way: SignalWay): void {
    if (envelope.kind === 'offer') this.#offersFrom.set(`${envelope.from}/${envelope.session}`, way, this.#o.clock.now());
    for (const listener of this.#listeners) listener(envelope);
  }
}
