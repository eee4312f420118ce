/** Gossip defaults, each with its unit and the reason for its value. Every one can be overridden in GossipOptions. */
const second = 1000;
const minute = 60 * second;

// ---- peer sampling (seed 004 push-pull) ----

/** Descriptors kept in the partial view: enough candidates to refill a degree-6 node three times over. */
export const VIEW_SIZE = 20;
/** Descriptors of the view sent per push / response (plus the sender at age 0): half the view, so views mix without copying each other. */
export const VIEW_SAMPLE_SIZE = 10;
/** A descriptor not refreshed for this many rounds is dropped: its node stopped advertising itself (left or unreachable). */
export const VIEW_MAX_AGE_ROUNDS = 20;
/** One push-pull exchange per round, as in the seed's design; jittered ±20% by PeriodicTasks. */
export const SAMPLING_INTERVAL_MS = 5 * second;
/** A pull unanswered for this long is forgotten; a later response with its nonce is ignored. */
export const PULL_TIMEOUT_MS = 2 * SAMPLING_INTERVAL_MS;

// ---- pub/sub ----

/** Neighbours a rumour is pushed to eagerly on first acceptance; anti-entropy covers the rest, so this stays small (gossipsub uses 6). */
export const EAGER_FANOUT = 2;
/** One anti-entropy round: an ihave digest to one random neighbour. The unit of "rounds to full coverage". */
export const ANTI_ENTROPY_INTERVAL_MS = 2 * second;
/** Rumours validated this recently are listed in digests and served to iwant; long enough to heal a short partition. */
export const DIGEST_WINDOW_MS = 1 * minute;
/** Validated rumours kept to answer iwant (also bounded by DIGEST_WINDOW_MS and RUMOR_STORE_BYTES). */
export const RUMOR_STORE_ENTRIES = 1024;
/** Payload bytes kept in the rumour store: 128 full-size (64 KiB) rumours, a bounded share of a tab's memory. */
export const RUMOR_STORE_BYTES = 8 * 1024 * 1024;
/** Rumour ids remembered for dedupe: ids seen this recently are duplicates. */
export const SEEN_CACHE_ENTRIES = 10_000;
export const SEEN_CACHE_TTL_MS = 10 * minute;
/** An id asked for with iwant is not asked for again (of anyone) within this time; after it, another holder may be asked. */
export const IWANT_TIMEOUT_MS = 3 * second;
/** Ids awaiting an answer to iwant; beyond it new ids wait for a later digest. */
export const MAX_PENDING_IWANTS = 4096;
/** A subscriber that has not validated a notification within this time counts as a refusal. */
export const VALIDATION_TIMEOUT_MS = 30 * second;
/** Rumours awaiting a local verdict; beyond it new ones are delivered but not forwarded. */
export const MAX_PENDING_VALIDATIONS = 1024;
/** Peers whose rate-limit buckets are kept; the least recently used is forgotten first. */
export const MAX_TRACKED_PEERS = 4096;

/** A token bucket: `ratePerS` tokens per second, at most `burst` saved up. */
export interface RateSpec {
  ratePerS: number;
  burst: number;
}
/** New rumours from one origin (the announcing node): a chatty client is slowed, not the network. */
export const ORIGIN_RATE: RateSpec = { ratePerS: 20, burst: 100 };
/** Rumours (new or duplicate) arriving over one link: every origin's traffic shares it, so it is wider. */
export const LINK_RUMOR_RATE: RateSpec = { ratePerS: 200, burst: 1000 };
/** Digests from one neighbour: one per its round plus answers to ours; more is a flood. */
export const LINK_DIGEST_RATE: RateSpec = { ratePerS: 2, burst: 10 };
/** iwant requests from one neighbour: answers to our digests only. */
export const LINK_IWANT_RATE: RateSpec = { ratePerS: 2, burst: 10 };
/** Rumours served to one neighbour in answer to iwant: bounds what a requester can make us send. */
export const LINK_SERVE_RATE: RateSpec = { ratePerS: 100, burst: 512 };
