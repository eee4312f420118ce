/** The job pipeline's limits and timings, each with why. */
const second = 1000;
const minute = 60 * second;

/** OCR text and translations: a sign's text is short; a page of text still fits. */
export const MAX_JOB_TEXT_BYTES = 8 * 1024;
/** A job record as JSON (spec, texts, bookkeeping): two texts plus a little. */
export const MAX_JOB_RECORD_BYTES = 24 * 1024;
/** Engine names ('lexicon', 'apertium', ...). */
export const MAX_ENGINE_NAME_BYTES = 32;

/**
 * A stage's hard cap: OCR of a large photo on a slow tab, behind another job on the same language
 * lane (engine start 60 s + recognition 120 s, see ocr-pool.ts), fits; a worker that keeps
 * reporting but never finishes loses the job here.
 */
export const TRANSCRIBE_TIMEOUT_MS = 5 * minute;
/** A translation is fast; even a remote engine answers well within this. */
export const TRANSLATE_TIMEOUT_MS = 45 * second;
/** A worker tells the assigning broker it still works on each assignment this often (progress or not)... */
export const WORKER_HEARTBEAT_MS = 3 * second;
/** ...and one silent this long is presumed gone: the stage goes to another worker. */
export const WORKER_SILENCE_MS = 12 * second;
/** The worker's link closed: it may come back to deliver, but not for long. */
export const LINK_LOST_GRACE_MS = 2 * second;
/** Attempts per stage before the job fails (each on a different worker when there is one). */
export const MAX_ATTEMPTS = 4;
/** A worker that said it is full is not asked again for this long. */
export const BUSY_BACKOFF_MS = 2 * second;
/** How often a broker looks for overdue assignments and unassigned work. */
export const DISPATCH_INTERVAL_MS = 1 * second;

/** A primary broker tells its backup it is alive this often... */
export const LEASE_INTERVAL_MS = 2 * second;
/** ...and the backup takes over its jobs after this much silence (three leases and a bit). */
export const LEASE_TIMEOUT_MS = 7 * second;
/** A submitted job is acknowledged once its backup has it; a backup slower than this is skipped. */
export const REPLICATE_TIMEOUT_MS = 5 * second;
/** Brokers asked in turn to hold a new job's copy (a crashed one's advert outlives it by up to ADVERT_TTL_MS). */
export const REPLICA_CANDIDATES = 3;

/** A broker asks again for results not confirmed mailed this often (the relay mails each job once)... */
export const MAIL_RETRY_MS = 15 * second;
/** ...and a backup for its copies once their primary left them unmailed this long. */
export const MAIL_ORPHAN_MS = 60 * second;

/** Jobs one broker holds at once (as primary or backup): more is 'at-capacity'. */
export const MAX_QUEUE = 1000;
/** Jobs one payer (chain address) may have queued at once with one broker. */
export const MAX_QUEUE_PER_PAYER = 20;
/** Finished jobs a broker keeps for status queries and de-duplication, then forgets the oldest. */
export const MAX_FINISHED = 5000;
/** Finished jobs are kept this long at most. */
export const FINISHED_TTL_MS = 24 * 60 * minute;

/** A client waits this long for a broker's acknowledgement (payment checks wait for confirmations). */
export const SUBMIT_TIMEOUT_MS = 90 * second;
/** A broker answers a status query within this, or a submission goes to the next broker (a crashed tab's link looks open for seconds). */
export const BROKER_ALIVE_MS = 3 * second;
/** A link to a broker not linked yet opens within this, or the next broker is tried (a dial to a gone tab waits out 15 s). */
export const BROKER_DIAL_MS = 6 * second;
/** A paid job nobody reported on for this long is asked about, and submitted again if no broker knows it. */
export const FOLLOW_QUIET_MS = 20 * second;
/** How often the requester looks for such jobs. */
export const FOLLOW_INTERVAL_MS = 5 * second;
/** Workers announce what they can do (roles, language pairs, load) this often on gossip. */
export const ADVERT_INTERVAL_MS = 10 * second;
/** An advert not renewed for this long is forgotten (the worker is gone). */
export const ADVERT_TTL_MS = 35 * second;
/** OCR progress is reported to the broker at most this often per job. */
export const PROGRESS_REPORT_INTERVAL_MS = 500;

/** Gossip data types of the pipeline: queue and stage changes (the Flow page), and worker adverts. */
export const FLOW_DATA_TYPE = 0x7a00;
export const ADVERT_DATA_TYPE = 0x7a01;
