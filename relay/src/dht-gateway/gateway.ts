/**
 * The course DHT API gateway (seed 003, PROTOCOLS.md §2): a TCP server on the relay whose
 * clients speak the course protocol byte for byte and reach the mesh's DHT through the relay's
 * DhtApi (put and get only). Connections are bounded per remote address and in total; an extra
 * one is closed at once.
 */
import { systemClock, type Clock } from '../../../web/src/node/base/clock.ts';
import { MAX_U32 } from '../../../web/src/node/wire/constants.ts';
import { checkInt } from '../tcp-gateway/check-int.ts';
import { startTcpGateway, type TcpGatewayLogger } from '../tcp-gateway/server.ts';
import { DhtGatewayClient, type ClientContext } from './client.ts';
import {
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
import type { DhtPort } from './requests.ts';

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
  /** Times the deadlines; default the system clock. */
  readonly clock?: Clock;
  readonly logger?: DhtGatewayLogger;
}

export interface DhtGatewayStats extends DhtGatewayCounters {
  readonly clients: number;
  /** Requests running now, over all clients. */
  readonly inFlight: number;
  /** Requests waiting for an in-flight place, over all clients. */
  readonly waiting: number;
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
  const logger = options.logger;
  const counters = zeroCounters();
  const ctx: ClientContext = {
    dht: options.dht,
    clock: options.clock ?? systemClock,
    counters,
    maxQueueBytes,
    maxInFlight,
    requestTimeoutMs,
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
    createClient: (socket, onClosed) => new DhtGatewayClient(socket, ctx, onClosed),
    onRefused: () => counters.refusedConnections++,
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
      return { ...counters, clients: server.clients.size, inFlight, waiting };
    },
    close: () => server.close(),
  };
}
