/** Defaults every course TCP gateway shares (gossip, DHT, and btpeer later), each with its reason. */

const second = 1000;

/**
 * A message begun must be complete within this: 64 KiB in 15 s is 4.4 KB/s, far below any real
 * link, while a client that sends part of a message and stops holds its slot this long at most.
 */
export const DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS = 15 * second;
/**
 * A connection with no message either way for this long, that waits for nothing from the gateway
 * (no request running, no subscription), is closed: twice the seed systems' 60 s republish and
 * stabilise period, so a course peer that keeps its connection for periodic work is never cut.
 */
export const DEFAULT_IDLE_TIMEOUT_MS = 120 * second;
/** A rate's burst: this many seconds' worth of its tokens may be spent at once. */
export const RATE_BURST_SECONDS = 4;
/** The longest deadline an option may set: a day. Beyond it a deadline protects nothing. */
export const MAX_TIMEOUT_MS = 24 * 60 * 60 * second;
/** A closing or refusal reason is logged at most once per this interval, with the count not logged. */
export const REASON_LOG_INTERVAL_MS = 10 * second;
