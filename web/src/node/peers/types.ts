/** What the peers layer reports about peers and links: the rows, graph and states the UI shows. */
import type { PeerId } from '../base/peer-id.ts';
import type { Role } from './roles.ts';

/** The node's registration with its discovery service (the signaling server). */
export type SignalingState = 'connecting' | 'registered' | 'disconnected';

/** A peer as discovery (the signaling server's bootstrap sample) reports it. */
export interface PeerSummary {
  id: PeerId;
  roles: Role[];
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
