/** What the peers layer needs from its host, passed in so the same core runs in every host. */
import type { SignalingState } from '../api.ts';
import type { ErrorCode } from '../errors.ts';
import type { PeerSummary } from '../signaling/protocol.ts';
import type { Link } from '../transport/types.ts';
import type { PeerId } from './identity.ts';
import type { PeerTableSnapshot } from './peer-table.ts';
import type { Role } from './roles.ts';

export type AcceptDecision = { ok: true } | { ok: false; code: ErrorCode };

/** Opens links to peers and receives links peers open to us. */
export interface Connector {
  dial(id: PeerId, signal: AbortSignal): Promise<Link>;
  /** `policy` is asked before an incoming offer is answered; `onLink` gets each opened link. */
  listen(policy: (from: PeerId) => AcceptDecision, onLink: (link: Link) => void): void;
  close(): void;
}

/** Where a node finds its first peers and announces itself: the signaling server. */
export interface Discovery {
  readonly state: SignalingState;
  bootstrap(k: number): Promise<PeerSummary[]>;
  setRoles(roles: Role[]): Promise<void>;
  onStateChange(listener: () => void): void;
  close(): void;
}

export interface NodeStorage {
  loadPeerTable(): Promise<PeerTableSnapshot | undefined>;
  savePeerTable(snapshot: PeerTableSnapshot): Promise<void>;
}

export const memoryStorage = (): NodeStorage => {
  let saved: PeerTableSnapshot | undefined;
  return {
    loadPeerTable: async () => saved,
    savePeerTable: async (snapshot) => {
      saved = snapshot;
    },
  };
};
