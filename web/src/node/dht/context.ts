/** What the DHT's parts share: the host, the configuration, counters and this node's ring state. */
import type { PeerId } from '../base/peer-id.ts';
import type { DhtMessage } from './messages.ts';
import type { DhtStats } from './api.ts';
import type { DhtConfig, DhtDeps } from './types.ts';

export interface RingState {
  predecessor: PeerId | undefined;
  /** Clockwise, nearest first; at most config.successors. */
  successors: PeerId[];
  /** Finger index → node; only indices whose finger differs from the successor are kept. */
  fingers: Map<number, PeerId>;
}

export interface DhtContext {
  readonly deps: DhtDeps;
  readonly config: DhtConfig;
  readonly stats: DhtStats;
  readonly ring: RingState;
  /** false when the link is gone or refused the frame. */
  send(id: PeerId, msg: DhtMessage): boolean;
  isLinked(id: PeerId): boolean;
  /** Something the UI shows changed. */
  changed(): void;
}

const MAINTENANCE_KINDS: ReadonlySet<string> = new Set(['dhtRingQuery', 'dhtRing', 'dhtNotify', 'dhtLeave']);

export function emptyDhtStats(): DhtStats {
  return { lookups: 0, lookupFailures: 0, hopsTotal: 0, maintenanceSent: 0, forwarded: 0, recordsStored: 0, recordsRefused: 0, recordsExpired: 0 };
}

export function createContext(deps: DhtDeps, config: DhtConfig, changed: () => void): DhtContext {
  const stats = emptyDhtStats();
  return {
    deps,
    config,
    stats,
    ring: { predecessor: undefined, successors: [], fingers: new Map() },
    send: (id, msg) => {
      try {
        deps.send(id, msg);
        if (MAINTENANCE_KINDS.has(msg.kind)) stats.maintenanceSent++;
        return true;
      } catch {
        return false;
      }
    },
    isLinked: (id) => deps.links().includes(id),
    changed,
  };
}
