/**
 * The relay process as a library: TURN for tabs behind NAT, a Node peer in the mesh (role
 * `relay`, persistent peer id) running the Chord DHT with its records on disk, a full node and seed
 * of the Photoblocks chain (chain-node.ts), the mail service on that peer, /healthz + /metrics and
 * the chain read API over HTTP, and the course TCP gateways (gossip, DHT) and the btpeer one.
 * `startRelay` brings them up in that order and takes down what it started if a later part
 * fails; `close()` takes everything down and is idempotent.
 */
import { join } from 'node:path';
import { systemClock, type Clock } from '../../web/src/node/base/clock.ts';
import { createDht, type DhtNode } from '../../web/src/node/dht/service.ts';
import { identitySigner, verifyWithIdentity } from '../../web/src/node/dht/signing.ts';
import type { DhtOptions, DhtStorage } from '../../web/src/node/dht/types.ts';
import { createGossip, type GossipOptions } from '../../web/src/node/gossip/index.ts';
import { identityRumorAuth } from '../../web/src/node/gossip/signing.ts';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import type { Chain } from '../../web/src/node/chain/chain.ts';
import type { ImageClassifier } from '../../web/src/node/chain/recognition.ts';
import type { TabmeshNode } from '../../web/src/node/node.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
import type { SignalingClient } from '../../web/src/node/signaling/signaling-client.ts';
import type { RelayConfig } from './config.ts';
import { dhtDiskStorage } from '../../web/src/host-node/dht-disk-storage.ts';
import { diskStorage, loadOrCreateIdentity } from '../../web/src/host-node/disk-store.ts';
import { createMeshPeer, type SignalingSocketOptions } from '../../web/src/host-node/mesh-peer.ts';
import { createNodeJobs } from '../../web/src/host-node/node-jobs.ts';
import type { Logger } from '../../web/src/host-node/process-lifecycle.ts';
import { loadOrCreateSecret } from '../../web/src/host-node/secret-file.ts';
import { startGossipGateway, type GossipGateway, type GossipGatewayStats } from './gossip-gateway/index.ts';
import { startDhtGateway, type DhtGateway, type DhtGatewayStats } from './dht-gateway/index.ts';
import { startBtpeerGateway, type BtpeerGateway, type BtpeerGatewayStats } from './btpeer-gateway/index.ts';
import { startOpsHttp, type OpsHttp } from '../../web/src/host-node/ops-http.ts';
import { DEFAULT_ALLOWED_ROLES, MailGateway, smtpTransport, type MailSend } from './mail/index.ts';
import { MailService } from './mail-service.ts';
import { chainHttp } from './chain-http.ts';
import { createRelayChain } from './chain-node.ts';
import { PROMETHEUS_CONTENT_TYPE, relayHealth, renderRelayMetrics, type RelaySnapshot } from './metrics.ts';
import { startTurnServer, type TurnServer } from './turn/index.ts';

/** The TURN secret's file, shared with the signaling server started by `npm start`. */
export const TURN_SECRET_FILE = 'turn-secret';
/** The relay's key and peer table live here, under DATA_DIR. */
export const RELAY_STATE_DIR = 'relay';
/** The DHT records the relay holds, one file per key, under DATA_DIR. */
export const DHT_STATE_DIR = 'dht';
/** Storage failures are logged at most this often (a full disk would otherwise log every write). */
const STORAGE_WARN_INTERVAL_MS = 60_000;

/** With the chain on: vouched relay and chain seed (asked first by syncing nodes), and a full node. In ROLES order, as peers see them. */
export const RELAY_ROLES: readonly Role[] = ['seed', 'relay', 'full'];
/** RELAY_CHAIN=off: no chain, so neither seed nor full. */
export const RELAY_ROLES_WITHOUT_CHAIN: readonly Role[] = ['relay'];
/** Short lowercase tokens the signaling server keeps with the registration. */
export const RELAY_CAPABILITIES: readonly string[] = ['webrtc', 'turn', 'mail'];
/**
 * Tabs dial relays (for mail, later for the gateways), so a relay accepts far more links than a
 * tab's hard cap of 40; each open link costs it one RTCPeerConnection (~1 MB) and a little CPU.
 */
export const RELAY_MAX_DEGREE = 200;
/**
 * The connection manager of a relay dials nobody on its own: with target 0 it is a pure acceptor,
 * answering offers up to the hard cap instead of the tab's soft cap (twice its target). Only the
 * DHT dials, to keep its ring neighbours and fingers linked.
 */
export const RELAY_TARGET_DEGREE = 0;

export type RelayLogger = Logger;

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
  /** DHT settings over those from the configuration (tests shorten the rounds). */
  dht?: DhtOptions;
  /** Gossip settings (tests shorten the rounds). */
  gossip?: GossipOptions;
  /** The chain's classifier instead of CenterNet loaded on the first block. */
  chainClassifier?: ImageClassifier;
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
  /** The course DHT API's TCP port (PROTOCOLS.md §2), null when switched off. */
  readonly dhtApiPort: number | null;
  /** The DHT gateway's clients, requests in flight and counters; null when switched off. */
  dhtApiStats(): DhtGatewayStats | null;
  /** The btpeer gateway's TCP port (PROTOCOLS.md §3), null when switched off. */
  readonly btpeerPort: number | null;
  btpeerStats(): BtpeerGatewayStats | null;
  /** The TURN URLs announced at registration, with a configured port 0 replaced by the real one. */
  readonly turnUrls: readonly string[];
  readonly node: TabmeshNode;
  /** The relay's DHT node on `node`: its records live under DATA_DIR/dht. */
  readonly dht: DhtNode;
  /** The Photoblocks chain it keeps under DATA_DIR/chain; null when RELAY_CHAIN=off. */
  readonly chain: Chain | null;
  readonly signaling: SignalingClient;
  snapshot(): RelaySnapshot;
  /**
   * Gateways closed, the DHT left (bounded), byes to the neighbours, signaling disconnected,
   * allocations freed, HTTP closed. Idempotent.
   */
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
    maxAllocationsPerAddress: config.turnMaxAllocationsPerAddress,
    allowLoopbackPeers: config.turnAllowLoopbackPeers,
    allowedPeerRanges: config.turnAllowedPeerRanges,
    maxTcpConnectionsPerAddress: config.turnMaxTcpConnectionsPerAddress,
    tcpPartialMessageMs: config.turnTcpPartialMessageSeconds * 1000,
    tcpIdleMs: config.turnTcpIdleSeconds * 1000,
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
      senders: config.mailSenders,
      perRecipientPerHour: config.mailPerRecipientPerHour,
      totalPerHour: config.mailTotalPerHour,
      ...(overrides.mailPerSenderPerHour !== undefined && { perSenderPerHour: overrides.mailPerSenderPerHour }),
      ...(overrides.mailPerSenderBurst !== undefined && { perSenderBurst: overrides.mailPerSenderBurst }),
    });
    const gossip = createGossip({ ...identityRumorAuth(identity), ...overrides.gossip });
    const relayDht = createDht({
      signer: identitySigner(identity),
      verify: verifyWithIdentity,
      storage: loggedStorage(dhtDiskStorage(join(config.dataDir, DHT_STATE_DIR)), clock, logger),
      maxTtlSeconds: config.dhtMaxTtlSeconds,
      successors: config.dhtSuccessors,
      maxRecords: config.dhtMaxRecords,
      maxBytes: config.dhtMaxBytes,
      ...overrides.dht,
    });
    const relayChain = config.chainNode
      ? await createRelayChain({ dataDir: config.dataDir, gossip, dht: relayDht, clock, logger, ...(overrides.chainClassifier && { classifier: overrides.chainClassifier }) })
      : undefined;
    if (relayChain) cleanup.push(() => relayChain.close());
    const roles = relayChain ? RELAY_ROLES : RELAY_ROLES_WITHOUT_CHAIN;
    const mail = new MailService({
      gateway,
      onFailure: (sender, message) => logger.warn(`mail: sending for ${sender.slice(0, 8)} failed: ${message}`),
    });
    // Results of paid jobs, mailed once each after the relay checked the payment itself.
    const jobs = createNodeJobs({
      identity,
      dataDir: config.dataDir,
      roles: () => roles,
      gossip,
      dht: relayDht,
      ...(config.chain && { chain: config.chain }),
      sendMail: async (message) => {
        const result = await gateway.submit({ id: identity.id, roles: [], vouched: true }, message);
        return result.ok ? 'ok' : result.error.code;
      },
    });
    const mesh = createMeshPeer({
      identity,
      signalingUrl: config.signalingUrl,
      roles,
      capabilities: RELAY_CAPABILITIES,
      turnUrls,
      // The TURN secret proves to the signaling server that the operator vouches for this relay.
      operatorSecret: secret,
      storage: diskStorage(stateDir),
      // In start order; the node stops them in reverse, the DHT's leave while the links still carry it.
      services: [gossip, relayDht, ...(relayChain ? [relayChain.service] : []), mail, jobs],
      clock,
      targetDegree: overrides.targetDegree ?? RELAY_TARGET_DEGREE,
      maxDegree: overrides.maxDegree ?? RELAY_MAX_DEGREE,
      onServiceError: (service, error) => logger.warn(`${service}: stopping failed or took too long`, error),
      ...(overrides.socketOptions !== undefined && { socketOptions: overrides.socketOptions }),
    });
    cleanup.unshift(() => mesh.stop());

    let dhtApi: DhtGateway | undefined;
    let gossipApi: GossipGateway | undefined;
    let btpeer: BtpeerGateway | undefined;
    const chainApi = relayChain && chainHttp({ chain: relayChain.chain, images: relayChain.images, ratePerSecond: config.chainApiRate, clock });
    const snapshot = (): RelaySnapshot => ({
      id: mesh.node.id,
      signaling: mesh.signaling.state,
      peers: mesh.node.manager.degree,
      uptimeSeconds: Math.max(0, Math.floor((clock.now() - startedAt) / 1000)),
      turn: turn.stats(),
      mail: gateway.counters(),
      dht: dhtSnapshot(relayDht),
      dhtApi: dhtApi?.stats() ?? null,
      gossipApi: gossipApi?.stats() ?? null,
      btpeer: btpeer?.stats() ?? null,
      chain: relayChain && chainApi ? { height: relayChain.chain.tip().height, blocksAccepted: relayChain.blocksAccepted(), apiRefused: chainApi.refused() } : null,
    });
    const http: OpsHttp = await startOpsHttp({
      host: config.httpHost,
      port: config.httpPort,
      routes: {
        '/healthz': () => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(relayHealth(snapshot())) }),
        '/metrics': () => ({ type: PROMETHEUS_CONTENT_TYPE, body: renderRelayMetrics(snapshot()) }),
        ...chainApi?.routes,
      },
      ...(chainApi && { prefixRoutes: chainApi.prefixRoutes }),
      onError: (error) => logger.warn('http: error', error),
    }).catch((error: unknown) => {
      throw inUse(error) ? new PortInUseError('relay HTTP', config.httpPort, 'RELAY_HTTP_PORT') : error;
    });
    cleanup.push(() => http.close());

    if (config.gossipApiPort !== null) {
      const port = config.gossipApiPort;
      gossipApi = await startGossipGateway({
        gossip,
        host: config.gossipApiHost,
        port,
        maxClientsPerAddress: config.gossipApiMaxClientsPerAddress,
        ...config.gossipApiLimits,
        clock,
        logger,
      }).catch((error: unknown) => {
        throw inUse(error) ? new PortInUseError('gossip API', port, 'GOSSIP_API_PORT') : error;
      });
      const opened = gossipApi;
      cleanup.unshift(() => opened.close());
    }

    if (config.dhtApiPort !== null) {
      const port = config.dhtApiPort;
      // The DHT clamps what a course PUT asks for: ttl to DHT_MAX_TTL_SECONDS, replication to
      // the successor list + 1 (and MAX_REPLICATION), 0 meaning its defaults.
      dhtApi = await startDhtGateway({
        dht: relayDht,
        host: config.dhtApiHost,
        port,
        maxClientsPerAddress: config.dhtApiMaxClientsPerAddress,
        ...config.dhtApiLimits,
        // A key stays its first writer's as long as the DHT keeps the value.
        maxTtlSeconds: config.dhtMaxTtlSeconds,
        clock,
        logger,
      }).catch((error: unknown) => {
        throw inUse(error) ? new PortInUseError('DHT API', port, 'DHT_API_PORT') : error;
      });
      const opened = dhtApi;
      cleanup.unshift(() => opened.close());
    }

    if (config.btpeerPort !== null) {
      const port = config.btpeerPort;
      btpeer = await startBtpeerGateway({ jobs, name: mesh.node.id, host: config.btpeerHost, port, ...config.btpeerLimits, clock, logger }).catch((error: unknown) => {
        throw inUse(error) ? new PortInUseError('btpeer', port, 'BTPEER_PORT') : error;
      });
      const opened = btpeer;
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
      dhtApiPort: dhtApi?.port ?? null,
      dhtApiStats: () => dhtApi?.stats() ?? null,
      btpeerPort: btpeer?.port ?? null,
      btpeerStats: () => btpeer?.stats() ?? null,
      turnUrls,
      node: mesh.node,
      dht: relayDht,
      chain: relayChain?.chain ?? null,
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

/** What /metrics shows of the relay's DHT node. */
function dhtSnapshot(dht: DhtNode): RelaySnapshot['dht'] {
  const records = dht.records();
  const stats = dht.stats();
  return {
    records: records.length,
    bytes: records.reduce((sum, r) => sum + r.bytes, 0),
    successors: dht.ring().successors.length,
    lookups: stats.lookups,
    lookupFailures: stats.lookupFailures,
  };
}

/** The DHT's storage with its failures logged (the DHT itself keeps going on what it holds in memory). */
function loggedStorage(inner: DhtStorage, clock: Clock, logger: RelayLogger): DhtStorage {
  let lastWarned = -Infinity;
  let missed = 0;
  const warn = (what: string, error: unknown): void => {
    const now = clock.now();
    if (now - lastWarned < STORAGE_WARN_INTERVAL_MS) {
      missed++;
      return;
    }
    const more = missed > 0 ? ` (${missed} more failures not logged since the last warning)` : '';
    lastWarned = now;
    missed = 0;
    logger.warn(`dht: ${what} failed${more}`, error);
  };
  const logged = <A extends unknown[], T>(what: string, call: (...args: A) => Promise<T>) =>
    (...args: A): Promise<T> =>
      call(...args).catch((error: unknown) => {
        warn(what, error);
        throw error;
      });
  return {
    load: logged('loading saved records', () => inner.load()),
    save: logged('saving a record', (key: string, encoded: Uint8Array) => inner.save(key, encoded)),
    remove: logged('removing a record', (key: string) => inner.remove(key)),
  };
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
