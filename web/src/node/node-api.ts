/** What a node itself offers (TabmeshNode implements it in every host), and its status. */
import type { PeerId } from './base/peer-id.ts';
import type { NetworkGraph, PeerRow, SignalingState, ThroughputResult } from './peers/types.ts';
import type { Role } from './peers/roles.ts';

export type NodeState = 'starting' | 'online' | 'offline' | 'stopped' | 'error';

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
