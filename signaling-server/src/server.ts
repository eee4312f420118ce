/**
 * Starts the signaling server: one HTTP server carrying socket.io and the plain HTTP routes.
 * Everything the tests need to control (port, clock, randomness, ICE servers) is an option.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { SIGNALING_LIMITS, type IceServer } from '../../web/src/node/signaling/protocol.ts';
import { DEFAULT_STATIC_DIR } from './config.ts';
import { createRequestHandler } from './http-routes.ts';
import { Counters, type MetricsSnapshot } from './metrics.ts';
import { Registry } from './registry.ts';
import { DEFAULT_TURN_CREDENTIAL_TTL_SECONDS } from './relay-offers.ts';
import { createSignalReplayCache } from './signal-check.ts';
import { attachSocketHandlers, type TabmeshServer, type TabmeshSocket } from './socket-handlers.ts';
import type { Logger } from '../../web/src/host-node/process-lifecycle.ts';

/** Loopback unless told otherwise: a library caller (a test) should not expose a port by accident. */
const DEFAULT_LISTEN_HOST = '127.0.0.1';
/** A client that has not completed the socket.io handshake by then is dropped. */
const CONNECT_TIMEOUT_MS = 10_000;

export type { Logger };

export interface SignalingServerOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Default 127.0.0.1; main.ts passes the configured HOST (0.0.0.0 by default). */
  host?: string;
  staticDir?: string;
  /** Handed to registered clients; from configuration only, never a public default. */
  iceServers?: IceServer[];
  /** The URL users open (ends in '/'); derived from the Host header when absent. */
  publicUrl?: string;
  /** Extra origins allowed for HTTP long-polling (the Vite dev server). */
  corsOrigins?: string[];
  /** Milliseconds since the epoch; drives challenges, signal freshness and rate limits. */
  clock?: () => number;
  /** Uniform in [0, 1); drives bootstrap and /interface sampling. */
  random?: () => number;
  /**
   * The TURN REST secret shared with the relays. With it, every registered node is offered each
   * live relay's TURN service with credentials minted for that node; without it, no offers.
   */
  turnSecret?: string;
  /** Lifetime of minted TURN credentials. Default DEFAULT_TURN_CREDENTIAL_TTL_SECONDS (an hour). */
  turnCredentialTtlSeconds?: number;
  /**
   * More HTTP routes (e.g. the mail outbox under /api/), asked before the built-in routes and the
   * static files, for every method; returns true when it has answered the request.
   */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  logger?: Logger;
}

export interface SignalingServer {
  /** http://host:port/ as reachable from this machine. */
  readonly url: string;
  readonly port: number;
  metrics(): MetricsSnapshot;
  /** Disconnects every socket and closes the HTTP server; idempotent. */
  close(): Promise<void>;
}

const SILENT_LOGGER: Logger = {
  info: () => {},
  warn: (message, error) => console.warn(message, error ?? ''),
};

export async function startSignalingServer(options: SignalingServerOptions = {}): Promise<SignalingServer> {
  const now = options.clock ?? Date.now;
  const logger = options.logger ?? SILENT_LOGGER;
  const onError = (error: unknown): void => logger.warn('signaling: unexpected error', error);
  const startedAt = now();
  const turnTtl = options.turnCredentialTtlSeconds ?? DEFAULT_TURN_CREDENTIAL_TTL_SECONDS;
  if (!Number.isInteger(turnTtl) || turnTtl < 1 || turnTtl > SIGNALING_LIMITS.maxTurnTtlSeconds) {
    throw new RangeError(`turnCredentialTtlSeconds must be an integer in 1..${SIGNALING_LIMITS.maxTurnTtlSeconds}`);
  }
  if (options.turnSecret !== undefined && options.turnSecret.length === 0) throw new RangeError('turnSecret is empty');
  const registry = new Registry<TabmeshSocket>({ now, ...(options.random ? { random: options.random } : {}) });
  const counters = new Counters();
  const metrics = (): MetricsSnapshot => ({
    nodesByRole: registry.countByRole(),
    nodesTotal: registry.size,
    sockets: registry.connectionCount,
    registrations: counters.registrations,
    signalsForwarded: counters.signalsForwarded,
    rejects: counters.rejects(),
  });

  const httpServer = createServer(
    createRequestHandler({
      staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
      publicUrl: options.publicUrl,
      nodeCount: () => registry.size,
      uptimeSeconds: () => Math.max(0, Math.floor((now() - startedAt) / 1000)),
      interfaceNode: () => registry.randomWithRole('interface'),
      metrics,
      onError,
      ...(options.extraRoutes !== undefined && { extraRoutes: options.extraRoutes }),
    }),
  );
  const corsOrigins = options.corsOrigins ?? [];
  const io: TabmeshServer = new Server(httpServer, {
    maxHttpBufferSize: SIGNALING_LIMITS.maxPacketBytes,
    serveClient: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    ...(corsOrigins.length > 0 ? { cors: { origin: corsOrigins } } : {}),
  });
  attachSocketHandlers(io, {
    registry,
    replays: createSignalReplayCache(),
    counters,
    iceServers: options.iceServers ?? [],
    turn: options.turnSecret === undefined ? undefined : { secret: options.turnSecret, ttlSeconds: turnTtl },
    now,
    onError,
  });

  const host = options.host ?? DEFAULT_LISTEN_HOST;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 8080, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  httpServer.on('error', onError);
  const port = (httpServer.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      // io.close drops every socket, then closes the HTTP server after only microtasks, so no
      // connection can be accepted in between; open keep-alive HTTP connections are cut now.
      void io.close(() => resolve());
      httpServer.closeAllConnections();
    });
    return closing;
  };

  return { url: `http://${displayHost(host)}:${port}/`, port, metrics, close };
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
