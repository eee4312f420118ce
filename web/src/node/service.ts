/**
 * The service seam: everything above the peers layer (gossip, the DHT, mesh signaling, mail, the
 * job pipeline, the chain) is a Service built on the narrow ServicePort a node gives it. A host
 * lists its services (`node.use(service)`); the node attaches each one before its first link
 * opens, starts them in order with itself and stops them in reverse before it says goodbye.
 *
 * A service claims the type numbers of its own registry with an exhaustive handlers table; the
 * peers layer routes every frame of those types to it and nothing else. The same service runs on
 * a TabmeshNode (tabs, Node peers) and on the simulators' light ports.
 */
import type { Clock, Random } from './base/clock.ts';
import { TabmeshError } from './base/errors.ts';
import type { PeerId } from './base/peer-id.ts';
import type { Role } from './peers/roles.ts';
import type { Declarations, HandlersOf, MessageUnion, Registry } from './wire/registry.ts';

/** The link a message came in on, as a service sees it. */
export interface ServiceLink {
  readonly remoteId: PeerId;
  /** Counts a malformed or abusive message against the link; enough of them close it. */
  reportMalformed(): void;
}

/** What a service may read about a peer this node knows (linked, or heard of). */
export interface PeerView {
  readonly id: PeerId;
  readonly roles: readonly Role[];
  readonly linked: boolean;
  /** Seed 002's latency (min RTT of the last probes, halved) when measured. */
  readonly latencyMs: number | undefined;
  /** The peers this peer last reported open links to. */
  readonly neighbours: ReadonlySet<PeerId>;
}

/** Sends one registry's messages. `send` throws TabmeshError on a closed link or backpressure. */
export interface ServiceChannel<M> {
  send(to: PeerId, msg: M): void;
}

export interface ServicePort {
  readonly id: PeerId;
  readonly clock: Clock;
  readonly random: Random;
  /** Peers with an open link now. */
  links(): PeerId[];
  peer(id: PeerId): PeerView | undefined;
  /** Every peer this node knows. */
  peers(): PeerView[];
  /**
   * Claims `registry`'s type numbers: each frame of those types arriving on any link goes to
   * `handlers`. Call it from attach(); a type another registry holds is a programming error.
   */
  register<D extends Declarations>(registry: Registry<D>, handlers: HandlersOf<D, ServiceLink>): ServiceChannel<MessageUnion<D>>;
  /** Opens a link to `id` (or finds the open one); rejects when it cannot. */
  connect(id: PeerId, signal?: AbortSignal): Promise<void>;
  /** A link this service asked for is no longer needed; the node closes it unless the mesh wants it. */
  release(id: PeerId): void;
  /** Lets `extra` more inbound links in than the mesh's soft cap (links others open for this service). */
  reserveInbound(extra: number): void;
  /** The service's state changed: listeners (the UI) are told. */
  changed(): void;
  /** Adds peers the connection manager may dial, ahead of the peer table; returns a remover. */
  offerCandidates(source: () => PeerId[]): () => void;
  /**
   * Told when a link to a peer opens — also when a new link replaces one (two dials crossed):
   * frames sent on the old one may be lost — and when the last link to it closes. Returns a remover.
   */
  onLinkChange(listener: (id: PeerId, open: boolean) => void): () => void;
}

export type ServiceState = 'created' | 'running' | 'stopped';

export interface Service {
  /** Names the service in errors and logs. */
  readonly name: string;
  readonly state: ServiceState;
  /** Once, from node.use(), before the node starts: register the message handlers here. */
  attach(port: ServicePort): void;
  /** With the node, in list order, before the first link opens. */
  start(): Promise<void> | void;
  /** With the node, in reverse order, before its byes; the node waits a bounded time for it. */
  stop(): Promise<void> | void;
}

/**
 * A service's lifecycle as a tagged union: what exists only while running (timers, handles) lives
 * in the running variant, so stop() cannot miss it.
 */
export class Lifecycle<R> {
  #s: { state: 'created' } | { state: 'running'; running: R } | { state: 'stopped' } = { state: 'created' };

  get state(): ServiceState {
    return this.#s.state;
  }

  /** The running variant's resources, or undefined when not running. */
  get running(): R | undefined {
    return this.#s.state === 'running' ? this.#s.running : undefined;
  }

  /** Enters the running state with what `open` makes; false (and nothing made) when already running. */
  start(open: () => R): boolean {
    if (this.#s.state === 'running') return false;
    this.#s = { state: 'running', running: open() };
    return true;
  }

  /** Leaves the running state and hands back its resources to release; undefined when not running. */
  stop(): R | undefined {
    if (this.#s.state !== 'running') {
      if (this.#s.state === 'created') this.#s = { state: 'stopped' };
      return undefined;
    }
    const { running } = this.#s;
    this.#s = { state: 'stopped' };
    return running;
  }
}

/** The port a service was attached to; throws a clear error when it was not. */
export function requirePort(port: ServicePort | undefined, service: string): ServicePort {
  if (!port) throw new TabmeshError('closed', `${service} is not attached to a node`);
  return port;
}
