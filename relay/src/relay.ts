/**
 * The relay process as a library: TURN for tabs behind NAT, a Node peer in the mesh (role
 * `relay`, persistent peer id), the mail service on that peer, and /healthz + /metrics over
 * HTTP. `startRelay` brings them up in that order and takes down what it started if a later
 * part fails; `close()` takes everything down and is idempotent.
 */
import { startGossipGateway, type GossipGateway, type GossipGatewayStats } from './gateway/index.ts';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../web/src/node/clock.ts';
import type { TabmeshNode } from '../../web/src/node/node.ts';
import type { PeerId } from '../../web/src/node/peers/identity.ts';
import type { SignalingClient } from '../../web/src/node/signaling/signaling-client.ts';
import type { RelayConfig } from './config.ts';
import { diskStorage, loadOrCreateIdentity } from './disk-store.ts';
import { startRelayHttp, type RelayHttp } from './http.ts';
import { DEFAULT_ALLOWED_ROLES, MailGateway, smtpTransport, type MailSend } from './mail/index.ts';
import { startMailService } from './mail-service.ts';
import { createMeshPeer, type SignalingSocketOptions } from './mesh-peer.ts';
import type { RelaySnapshot } from './metrics.ts';
import { loadOrCreateSecret } from './secret-file.ts';
import { startTurnServer, type TurnServer } from './turn/index.ts';

/** The TURN secret's file, shared with the signaling server started by `npm start`. */
export const TURN_SECRET_FILE = 'turn-secret';
/** The relay's key and peer table live here, under DATA_DIR. */
export const RELAY_STATE_DIR = 'relay';

export interface RelayLogger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

const QUIET: RelayLogger = { info: () => {}, warn: () => {} };

/** What tests (and scripts/start.ts) may replace; production uses none of it. */
export interface RelayOverrides {
  logger?: RelayLogger;
  /** The node's clock (the TURN server and the mail gateway read its `now`). */
  clock?: Clock;
  /** The mail transport instead of SMTP at config.smtpUrl. */
  mailSend?: MailSend;
  mailPerSenderPerHour?: number;
  mailPerSenderBurst?: number;
  socketOptions?: SignalingSocketOptions;
  targetDegree?: number;
  maxDegree?: number;
}

export interface Relay {
  readonly id: PeerId;
  /** The TURN port (UDP, and TCP unless that number was taken for a port-0 pick). */
  readonly turnPort: number;
  readonly turnTcpPort: number;
  readonly httpPort: number;
  /** The course gossip API's TCP port (PROTOCOLS.md §1), null when switched off. */
  readonly gossipApiPort: number | null;
  /** The gateway's clients, subscriptions and counters; null when switched off. */
  gossipApiStats(): GossipGatewayStats | null;
  /** The TURN URLs announced at registration, with a configured port 0 replaced by the real one. */
  readonly turnUrls: readonly string[];
  readonly node: TabmeshNode;
  readonly signaling: SignalingClient;
  snapshot(): RelaySnapshot;
  /** Byes to the neighbours, signaling disconnected, allocations freed, HTTP closed. Idempotent. */
  close(): Promise<void>;
}

/** A port the relay needs is taken; `message` says which and what to do. */
export class PortInUseError extends Error {
  readonly port: number;
  constructor(what: string, port: number, variable: string) {
    super(`${what} port ${port} is already in use (another relay, coturn, or an earlier run?); stop it or set ${variable}`);
    this.name = 'PortInUseError';
    this.port = port;
  }
}

export async function startRelay(config: RelayConfig & { secret?: string }, overrides: RelayOverrides = {}): Promise<Relay> {
  const logger = overrides.logger ?? QUIET;
  const clock = overrides.clock ?? systemClock;
  const startedAt = clock.now();
  const secret = config.secret ?? (await loadOrCreateSecret(config.turnSecret, join(config.dataDir, TURN_SECRET_FILE)));
  const stateDir = join(config.dataDir, RELAY_STATE_DIR);
  const identity = await loadOrCreateIdentity(stateDir);

  const turn = await startTurnServer({
    port: config.turnPort,
    host: config.turnHost,
    relayAddress: config.turnRelayIp,
    secret,
    realm: config.turnRealm,
    maxAllocationsPerUser: config.turnMaxAllocationsPerUser,
    allowLoopbackPeers: config.turnAllowLoopbackPeers,
    clock: () => clock.now(),
    onError: (error) => logger.warn('turn: error', error),
  }).catch((error: unknown) => {
    throw inUse(error) ? new PortInUseError('TURN (udp/tcp)', config.turnPort, 'TURN_PORT') : error;
  });
  const cleanup: (() => Promise<void>)[] = [() => turn.close()];
  try {
    const turnUrls = withRealPorts(config.turnUrls, turn);
    const gateway = new MailGateway({
      send: overrides.mailSend ?? smtpTransport(config.smtpUrl),
      clock,
      from: config.mailFrom,
      allowedRoles: DEFAULT_ALLOWED_ROLES,
      ...(overrides.mailPerSenderPerHour !== undefined && { perSenderPerHour: overrides.mailPerSenderPerHour }),
      ...(overrides.mailPerSenderBurst !== undefined && { perSenderBurst: overrides.mailPerSenderBurst }),
    });
    const mesh = createMeshPeer({
      identity,
      signalingUrl: config.signalingUrl,
      turnUrls,
      storage: diskStorage(stateDir),
      clock,
      ...(overrides.targetDegree !== undefined && { targetDegree: overrides.targetDegree }),
      ...(overrides.maxDegree !== undefined && { maxDegree: overrides.maxDegree }),
      ...(overrides.socketOptions !== undefined && { socketOptions: overrides.socketOptions }),
    });
    const mail = startMailService({
      node: mesh.node,
      gateway,
      onFailure: (sender, message) => logger.warn(`mail: sending for ${sender.slice(0, 8)} failed: ${message}`),
    });
    cleanup.unshift(async () => {
      mail.close();
      await mesh.stop();
    });

    const snapshot = (): RelaySnapshot => ({
      id: mesh.node.id,
      signaling: mesh.signaling.state,
      peers: mesh.node.manager.degree,
      uptimeSeconds: Math.max(0, Math.floor((clock.now() - startedAt) / 1000)),
      turn: turn.stats(),
      mail: gateway.counters(),
    });
    const http: RelayHttp = await startRelayHttp({
      host: config.httpHost,
      port: config.httpPort,
      snapshot,
      onError: (error) => logger.warn('http: error', error),
    }).catch((error: unknown) => {
      throw inUse(error) ? new PortInUseError('relay HTTP', config.httpPort, 'RELAY_HTTP_PORT') : error;
    });
    cleanup.push(() => http.close());

    let gossipApi: GossipGateway | undefined;
    if (config.gossipApiPort !== null) {
      const port = config.gossipApiPort;
      gossipApi = await startGossipGateway({
        gossip: mesh.gossip,
        host: config.gossipApiHost,
        port,
        maxClientsPerAddress: config.gossipApiMaxClientsPerAddress,
        logger,
      }).catch((error: unknown) => {
        throw inUse(error) ? new PortInUseError('gossip API', port, 'GOSSIP_API_PORT') : error;
      });
      const opened = gossipApi;
      cleanup.unshift(() => opened.close());
    }

    mesh.signaling.onStateChange(() => logger.info(`signaling: ${mesh.signaling.state} (${config.signalingUrl})`));
    await mesh.start();

    let closing: Promise<void> | undefined;
    return {
      id: mesh.node.id,
      turnPort: turn.port,
      turnTcpPort: turn.tcpPort,
      httpPort: http.port,
      gossipApiPort: gossipApi?.port ?? null,
      gossipApiStats: () => gossipApi?.stats() ?? null,
      turnUrls,
      node: mesh.node,
      signaling: mesh.signaling,
      snapshot,
      close: () => (closing ??= runAll(cleanup)),
    };
  } catch (error) {
    await runAll(cleanup).catch(() => undefined);
    throw error;
  }
}

/** Runs every step in order even when one fails; rejects with the first failure at the end. */
async function runAll(steps: readonly (() => Promise<void>)[]): Promise<void> {
  let first: { error: unknown } | undefined;
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      first ??= { error };
    }
  }
  if (first !== undefined) throw first.error;
}

function inUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/**
 * A port-0 TURN server gets its ports at start; URLs naming port 0 (the defaults derived from
 * TURN_PORT=0) are given the real ones, UDP or TCP by their transport parameter.
 */
export function withRealPorts(urls: readonly string[], turn: Pick<TurnServer, 'port' | 'tcpPort'>): string[] {
  return urls.map((url) =>
    url.replace(/^(turns?:[^?]*):0(\?transport=(udp|tcp))?$/i, (_all, head: string, query: string | undefined, transport: string | undefined) => {
      const port = transport?.toLowerCase() === 'tcp' ? turn.tcpPort : turn.port;
      return `${head}:${port}${query ?? ''}`;
    }),
  );
}
