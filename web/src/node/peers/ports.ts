/** What the peers layer needs from its host, passed in so the same core runs in every host. */
import type { PeerTableSnapshot } from './peer-table.ts';
import type { Role } from './roles.ts';
import type { PeerSummary, SignalingState } from './types.ts';

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
