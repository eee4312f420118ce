/** What the course DHT gateway counts, over all its connections since it started. */
import { SHARED_CLOSE_REASONS, zeroBy, type SharedCloseReason } from '../tcp-gateway/close-reasons.ts';
import { REFUSAL_REASONS, type RefusalReason } from '../tcp-gateway/connection-limits.ts';
import { CLAIM_REFUSALS } from './key-claims.ts';

/** Why the gateway refused a PUT before the DHT saw it, as /metrics labels it. */
export const PUT_REFUSALS = ['rate-limited', ...CLAIM_REFUSALS] as const;
export type PutRefusal = (typeof PUT_REFUSALS)[number];

/** Why the gateway closed a client. */
export const DHT_CLOSE_REASONS = SHARED_CLOSE_REASONS;
export type DhtCloseReason = SharedCloseReason;

export interface DhtGatewayCounters {
  putsReceived: number;
  /** PUTs refused by the gateway (rate, shares, another client's key): not stored, no answer. */
  putsRefused: Record<PutRefusal, number>;
  /** PUTs the DHT stored (no answer goes back either way). */
  putsStored: number;
  /** PUTs the DHT refused, did not finish in time, or failed on. */
  putsFailed: number;
  getsReceived: number;
  /** GETs answered SUCCESS. */
  getsFound: number;
  /** GETs answered FAILURE because no replica holds the key. */
  getsNotFound: number;
  /** GETs answered FAILURE for any other reason (refused, no route, timeout, internal error). */
  getsFailed: number;
  /** Requests that hit the gateway's deadline or the DHT's own timeout. */
  timeouts: number;
  /** SUCCESS / FAILURE messages handed to client sockets (one write each). */
  repliesWritten: number;
  /** Clients the gateway closed, by reason. */
  closes: Record<DhtCloseReason, number>;
  /** Connections refused by the per-address or the total limit. */
  refusedConnections: Record<RefusalReason, number>;
  /** Failures that were not a TabmeshError from the DHT (bugs); logged, answered FAILURE. */
  internalErrors: number;
}

export function zeroCounters(): DhtGatewayCounters {
  return {
    putsReceived: 0,
    putsRefused: zeroBy(PUT_REFUSALS),
    putsStored: 0,
    putsFailed: 0,
    getsReceived: 0,
    getsFound: 0,
    getsNotFound: 0,
    getsFailed: 0,
    timeouts: 0,
    repliesWritten: 0,
    closes: zeroBy(DHT_CLOSE_REASONS),
    refusedConnections: zeroBy(REFUSAL_REASONS),
    internalErrors: 0,
  };
}
