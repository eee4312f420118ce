/**
 * The node's public API: the object on `window.tabmesh`, which the UI uses too. Tests, the
 * swarm harness and curious users drive exactly what people click.
 */
import type { DhtApi } from './dht/api.ts';
import type { GossipApi } from './gossip/api.ts';
import type { PeerId } from './peers/identity.ts';
import type { Role } from './peers/roles.ts';

export type NodeState = 'starting' | 'online' | 'offline' | 'stopped' | 'error';
export type SignalingState = 'connecting' | 'registered' | 'disconnected';

export interface NodeStatus {
  id: PeerId;
  roles: Role[];
  state: NodeState;
  signaling: SignalingState;
  /** Open data channels. */
  degree: number;
  targetDegree: number;
  maxDegree: number;
  startedAt: number;
  uptimeMs: number;
  /** Identity slot this tab holds (one identity per tab, see DESIGN.md). */
  slot: number;
  error?: string;
}

export type LinkState = 'open' | 'connecting' | 'none';

export interface PeerRow {
  id: PeerId;
  roles: Role[];
  link: LinkState;
  /** 'measured' by this node, or 'hearsay' from a neighbour's table and not yet measured. */
  source: 'measured' | 'hearsay';
  /** Seed 002 latency: min RTT over the last 3 probes, halved. */
  latencyMs?: number;
  /** Smoothed RTT (RFC 6298 style, alpha 1/8). */
  srttMs?: number;
  /** Bytes per second moved from the peer to this node over the real channel. */
  downBps?: number;
  /** Bytes per second moved from this node to the peer over the real channel. */
  upBps?: number;
  lastSeen: number;
  /** For hearsay: which neighbour told us. */
  via?: PeerId;
}

export interface GraphNode {
  id: PeerId;
  roles: Role[];
  self: boolean;
}

export interface GraphLink {
  a: PeerId;
  b: PeerId;
  /** RTT in ms when this node measured the link itself. */
  rttMs?: number;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  links: GraphLink[];
}

export interface ThroughputResult {
  downBps: number;
  upBps: number;
  bytes: number;
}

/** What a node itself offers (TabmeshNode implements it in every host). */
export interface NodeApi {
  status(): NodeStatus;
  peers(): PeerRow[];
  /** Nodes and links this node knows: its own links and those its neighbours reported. */
  graph(): NetworkGraph;
  connect(id: PeerId): Promise<void>;
  disconnect(id: PeerId): void;
  /** One RTT probe in ms. */
  ping(id: PeerId): Promise<number>;
  measureThroughput(id: PeerId, options?: { bytes?: number }): Promise<ThroughputResult>;
  roles(): Role[];
  setRoles(roles: Role[]): Promise<void>;
  /** Called after any state change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export type RelayState = 'measuring' | 'ok' | 'unreachable';

/** A relay this node knows from the signaling server, with the RTT measured to its TURN service. */
export interface RelayRow {
  id: PeerId;
  urls: string[];
  state: RelayState;
  /** Min over 3 probes of one round trip to the relay's TURN port. */
  rttMs?: number;
  /** This relay's TURN server is the one in this node's ICE configuration. */
  inUse: boolean;
}

export interface MailRequest {
  to: string;
  subject: string;
  text: string;
}

/** The API on `window.tabmesh` and in the UI: the node's own plus what the tab host adds. */
export interface TabmeshApi extends NodeApi {
  /** Relays known to this tab, lowest RTT first. */
  relays(): RelayRow[];
  /** Sends an e-mail through a connected relay; needs a role the relay allows (translation). */
  sendMail(request: MailRequest): Promise<void>;
  /** Peer sampling (the view) and pub/sub: subscribe, announce, validate. */
  readonly gossip: GossipApi;
  /** The Chord DHT: put / get, content-addressed chunks, this node's place on the ring. */
  readonly dht: DhtApi;
}
