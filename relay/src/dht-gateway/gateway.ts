/**
 * The course DHT API gateway (seed 003, PROTOCOLS.md §2): a TCP server on the relay whose
 * clients speak the course protocol byte for byte and reach the mesh's DHT through the relay's
 * DhtApi (put and get only). Connections are bounded per remote address and in total (an extra
 * one is closed at once) and held to the scaffold's read deadlines; PUTs to each client's rate
 * and share of the store, and to keys of its own (key-claims.ts).
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { DEFAULT_MAX_TTL_S, DEFAULT_TTL_S } from '../../../web/src/node/dht/constants.ts';
import { MAX_U16, MAX_U32 } from '../../../web/src/node/wire/constants.ts';
import { checkInt } from '../tcp-gateway/check-int.ts';
import { ClientRates } from '../tcp-gateway/client-rates.ts';
import { readDeadlineOptions } from '../tcp-gateway/read-deadlines.ts';
import { ReasonLog } from '../tcp-gateway/reason-log.ts';
import { startTcpGateway, type TcpGatewayLogger } from '../tcp-gateway/server.ts';
import { DhtGatewayClient, type ClientContext } from './client.ts';
import {
  DEFAULT_DHT_API_MAX_BYTES,
  DEFAULT_DHT_API_MAX_RECORDS,
  DEFAULT_DHT_MAX_BYTES_PER_ADDRESS,
  DEFAULT_DHT_MAX_BYTES_PER_CLIENT,
  DEFAULT_DHT_MAX_RECORDS_PER_ADDRESS,
  DEFAULT_DHT_MAX_RECORDS_PER_CLIENT,
  DEFAULT_DHT_PUTS_PER_SECOND_PER_ADDRESS,
  DEFAULT_DHT_PUTS_PER_SECOND_PER_CLIENT,
  DEFAULT_DHT_API_HOST,
  DEFAULT_DHT_API_PORT,
  DEFAULT_DHT_MAX_CLIENTS,
  DEFAULT_DHT_MAX_CLIENTS_PER_ADDRESS,
  DEFAULT_DHT_MAX_IN_FLIGHT,
  DEFAULT_DHT_MAX_QUEUE_BYTES,
  DEFAULT_DHT_REQUEST_TIMEOUT_MS,
  MIN_DHT_MAX_QUEUE_BYTES,
} from './constants.ts';
import { zeroCounters, type DhtGatewayCounters } from './counters.ts';
import { KeyClaims } from './key-claims.ts';
import type { DhtPort } from './requests.ts';

/** 1 TiB: the most a byte share may be (the relay's store is bounded by the same). */
const MAX_SHARE_BYTES = 2 ** 40;
const second = 1000;

/** Structurally the relay's RelayLogger. */
export type DhtGatewayLogger = TcpGatewayLogger;

export interface DhtGatewayOptions {
  /** The node's DHT; PUT → put(key, value, { ttl, replication, republish: false }), GET → get(key). */
  readonly dht: DhtPort;
  /** Default 0.0.0.0. */
  readonly host?: string;
  /** Default 7401; 0 picks a free port. */
  readonly port?: number;
  /** Connections from one remote address at a time; default 16. */
  readonly maxClientsPerAddress?: number;
  /** Connections at a time in total; default 1024. */
  readonly maxClients?: number;
  /** Requests one client may have running; past it its socket is not read. Default 64. */
  readonly maxInFlight?: number;
  /** Outgoing bytes a client may leave unread before it is dropped; default 64 max messages. */
  readonly maxQueueBytes?: number;
  /** One request's deadline; a GET then answers FAILURE. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** A message begun must be complete within this; default 15 s. */
  readonly partialMessageTimeoutMs?: number;
  /** No message either way and no request for this long closes a connection; default 120 s. */
  readonly idleTimeoutMs?: number;
  /** PUTs a second per connection (bursts of 4 s worth); past it refused, past twice it closed. Default 50. */
  readonly putsPerSecondPerClient?: number;
  /** PUTs a second of all connections of one address together; default 100. */
  readonly putsPerSecondPerAddress?: number;
  /** Records and value bytes one connection may hold through the gateway; default 256 and 4 MiB. */
  readonly maxRecordsPerClient?: number;
  readonly maxBytesPerClient?: number;
  /** Records and value bytes one address may hold (across reconnects, until they expire); default 1024 and 16 MiB. */
  readonly maxRecordsPerAddress?: number;
  readonly maxBytesPerAddress?: number;
  /** Records and value bytes of all clients together; default half of the DHT's default store. */
  readonly maxRecords?: number;
  readonly maxBytes?: number;
  /** The DHT's TTL cap in seconds (DHT_MAX_TTL_SECONDS): how long a key stays its writer's. Default 600. */
  readonly maxTtlSeconds?: number;
  /** Times the deadlines, rates and key claims; default the system clock. */
  readonly clock?: Clock;
  readonly logger?: DhtGatewayLogger;
}

export interface DhtGatewayStats extends DhtGatewayCounters {
  readonly clients: number;
  /** Requests running now, over all clients. */
  readonly inFlight: number;
  /** Requests waiting for an in-flight place, over all clients. */
  readonly waiting: number;
  /** Records and value bytes held through the gateway now, over all clients. */
  readonly claimedRecords: number;
  readonly claimedBytes: number;
}

export interface DhtGateway {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  stats(): DhtGatewayStats;
  /** Stops listening, closes every client and aborts their requests. Idempotent. */
  close(): Promise<void>;
}

export async function startDhtGateway(options: DhtGatewayOptions): Promise<DhtGateway> {
  const maxPerAddress = checkInt(options.maxClientsPerAddress ?? DEFAULT_DHT_MAX_CLIENTS_PER_ADDRESS, 1, MAX_U32, 'maxClientsPerAddress');
  const maxClients = checkInt(options.maxClients ?? DEFAULT_DHT_MAX_CLIENTS, 1, MAX_U32, 'maxClients');
  const maxInFlight = checkInt(options.maxInFlight ?? DEFAULT_DHT_MAX_IN_FLIGHT, 1, MAX_U32, 'maxInFlight');
  const maxQueueBytes = checkInt(options.maxQueueBytes ?? DEFAULT_DHT_MAX_QUEUE_BYTES, MIN_DHT_MAX_QUEUE_BYTES, MAX_U32, 'maxQueueBytes');
  const requestTimeoutMs = checkInt(options.requestTimeoutMs ?? DEFAULT_DHT_REQUEST_TIMEOUT_MS, 1, MAX_U32, 'requestTimeoutMs');
  const deadlines = readDeadlineOptions(options);
  const share = (records: number, bytes: number, what: string) => ({
    records: checkInt(records, 1, MAX_U32, `maxRecords${what}`),
    bytes: checkInt(bytes, 1, MAX_SHARE_BYTES, `maxBytes${what}`),
  });
  const claims = new KeyClaims({
    perClient: share(options.maxRecordsPerClient ?? DEFAULT_DHT_MAX_RECORDS_PER_CLIENT, options.maxBytesPerClient ?? DEFAULT_DHT_MAX_BYTES_PER_CLIENT, 'PerClient'),
    perAddress: share(options.maxRecordsPerAddress ?? DEFAULT_DHT_MAX_RECORDS_PER_ADDRESS, options.maxBytesPerAddress ?? DEFAULT_DHT_MAX_BYTES_PER_ADDRESS, 'PerAddress'),
    total: share(options.maxRecords ?? DEFAULT_DHT_API_MAX_RECORDS, options.maxBytes ?? DEFAULT_DHT_API_MAX_BYTES, ''),
  });
  const maxTtlSeconds = checkInt(options.maxTtlSeconds ?? DEFAULT_MAX_TTL_S, 1, MAX_U16, 'maxTtlSeconds');
  const logger = options.logger;
  const counters = zeroCounters();
  const ctx: ClientContext = {
    dht: options.dht,
    clock: deadlines.clock,
    counters,
    maxQueueBytes,
    maxInFlight,
    requestTimeoutMs,
    rates: new ClientRates({
      perClientPerSecond: options.putsPerSecondPerClient ?? DEFAULT_DHT_PUTS_PER_SECOND_PER_CLIENT,
      perAddressPerSecond: options.putsPerSecondPerAddress ?? DEFAULT_DHT_PUTS_PER_SECOND_PER_ADDRESS,
      maxClients,
    }),
    claims,
    // As the DHT clamps it: 0 is its default TTL (or the cap when lower), more is the cap.
    ttlMs: (ttl) => Math.min(ttl === 0 ? DEFAULT_TTL_S : ttl, maxTtlSeconds) * second,
    deadlines,
    log: new ReasonLog('dht gateway', deadlines.clock, logger),
    onError: (message, error) => logger?.warn(message, error),
  };
  const server = await startTcpGateway({
    name: 'dht gateway',
    host: options.host ?? DEFAULT_DHT_API_HOST,
    port: options.port ?? DEFAULT_DHT_API_PORT,
    maxClients,
    maxClientsPerAddress: maxPerAddress,
    // Half-open: a client may send its requests, then FIN, and still read every answer.
    allowHalfOpen: true,
    createClient: (connection) => new DhtGatewayClient(connection, ctx),
    onRefused: (reason) => counters.refusedConnections[reason]++,
    logger,
  });

  return {
    port: server.port,
    stats(): DhtGatewayStats {
      let inFlight = 0;
      let waiting = 0;
      for (const client of server.clients) {
        inFlight += client.inFlight;
        waiting += client.waiting;
      }
      claims.sweep(ctx.clock.now());
      const copy = {
        ...counters,
        putsRefused: { ...counters.putsRefused },
        closes: { ...counters.closes },
        refusedConnections: { ...counters.refusedConnections },
      };
      return { ...copy, clients: server.clients.size, inFlight, waiting, claimedRecords: claims.records, claimedBytes: claims.bytes };
    },
    close: () => server.close(),
  };
}
