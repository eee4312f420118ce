/** Limits and defaults of the course DHT API gateway (PROTOCOLS.md §2). */
import { MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_RECORDS } from '../../../web/src/node/dht/constants.ts';
import { MIN_QUEUE_BYTES } from '../tcp-gateway/client-writer.ts';

const second = 1000;
const MiB = 1024 * 1024;

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
/**
 * PUTs a second one connection may send (bursts of 4 s worth, so 200 at once). Each PUT is a
 * routed request through the ring; a course peer storing a batch stays within the burst, a
 * connection sending more than twice this is closed.
 */
export const DEFAULT_DHT_PUTS_PER_SECOND_PER_CLIENT = 50;
/** PUTs a second of all connections of one address together. */
export const DEFAULT_DHT_PUTS_PER_SECOND_PER_ADDRESS = 100;
/** Records (keys) one connection may hold through the gateway at once: a course peer stores a few. */
export const DEFAULT_DHT_MAX_RECORDS_PER_CLIENT = 256;
/** Their value bytes: 64 full-size values. */
export const DEFAULT_DHT_MAX_BYTES_PER_CLIENT = 4 * MiB;
/** Records of all connections of one address (kept across reconnects until they expire). */
export const DEFAULT_DHT_MAX_RECORDS_PER_ADDRESS = 1024;
export const DEFAULT_DHT_MAX_BYTES_PER_ADDRESS = 16 * MiB;
/**
 * Records of every client together: half the relay's store (DHT_MAX_RECORDS), so course clients
 * can never fill it and make it evict records of the mesh.
 */
export const DEFAULT_DHT_API_MAX_RECORDS = Math.floor(DEFAULT_MAX_RECORDS / 2);
/** Their value bytes: half of the store's DHT_MAX_BYTES. */
export const DEFAULT_DHT_API_MAX_BYTES = Math.floor(DEFAULT_MAX_BYTES / 2);
