/**
 * The course gossip API gateway (seed 004, PROTOCOLS.md §1): a TCP server on the relay whose
 * clients speak the course protocol byte for byte and reach the whole mesh through the relay's
 * GossipApi. Connections are bounded per remote address and in total; an extra one is closed
 * at once.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { TabmeshError } from '../../../web/src/node/errors.ts';
import type { GossipApi } from '../../../web/src/node/gossip/api.ts';
import { MAX_U32 } from '../../../web/src/node/wire/constants.ts';
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
export interface GatewayLogger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

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
  const clients = new Set<GatewayClient>();
  const perAddress = new Map<string, number>();

  const accept = (socket: Socket): void => {
    socket.on('error', () => {});
    const address = socket.remoteAddress === undefined ? undefined : addressKey(socket.remoteAddress);
    const count = address === undefined ? 0 : (perAddress.get(address) ?? 0);
    if (address === undefined || clients.size >= maxClients || count >= maxPerAddress) {
      counters.refusedConnections++;
      socket.destroy();
      return;
    }
    perAddress.set(address, count + 1);
    // Each NOTIFICATION leaves in its own segment instead of waiting behind the previous one.
    socket.setNoDelay(true);
    const client = new GatewayClient(socket, ctx, () => {
      clients.delete(client);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    clients.add(client);
  };

  const server = createServer(accept);
  await listen(server, options.host ?? DEFAULT_GOSSIP_API_HOST, options.port ?? DEFAULT_GOSSIP_API_PORT);
  server.on('error', (error) => logger?.warn('gossip gateway: server error', error));
  const port = (server.address() as { port: number }).port;

  let closing: Promise<void> | undefined;
  return {
    port,
    stats(): GossipGatewayStats {
      let subscriptions = 0;
      let pendingValidations = 0;
      for (const client of clients) {
        subscriptions += client.subscriptionCount;
        pendingValidations += client.pendingValidations;
      }
      return { ...counters, clients: clients.size, subscriptions, pendingValidations };
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const client of [...clients]) client.close();
      });
      return closing;
    },
  };
}

/** IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d and count as a.b.c.d. */
function addressKey(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address.toLowerCase();
}

function checkInt(n: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(n) || n < min || n > max) throw new TabmeshError('bad-field', `${what} ${n} not in ${min}..${max}`);
  return n;
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ host, port }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
