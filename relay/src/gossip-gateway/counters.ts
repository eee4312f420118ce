/** What the course gossip gateway counts, over all its connections since it started. */
import { REFUSAL_REASONS, type RefusalReason } from '../tcp-gateway/connection-limits.ts';
import { SHARED_CLOSE_REASONS, zeroBy } from '../tcp-gateway/close-reasons.ts';

/** Why the gateway closed a client, as /metrics labels it. */
export const GOSSIP_CLOSE_REASONS = [
  ...SHARED_CLOSE_REASONS,
  /** A NOTIFY past the per-client or the gateway-wide subscription cap. */
  'subscriptions',
  /** An ANNOUNCE larger than a mesh rumour carries. */
  'oversized',
] as const;
export type GossipCloseReason = (typeof GOSSIP_CLOSE_REASONS)[number];

export interface GatewayCounters {
  /** NOTIFICATIONs handed to client sockets (one write each). */
  notificationsSent: number;
  /** ANNOUNCEs read from clients. */
  announcesReceived: number;
  /** ANNOUNCEs handed to the mesh. */
  announcesForwarded: number;
  /** ANNOUNCEs the mesh refused (its own rate budget, …); the client stays connected. */
  announcesRejected: number;
  validationsReceived: number;
  /** VALIDATIONs naming no awaited message id (late, repeated or made up); ignored. */
  unknownValidations: number;
  /** Notifications left unanswered past the per-client bound, settled as not validated. */
  evictedValidations: number;
  /** Clients the gateway closed, by reason. */
  closes: Record<GossipCloseReason, number>;
  /** Connections refused by the per-address or the total limit. */
  refusedConnections: Record<RefusalReason, number>;
  /** Failures inside the gateway or the gossip service; the gateway carries on. */
  internalErrors: number;
}

export function zeroCounters(): GatewayCounters {
  return {
    notificationsSent: 0,
    announcesReceived: 0,
    announcesForwarded: 0,
    announcesRejected: 0,
    validationsReceived: 0,
    unknownValidations: 0,
    evictedValidations: 0,
    closes: zeroBy(GOSSIP_CLOSE_REASONS),
    refusedConnections: zeroBy(REFUSAL_REASONS),
    internalErrors: 0,
  };
}

