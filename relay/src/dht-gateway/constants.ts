/** Limits and defaults of the course DHT API gateway (PROTOCOLS.md §2). */
import { MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';
import { MIN_QUEUE_BYTES } from '../tcp-gateway/client-writer.ts';

const second = 1000;

/** The course's DHT API port. */
export const DEFAULT_DHT_API_PORT = 7401;
export const DEFAULT_DHT_API_HOST = '0.0.0.0';
/** One machine running a handful of course peers (each with a few connections) fits easily. */
export const DEFAULT_DHT_MAX_CLIENTS_PER_ADDRESS = 16;
/** All connections together: each holds requests in flight and a queue, so the total is capped too. */
export const DEFAULT_DHT_MAX_CLIENTS = 1024;
/**
 * Requests one client may have running at once. Past it the gateway stops reading that client's
 * socket until one finishes, so TCP pushes back instead of the gateway buffering requests.
 */
export const DEFAULT_DHT_MAX_IN_FLIGHT = 64;
/**
 * Outgoing bytes one client may have waiting (queued plus the write in flight): 64 max-size
 * SUCCESS messages. A client that lets more pile up is not reading and is dropped.
 */
export const DEFAULT_DHT_MAX_QUEUE_BYTES = 64 * MAX_FRAME_BYTES;
/** The queue must hold at least one max-size SUCCESS, or a reading client could be dropped. */
export const MIN_DHT_MAX_QUEUE_BYTES = MIN_QUEUE_BYTES;
/**
 * One request end to end, on top of the DHT's own timeouts: a lookup takes up to 3 attempts of
 * 8 s in the core, so 30 s is only reached by a DHT that never answers. It frees the request's
 * in-flight place; a GET then answers FAILURE.
 */
export const DEFAULT_DHT_REQUEST_TIMEOUT_MS = 30 * second;
