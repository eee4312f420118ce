/** Limits and defaults of the course gossip API gateway (PROTOCOLS.md §1). */
import { MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';
import { MIN_QUEUE_BYTES } from '../tcp-gateway/client-writer.ts';

/** The course's API port. */
export const DEFAULT_GOSSIP_API_PORT = 7001;
export const DEFAULT_GOSSIP_API_HOST = '0.0.0.0';
/** One machine running a handful of course peers (each with a few connections) fits easily. */
export const DEFAULT_MAX_CLIENTS_PER_ADDRESS = 16;
/** All connections together: each holds a queue and subscriptions, so the total is capped too. */
export const DEFAULT_MAX_CLIENTS = 1024;
/**
 * Outgoing bytes one client may have waiting (queued plus the write in flight): 64 max-size
 * notifications. A client that lets more pile up is not reading and is dropped.
 */
export const DEFAULT_MAX_QUEUE_BYTES = 64 * MAX_FRAME_BYTES;
/** The queue must hold at least one max-size NOTIFICATION, or an idle client could be dropped. */
export const MIN_MAX_QUEUE_BYTES = MIN_QUEUE_BYTES;
/**
 * Notifications a client may leave unanswered. Message ids are u16, so this must stay well below
 * 65 536; past it the oldest counts as not validated and its id becomes free again.
 */
export const DEFAULT_MAX_PENDING_VALIDATIONS = 4096;
/** The message id space of NOTIFICATION / VALIDATION. */
export const LOCAL_ID_SPACE = 0x1_0000;
