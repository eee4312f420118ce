/** The btpeer gateway's defaults (PROTOCOLS.md §3), each with its reason. */

const second = 1000;
const minute = 60 * second;

/** Seed 000's port. */
export const DEFAULT_BTPEER_PORT = 1119;
export const DEFAULT_BTPEER_HOST = '0.0.0.0';
/** One request per connection, and an INIT holds its connection while the job runs. */
export const DEFAULT_MAX_CLIENTS = 64;
export const DEFAULT_MAX_CLIENTS_PER_ADDRESS = 4;
/** An 8 MiB image in base64 inside INIT's JSON is ~11 MB: 60 s is 190 KB/s, a slow uplink. */
export const DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS = 60 * second;
/** A connection that sends no request at all holds its place this long. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30 * second;
/** Unfinished requests of all connections together hold at most this many bytes. */
export const DEFAULT_MAX_BUFFERED_BYTES = 128 * 1024 * 1024;
/** Requests (connections) a second from one address, bursts of 4 s worth. */
export const DEFAULT_REQUESTS_PER_SECOND_PER_ADDRESS = 5;
/** INITs that make a new job (and store its image in the mesh) per address and minute. */
export const DEFAULT_QUOTES_PER_MINUTE_PER_ADDRESS = 6;
/** Unpaid jobs the gateway holds at once, and per address. */
export const DEFAULT_MAX_DRAFTS = 256;
export const DEFAULT_MAX_DRAFTS_PER_ADDRESS = 8;
/** An unpaid job is dropped after this: time enough to pay and wait for confirmations. */
export const DEFAULT_DRAFT_TTL_MS = 30 * minute;
/** A paid INIT's connection follows its job at most this long, then says to ask again. */
export const DEFAULT_JOB_WAIT_MS = 10 * minute;
/** How often a following connection looks at its job. */
export const JOB_POLL_MS = 250;
/** After the last reply the gateway ends its side; a client that does not close is cut after this. */
export const LINGER_MS = 5 * second;
/** Replies a client leaves unread past this close it ('slow-reader'). */
export const MAX_QUEUED_REPLY_BYTES = 1024 * 1024;
/** Peers JOINed through the gateway (LIST's answer), in total and per address; each expires. */
export const DEFAULT_MAX_LISTED_PEERS = 1024;
export const MAX_LISTED_PEERS_PER_ADDRESS = 16;
export const LISTED_PEER_TTL_MS = 10 * minute;
