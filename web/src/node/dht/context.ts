/** What the DHT's parts share: the host, the configuration, counters and this node's ring state. */
import type { PeerId } from '../base/peer-id.ts';
import { withTimeout } from '../base/timeout.ts';
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
  /** Opens a link to `id`: one dial per peer at a time, shared by whoever asks for it. */
  connect(id: PeerId): Promise<void>;
  /**
   * Whether `id` is linked, waiting up to half the request timeout for a dial to it that
   * is under way (a successor learned of a moment ago is linked a moment later). Starts no dial:
   * a peer nobody is dialing is not waited for.
   */
  linkedSoon(id: PeerId): Promise<boolean>;
  /** Something the UI shows changed. */
  changed(): void;
}

const MAINTENANCE_KINDS: ReadonlySet<string> = new Set(['dhtRingQuery', 'dhtRing', 'dhtNotify', 'dhtLeave']);

export function emptyDhtStats(): DhtStats {
  return { lookups: 0, lookupFailures: 0, hopsTotal: 0, maintenanceSent: 0, forwarded: 0, recordsStored: 0, recordsRefused: 0, recordsExpired: 0 };
}

/** The share of the request timeout a request waits for a successor's link still opening (linkedSoon). */
const LINK_WAIT_SHARE = 2;

export function createContext(deps: DhtDeps, config: DhtConfig, changed: () => void): DhtContext {
  const stats = emptyDhtStats();
  const dials = new Map<PeerId, Promise<void>>();
  const isLinked = (id: PeerId): boolean => deps.links().includes(id);
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
    isLinked,
    connect: (id) => {
      let dial = dials.get(id);
      if (dial === undefined) {
        dial = deps.connect(id).finally(() => dials.delete(id));
        dials.set(id, dial);
      }
      return dial;
    },
    linkedSoon: async (id) => {
      if (isLinked(id)) return true;
      const dial = dials.get(id);
      if (dial === undefined) return false;
      await withTimeout(deps.clock, config.requestTimeoutMs / LINK_WAIT_SHARE, dial).catch(() => undefined);
      return isLinked(id);
    },
    changed,
  };
}
