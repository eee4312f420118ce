/**
 * The course gossip API gateway (seed 004, PROTOCOLS.md §1): a TCP server on the relay whose
 * clients speak the course protocol byte for byte and reach the whole mesh through the relay's
 * GossipApi. Connections are bounded per remote address and in total; an extra one is closed
 * at once.
 */
import type { GossipApi } from '../../../web/src/node/gossip/api.ts';
import { MAX_U32 } from '../../../web/src/node/wire/constants.ts';
import { checkInt } from '../tcp-gateway/check-int.ts';
import { startTcpGateway, type TcpGatewayLogger } from '../tcp-gateway/server.ts';
import { GatewayClient, zeroCounters, type ClientContext, type GatewayCounters } from './client.ts';
import {
  DEFAULT_GOSSIP_API_HOST,
  DEFAULT_GOSSIP_API_PORT,
  DEFAULT_MAX_CLIENTS,
  DEFAULT_MAX_CLIENTS_PER_ADDRESS,
  DEFAULT_MAX_PENDING_VALIDATIONS,
  DEFAULT_MAX_QUEUE_BYTES,
  LOCAL_ID_SPACE,
  MIN_MAX_QUEUE_BYTES,
} from './constants.ts';

/** Structurally the relay's RelayLogger. */
export type GatewayLogger = TcpGatewayLogger;

export interface GossipGatewayOptions {
  /** The node's gossip service; every client's NOTIFY / ANNOUNCE / VALIDATION goes through it. */
  readonly gossip: GossipApi;
  /** Default 0.0.0.0. */
  readonly host?: string;
  /** Default 7001; 0 picks a free port. */
  readonly port?: number;
  /** Connections from one remote address at a time; default 16. */
  readonly maxClientsPerAddress?: number;
  /** Connections at a time in total; default 1024. */
  readonly maxClients?: number;
  /** Outgoing bytes a client may leave unread before it is dropped; default 64 max messages. */
  readonly maxQueueBytes?: number;
  /** Notifications a client may leave unvalidated (the oldest is then settled as not valid). */
  readonly maxPendingValidations?: number;
  readonly logger?: GatewayLogger;
}

export interface GossipGatewayStats extends GatewayCounters {
  readonly clients: number;
  readonly subscriptions: number;
  readonly pendingValidations: number;
}

export interface GossipGateway {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  stats(): GossipGatewayStats;
  /** Stops listening and closes every client (unsubscribing it). Idempotent. */
  close(): Promise<void>;
}

export async function startGossipGateway(options: GossipGatewayOptions): Promise<GossipGateway> {
  const maxPerAddress = checkInt(options.maxClientsPerAddress ?? DEFAULT_MAX_CLIENTS_PER_ADDRESS, 1, MAX_U32, 'maxClientsPerAddress');
  const maxClients = checkInt(options.maxClients ?? DEFAULT_MAX_CLIENTS, 1, MAX_U32, 'maxClients');
  const maxQueueBytes = checkInt(options.maxQueueBytes ?? DEFAULT_MAX_QUEUE_BYTES, MIN_MAX_QUEUE_BYTES, MAX_U32, 'maxQueueBytes');
  const maxPendingValidations = checkInt(
    options.maxPendingValidations ?? DEFAULT_MAX_PENDING_VALIDATIONS,
    1,
    LOCAL_ID_SPACE - 1,
    'maxPendingValidations',
  );
  const logger = options.logger;
  const counters = zeroCounters();
  const ctx: ClientContext = {
    gossip: options.gossip,
    counters,
    maxQueueBytes,
    maxPendingValidations,
    onError: (message, error) => logger?.warn(message, error),
  };
  const server = await startTcpGateway({
    name: 'gossip gateway',
    host: options.host ?? DEFAULT_GOSSIP_API_HOST,
    port: options.port ?? DEFAULT_GOSSIP_API_PORT,
    maxClients,
    maxClientsPerAddress: maxPerAddress,
    createClient: (socket, onClosed) => new GatewayClient(socket, ctx, onClosed),
    onRefused: () => counters.refusedConnections++,
    logger,
  });

  return {
    port: server.port,
    stats(): GossipGatewayStats {
      let subscriptions = 0;
      let pendingValidations = 0;
      for (const client of server.clients) {
        subscriptions += client.subscriptionCount;
        pendingValidations += client.pendingValidations;
      }
      return { ...counters, clients: server.clients.size, subscriptions, pendingValidations };
    },
    close: () => server.close(),
  };
}
