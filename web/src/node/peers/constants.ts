import { MAX_CHANNEL_MESSAGE_BYTES } from '../wire/constants.ts';
import { FRAME_HEADER_BYTES } from '../wire/frame.ts';

const second = 1000;
const minute = 60 * second;

/** Neighbours a node tries to keep: enough for a connected, low-diameter mesh. */
export const DEFAULT_TARGET_DEGREE = 6;
/** Hard cap on open links; each costs a tab memory and a share of its bandwidth. */
export const DEFAULT_MAX_DEGREE = 40;
/** Offers are answered only below this multiple of the target degree, so early nodes do not become hubs. */
export const INBOUND_DEGREE_FACTOR = 2;
/** ...but never below this, so nodes with a small target still answer enough offers. */
export const MIN_INBOUND_DEGREE = 8;
/** How often the connection manager re-checks its degree (jittered ±25%). */
export const MAINTAIN_INTERVAL_MS = 1 * second;
/** Dials in flight at once; each one holds ICE gathering and a signaling round trip. */
export const MAX_PARALLEL_DIALS = 3;
/** A dial that has not produced an open channel by then is abandoned. */
export const DIAL_TIMEOUT_MS = 15 * second;
export const BACKOFF_BASE_MS = 1 * second;
export const BACKOFF_MAX_MS = 2 * minute;

/** RTT probes per link; the seed took 3 probes and kept min RTT / 2 as latency. */
export const PROBE_INTERVAL_MS = 5 * second;
export const PROBE_TIMEOUT_MS = 5 * second;
export const RTT_SAMPLES_KEPT = 3;
/** Consecutive failed probes after which a neighbour is considered dead and pruned. */
export const MAX_PROBE_FAILURES = 3;
/** RFC 6298 smoothing gain for SRTT. */
export const SRTT_ALPHA = 1 / 8;

/** Peer tables are exchanged with neighbours this often. */
export const TABLE_EXCHANGE_INTERVAL_MS = 10 * second;
/** Hearsay entries not refreshed by any neighbour for this long are forgotten. */
export const HEARSAY_TTL_MS = 2 * minute;
/** Entries kept per table; hearsay beyond it is dropped oldest first. */
export const MAX_TABLE_ENTRIES = 1000;
/** Entries per peerTable message (the wire allows 512; this keeps the frame well under 64 KiB). */
export const MAX_TABLE_ENTRIES_SENT = 256;

/** Periodic throughput test: one neighbour per interval, this many bytes each way. */
export const THROUGHPUT_INTERVAL_MS = 1 * minute;
export const THROUGHPUT_PERIODIC_BYTES = 256 * 1024;
/**
 * Largest test a peer serves on request, and what it serves per minute in all: at tens of MB/s
 * a few seconds of link time a minute, enough for one careful measurement, not for abuse.
 */
export const THROUGHPUT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
export const THROUGHPUT_BUDGET_BYTES_PER_MINUTE = 128 * 1024 * 1024;
/** speedData payload that makes each frame exactly one 16 KiB channel message. */
export const THROUGHPUT_FRAME_PAYLOAD_BYTES = MAX_CHANNEL_MESSAGE_BYTES - FRAME_HEADER_BYTES - 4;
export const THROUGHPUT_TIMEOUT_MS = 30 * second;

/** The peer table is written to storage at most this often. */
export const PERSIST_INTERVAL_MS = 5 * second;

