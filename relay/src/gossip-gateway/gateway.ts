/**
 * The course gossip API gateway (seed 004, PROTOCOLS.md §1): a TCP server on the relay whose
 * clients speak the course protocol byte for byte and reach the whole mesh through the relay's
 * GossipApi. Connections are bounded per remote address and in total (an extra one is closed at
 * once), each is held to the scaffold's read deadlines, and each client to its subscription cap
 * and announce rate; past a limit a client is closed with a logged reason, and counted.
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import type { GossipApi } from '../../../web/src/node/gossip/api.ts';
import { MAX_U32 } from '../../../web/src/node/wire/constants.ts';
import { checkInt } from '../tcp-gateway/check-int.ts';
import { ClientRates } from '../tcp-gateway/client-rates.ts';
import { readDeadlineOptions } from '../tcp-gateway/read-deadlines.ts';
import { ReasonLog } from '../tcp-gateway/reason-log.ts';
import { startTcpGateway, type TcpGatewayLogger } from '../tcp-gateway/server.ts';
import { GatewayClient, type ClientContext } from './client.ts';
import {
  DEFAULT_ANNOUNCES_PER_SECOND_PER_ADDRESS,
  DEFAULT_ANNOUNCES_PER_SECOND_PER_CLIENT,
  DEFAULT_GOSSIP_API_HOST,
  DEFAULT_GOSSIP_API_PORT,
  DEFAULT_MAX_CLIENTS,
  DEFAULT_MAX_CLIENTS_PER_ADDRESS,
  DEFAULT_MAX_PENDING_VALIDATIONS,
  DEFAULT_MAX_QUEUE_BYTES,
  DEFAULT_MAX_SUBSCRIPTIONS,
  DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT,
  LOCAL_ID_SPACE,
  MIN_MAX_QUEUE_BYTES,
} from './constants.ts';
import { zeroCounters, type GatewayCounters } from './counters.ts';
import { SubscriptionQuota } from './subscription-quota.ts';

/** Structurally the relay's RelayLogger. */
export type GatewayLogger = TcpGatewayLogger;

/** The most subscriptions a limit may allow: one per data type of each of 1024 clients at most, far past any need. */
const MAX_SUBSCRIPTIONS_LIMIT = 2 ** 26;

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
  /** A message begun must be complete within this; default 15 s. */
  readonly partialMessageTimeoutMs?: number;
  /** No message either way and no subscription for this long closes a connection; default 120 s. */
  readonly idleTimeoutMs?: number;
  /** Data types one client may subscribe to; default 256. */
  readonly maxSubscriptionsPerClient?: number;
  /** Subscriptions of all clients together; default 16 384. */
  readonly maxSubscriptions?: number;
  /** ANNOUNCEs a second per connection (bursts of 4 s worth); default 5. */
  readonly announcesPerSecondPerClient?: number;
  /** ANNOUNCEs a second of all connections of one address together; default 10. */
  readonly announcesPerSecondPerAddress?: number;
  /** Times the deadlines and rates; default the system clock. */
  readonly clock?: Clock;
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
  const deadlines = readDeadlineOptions(options);
  const maxSubscriptionsPerClient = checkInt(
    options.maxSubscriptionsPerClient ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT,
    1,
    LOCAL_ID_SPACE,
    'maxSubscriptionsPerClient',
  );
  const maxSubscriptions = checkInt(options.maxSubscriptions ?? DEFAULT_MAX_SUBSCRIPTIONS, 1, MAX_SUBSCRIPTIONS_LIMIT, 'maxSubscriptions');
  const rates = new ClientRates({
    perClientPerSecond: options.announcesPerSecondPerClient ?? DEFAULT_ANNOUNCES_PER_SECOND_PER_CLIENT,
    perAddressPerSecond: options.announcesPerSecondPerAddress ?? DEFAULT_ANNOUNCES_PER_SECOND_PER_ADDRESS,
    maxClients,
  });
  const logger = options.logger;
  const counters = zeroCounters();
  const ctx: ClientContext = {
    gossip: options.gossip,
    clock: deadlines.clock,
    counters,
    maxQueueBytes,
    maxPendingValidations,
    maxSubscriptionsPerClient,
    subscriptions: new SubscriptionQuota(maxSubscriptions),
    rates,
    deadlines,
    log: new ReasonLog('gossip gateway', deadlines.clock, logger),
    onError: (message, error) => logger?.warn(message, error),
  };
  const server = await startTcpGateway({
    name: 'gossip gateway',
    host: options.host ?? DEFAULT_GOSSIP_API_HOST,
    port: options.port ?? DEFAULT_GOSSIP_API_PORT,
    maxClients,
    maxClientsPerAddress: maxPerAddress,
    createClient: (connection) => new GatewayClient(connection, ctx),
    onRefused: (reason) => counters.refusedConnections[reason]++,
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
      const copy = { ...counters, closes: { ...counters.closes }, refusedConnections: { ...counters.refusedConnections } };
      return { ...copy, clients: server.clients.size, subscriptions, pendingValidations };
    },
    close: () => server.close(),
  };
}
