/**
 * The gossip layer's public contract: push-pull peer sampling (the view) and pub/sub with the
 * course semantics (subscribe / announce / notification / validate). The relay's TCP gateway and
 * the UI use exactly this.
 */
import type { PeerId } from '../base/peer-id.ts';

export interface ViewEntry {
  id: PeerId;
  /** Gossip rounds since this node was last heard from directly (0 = fresh). */
  age: number;
}

export interface Notification {
  /** Local id, unique on this node, to pass to validate(). */
  id: number;
  /** The rumour's global id, 32 hex characters. */
  messageId: string;
  dataType: number;
  data: Uint8Array;
  origin: PeerId;
  /** Links the rumour crossed before reaching this node. */
  hops: number;
}

export interface Subscription {
  readonly dataType: number;
  /** Ends the subscription; pending notifications of it count as not validated. */
  unsubscribe(): void;
}

export interface AnnounceOptions {
  /** A local subscription that must not be notified of this announce (the course API never echoes). */
  except?: Subscription;
}

export interface GossipApi {
  /** Notifications of `dataType` arrive at `listener` until unsubscribed. */
  subscribe(dataType: number, listener: (notification: Notification) => void): Subscription;
  /**
   * Spreads `data` to every subscriber of `dataType` in the mesh. ttl counts hops (0 = unlimited).
   * Returns the rumour's message id; throws TabmeshError ('rate-limited', 'oversized', …).
   */
  announce(ttl: number, dataType: number, data: Uint8Array, options?: AnnounceOptions): string;
  /**
   * A subscriber's verdict on a notification. The rumour is forwarded after the first `true`; a
   * `false` before any `true` drops it. Unknown or already-decided ids are ignored.
   */
  validate(notificationId: number, valid: boolean): void;
  /** The current partial view, youngest first. */
  view(): ViewEntry[];
}
