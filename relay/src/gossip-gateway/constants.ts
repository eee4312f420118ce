/** Limits and defaults of the course gossip API gateway (PROTOCOLS.md §1). */
import { MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';
import { MAX_RUMOR_DATA_BYTES } from '../../../web/src/node/gossip/messages.ts';
import { ORIGIN_RATE } from '../../../web/src/node/gossip/constants.ts';
import { MIN_QUEUE_BYTES } from '../tcp-gateway/client-writer.ts';
import { MAX_COURSE_GOSSIP_DATA_BYTES } from './messages.ts';

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
/**
 * Data types one client may subscribe to. A course peer follows a handful; each subscription
 * costs the gossip service memory and delivery work, and NOTIFY for all 65 536 types would cost
 * tens of MB and about a second of the event loop.
 */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT = 256;
/** Subscriptions of all clients together: 16 per client at the default 1024 clients. */
export const DEFAULT_MAX_SUBSCRIPTIONS = 16_384;
/**
 * ANNOUNCEs a second one client may send (bursts of 4 s worth). The relay's own announce budget
 * (ORIGIN_RATE: 20 a second, bursts of 100) is shared by every client, so one client's share is
 * a quarter of it and one address's half: a flood from one place cannot silence the others.
 */
export const DEFAULT_ANNOUNCES_PER_SECOND_PER_CLIENT = ORIGIN_RATE.ratePerS / 4;
export const DEFAULT_ANNOUNCES_PER_SECOND_PER_ADDRESS = ORIGIN_RATE.ratePerS / 2;
/**
 * The largest ANNOUNCE data the gateway accepts: what a mesh rumour carries (less than the
 * course message allows). A larger one is refused by closing its client, never dropped silently.
 */
export const MAX_GATEWAY_ANNOUNCE_DATA_BYTES = Math.min(MAX_RUMOR_DATA_BYTES, MAX_COURSE_GOSSIP_DATA_BYTES);
