/**
 * A Node peer in the mesh: the same core a tab runs (TabmeshNode), assembled the way
 * web/src/host-browser/browser-node.ts assembles a tab's, with Node adapters instead —
 * socket.io-client to the signaling server, simple-peer over @roamhq/wrtc, the peer table on disk.
 * Signals travel through the server or the mesh (SignalRouter), so neighbours can reach it, and
 * each other through it, while the server is down. The relay is one; the host passes the roles
 * it registers with and the services it runs (mesh signaling is always the first).
 */
import wrtc from '@roamhq/wrtc';
import SimplePeer from 'simple-peer';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { systemClock, type Clock, type Random } from '../node/base/clock.ts';
import { MeshSignalChannel } from '../node/mesh-signal/channel.ts';
import { TabmeshNode } from '../node/node.ts';
import type { Identity } from '../node/peers/identity.ts';
import type { NodeStorage } from '../node/peers/ports.ts';
import type { Role } from '../node/peers/roles.ts';
import { SignalRouter } from '../node/signaling/signal-router.ts';
import { SignalingClient, type SignalingClientOptions, type SignalingSocket } from '../node/signaling/signaling-client.ts';
import { WebRtcConnector } from '../webrtc/webrtc-connector.ts';
import { operatorRoleProof } from './role-proof.ts';
import type { Service } from '../node/service.ts';

export type SignalingSocketOptions = Partial<ManagerOptions & SocketOptions>;

export interface MeshPeerOptions {
  identity: Identity;
  /** http(s) URL of the signaling server. */
  signalingUrl: string;
  /** The roles it registers with (roles the operator vouches for need the server's consent). */
  roles: readonly Role[];
  /** Short lowercase tokens the signaling server keeps with the registration. */
  capabilities: readonly string[];
  /** TURN URLs announced at registration (the server mints credentials for them). */
  turnUrls?: readonly string[];
  /**
   * The TURN secret shared with the signaling server: with it every registration carries a proof
   * that the operator vouches for this peer, which roles relay and seed need.
   */
  operatorSecret?: string;
  storage: NodeStorage;
  /** The services it runs, in start order, after mesh signaling. */
  services?: readonly Service[];
  clock?: Clock;
  random?: Random;
  targetDegree?: number;
  maxDegree?: number;
  /** Periodic throughput tests of neighbours (off by default: a server peer chooses nobody). */
  periodicThroughput?: boolean;
  /** Told when a service fails to stop in time (the peer closes anyway). */
  onServiceError?: (service: string, error: unknown) => void;
  /** Extra socket.io client options (tests shorten the reconnection delays). */
  socketOptions?: SignalingSocketOptions;
}

export interface MeshPeer {
  readonly node: TabmeshNode;
  readonly signaling: SignalingClient;
  readonly connector: WebRtcConnector;
  /** Which way each signal went (server or mesh). */
  readonly router: SignalRouter;
  readonly mesh: MeshSignalChannel;
  start(): Promise<void>;
  /** Services stopped, byes to the neighbours, links and signaling closed, the peer table written. Idempotent. */
  stop(): Promise<void>;
}

export function createMeshPeer(options: MeshPeerOptions): MeshPeer {
  const { identity, operatorSecret } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const storage = trackSaves(options.storage);
  const socket: SignalingSocket = io(options.signalingUrl, {
    transports: ['websocket'],
    // Never share a connection with another client in this process (tests run several).
    forceNew: true,
    ...options.socketOptions,
    // Connect in start(): a relay whose start fails never registers.
    autoConnect: false,
  });
  const signalingOptions: SignalingClientOptions = {
    socket,
    identity,
    roles: () => [...options.roles],
    capabilities: [...options.capabilities],
    ...(options.turnUrls && { turn: [...options.turnUrls] }),
    ...(operatorSecret !== undefined && { roleProof: (nonce: string, id: string) => operatorRoleProof(operatorSecret, nonce, id) }),
  };
  const signaling = new SignalingClient(signalingOptions);
  const mesh = new MeshSignalChannel();
  const router = new SignalRouter({ server: signaling, mesh, clock, iceServers: () => signaling.iceServers() });
  const connector = new WebRtcConnector({
    identity,
    clock,
    signaling: router,
    SimplePeer,
    wrtc,
  });
  const node = new TabmeshNode({
    identity,
    connector,
    discovery: signaling,
    storage,
    clock,
    random,
    roles: [...options.roles],
    ...(options.targetDegree !== undefined && { targetDegree: options.targetDegree }),
    ...(options.maxDegree !== undefined && { maxDegree: options.maxDegree }),
    periodicThroughput: options.periodicThroughput ?? false,
    ...(options.onServiceError && { onServiceError: options.onServiceError }),
  });
  // Services attach now (their handlers exist before the first link) but run only between
  // start() and stop(): a peer whose start fails leaves no timers behind.
  node.use(mesh);
  for (const service of options.services ?? []) node.use(service);

  let stopping: Promise<void> | undefined;
  return {
    node,
    signaling,
    connector,
    router,
    mesh,
    async start() {
      await node.start();
      socket.connect();
    },
    stop(): Promise<void> {
      stopping ??= (async () => {
        // services in reverse (each within a bound), byes, links, connector, signaling, a last table save
        await node.stop();
        await storage.settled();
      })();
      return stopping;
    },
  };
}

/** A NodeStorage whose pending writes can be awaited, so a stopped relay has written its table. */
function trackSaves(inner: NodeStorage): NodeStorage & { settled(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    loadPeerTable: () => inner.loadPeerTable(),
    savePeerTable(snapshot) {
      // One write at a time: two writers would race on the same temporary file.
      const previous = Promise.all(pending);
      const write = previous.then(() => inner.savePeerTable(snapshot));
      const tracked = write.then(
        () => undefined,
        () => undefined,
      );
      pending.add(tracked);
      void tracked.finally(() => pending.delete(tracked));
      return write;
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
