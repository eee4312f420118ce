import type { DhtConfig, DhtOptions } from './types.ts';

const second = 1000;
const minute = 60 * second;

/** r: successors kept, and copies of each value by default; survives r − 1 simultaneous failures. */
export const DEFAULT_SUCCESSORS = 4;
/** Replication a put may ask for (the course PUT carries a u8); bounded by the successor list. */
export const MAX_REPLICATION = 16;
/** The seed capped TTL at 600 s; configurable per node. */
export const DEFAULT_MAX_TTL_S = 600;
export const DEFAULT_TTL_S = 600;
/** Chord's periodic stabilise; short enough that a failed successor is replaced within seconds. */
export const DEFAULT_STABILIZE_INTERVAL_MS = 2 * second;
/** One finger refreshed per round, so all ~log2 N distinct fingers turn over in a few rounds. */
export const DEFAULT_FIX_FINGERS_INTERVAL_MS = 1 * second;
/** Replica repair and handoff of keys that moved. */
export const DEFAULT_REPAIR_INTERVAL_MS = 10 * second;
/** The seed re-published every 60 s. */
export const DEFAULT_REPUBLISH_INTERVAL_MS = 1 * minute;
/** One routed request end to end, every hop included. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 8 * second;
/** Routed requests whose path exceeds this are dropped: a loop or a ring still forming. */
export const MAX_ROUTE_HOPS = 64;
/** Attempts per lookup when a hop fails or times out (each from the current routing state). */
export const LOOKUP_ATTEMPTS = 3;
export const DEFAULT_MAX_RECORDS = 10_000;
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** Clock skew tolerated between nodes when checking a record's expiry against the TTL cap. */
export const MAX_CLOCK_SKEW_MS = 5 * minute;
/** Requests this node forwards for others at once; beyond it new ones are refused at-capacity. */
export const MAX_PENDING_FORWARDS = 4096;
/**
 * Routed requests one neighbour may hand us: a burst, then a steady rate. A 1 MB putContent is ~22
 * requests per hop, so honest traffic stays far below; a flooding neighbour gets 'rate-limited'.
 */
export const ROUTE_BURST_PER_LINK = 512;
export const ROUTE_RATE_PER_LINK = 256;
/** Records pushed per handoff or repair message burst, so one ring change cannot flood a link. */
export const MAX_PUSH_BURST = 64;
/** Links a DHT node accepts inbound: ring neighbours and other nodes' fingers need room beyond the mesh's soft cap. */
export const DHT_INBOUND_DEGREE = 40;

export function dhtConfig(options: DhtOptions = {}): DhtConfig {
  const successors = Math.min(Math.max(1, options.successors ?? DEFAULT_SUCCESSORS), MAX_REPLICATION);
  return {
    successors,
    maxTtlMs: (options.maxTtlSeconds ?? DEFAULT_MAX_TTL_S) * second,
    defaultTtlMs: Math.min(options.defaultTtlSeconds ?? DEFAULT_TTL_S, options.maxTtlSeconds ?? DEFAULT_MAX_TTL_S) * second,
    stabilizeIntervalMs: options.stabilizeIntervalMs ?? DEFAULT_STABILIZE_INTERVAL_MS,
    fixFingersIntervalMs: options.fixFingersIntervalMs ?? DEFAULT_FIX_FINGERS_INTERVAL_MS,
    repairIntervalMs: options.repairIntervalMs ?? DEFAULT_REPAIR_INTERVAL_MS,
    republishIntervalMs: options.republishIntervalMs ?? DEFAULT_REPUBLISH_INTERVAL_MS,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    maxRecords: options.maxRecords ?? DEFAULT_MAX_RECORDS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  };
}
