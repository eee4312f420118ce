/**
 * Starts the signaling server: one HTTP server carrying socket.io and the plain HTTP routes.
 * Everything the tests need to control (port, clock, randomness, ICE servers) is an option.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import { SIGNALING_LIMITS, type IceServer } from '../../web/src/node/signaling/protocol.ts';
import { DEFAULT_ALLOWED_HOSTS, DEFAULT_MAX_SOCKETS_PER_ADDRESS, DEFAULT_REGISTER_DEADLINE_SECONDS, DEFAULT_STATIC_DIR } from './config.ts';
import { createConnectionGuard } from './connection-guard.ts';
import { createHttpServer } from './http-server.ts';
import { createRequestHandler } from './http-routes.ts';
import { Counters, type MetricsSnapshot } from './metrics.ts';
import { originPolicy } from './origin-check.ts';
import { Registry } from './registry.ts';
import { DEFAULT_TURN_CREDENTIAL_TTL_SECONDS } from './relay-offers.ts';
import { createRoleAuthority } from './role-authority.ts';
import { createSignalReplayCache } from './signal-check.ts';
import { attachSocketHandlers, type TabmeshServer, type TabmeshSocket } from './socket-handlers.ts';
import type { Logger } from '../../web/src/host-node/process-lifecycle.ts';
import type { AppConfig } from '../../web/src/contracts/app-config.ts';

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
  /** Extra origins allowed to open sockets (WebSocket and long-polling), e.g. the Vite dev server. */
  corsOrigins?: string[];
  /** Peer ids the operator vouches for without a proof: they may hold relay and seed. */
  trustedIds?: readonly PeerId[];
  /** Sockets one address (IPv4, or IPv6 /64) may hold. Default DEFAULT_MAX_SOCKETS_PER_ADDRESS. */
  maxSocketsPerAddress?: number;
  /** A socket not registered this long after connecting is dropped. Default 30 s. */
  registerDeadlineMs?: number;
  /** Host names whose Host header /interface and the CSP may use without a public URL. Default: loopback names. */
  allowedHosts?: readonly string[];
  /** Take the client's address from the last X-Forwarded-For hop (behind a reverse proxy). Default false. */
  trustProxy?: boolean;
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
  /** What the app reads at /config.json: the chain jobs are paid on (its RPC origin is allowed by the CSP). */
  appConfig?: AppConfig;
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
  const maxSocketsPerAddress = options.maxSocketsPerAddress ?? DEFAULT_MAX_SOCKETS_PER_ADDRESS;
  const registerDeadlineMs = options.registerDeadlineMs ?? DEFAULT_REGISTER_DEADLINE_SECONDS * 1000;
  if (!Number.isInteger(maxSocketsPerAddress) || maxSocketsPerAddress < 1) throw new RangeError('maxSocketsPerAddress must be a positive integer');
  if (!(registerDeadlineMs > 0)) throw new RangeError('registerDeadlineMs must be positive');
  const vouch = createRoleAuthority({ secret: options.turnSecret, trustedIds: options.trustedIds ?? [] });
  const registry = new Registry<TabmeshSocket>({ now, vouch, ...(options.random ? { random: options.random } : {}) });
  const counters = new Counters();
  const metrics = (): MetricsSnapshot => ({
    nodesByRole: registry.countByRole(),
    nodesTotal: registry.size,
    sockets: registry.connectionCount,
    registrations: counters.registrations,
    signalsForwarded: counters.signalsForwarded,
    rejects: counters.rejects(),
    socketsRefused: { ...counters.socketsRefused },
    socketsDropped: { ...counters.socketsDropped },
    roleClaimsRefused: { ...counters.roleClaimsRefused },
  });

  let ownUrl = '';
  const httpServer = createHttpServer(
    createRequestHandler({
      staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
      publicUrl: options.publicUrl,
      allowedHosts: options.allowedHosts ?? DEFAULT_ALLOWED_HOSTS,
      ownUrl: () => ownUrl,
      nodeCount: () => registry.size,
      uptimeSeconds: () => Math.max(0, Math.floor((now() - startedAt) / 1000)),
      interfaceNode: () => registry.randomWithRole('interface'),
      metrics,
      onError,
      ...(options.extraRoutes !== undefined && { extraRoutes: options.extraRoutes }),
      appConfig: options.appConfig ?? {},
    }),
  );
  const corsOrigins = options.corsOrigins ?? [];
  const guard = createConnectionGuard({
    maxSocketsPerAddress,
    trustProxy: options.trustProxy ?? false,
    origins: originPolicy(corsOrigins, options.publicUrl),
    maxPacketBytes: SIGNALING_LIMITS.maxPacketBytes,
    counters,
  });
  const io: TabmeshServer = new Server(httpServer, {
    maxHttpBufferSize: SIGNALING_LIMITS.maxPacketBytes,
    serveClient: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    allowRequest: guard.allowRequest,
    ...(corsOrigins.length > 0 ? { cors: { origin: corsOrigins } } : {}),
  });
  guard.attach(io);
  attachSocketHandlers(io, {
    registry,
    replays: createSignalReplayCache(),
    counters,
    iceServers: options.iceServers ?? [],
    turn: options.turnSecret === undefined ? undefined : { secret: options.turnSecret, ttlSeconds: turnTtl },
    registerDeadlineMs,
    addressOf: (socket) => guard.addressOf(socket.request),
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
  const url = `http://${displayHost(host)}:${port}/`;
  ownUrl = url;

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

  return { url, port, metrics, close };
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
