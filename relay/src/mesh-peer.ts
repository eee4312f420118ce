/**
 * The relay's node in the mesh: the same core a tab runs (TabmeshNode), assembled the way
 * web/src/host/browser-node.ts assembles a tab's, with Node adapters instead — socket.io-client
 * to the signaling server, simple-peer over @roamhq/wrtc, the peer table on disk. It registers
 * with role `relay` and announces its TURN URLs; tabs dial it, and it dials only what its DHT
 * needs (ring neighbours and fingers).
 * Signals travel through the server or the mesh (SignalRouter), so tabs linked to the relay can
 * reach it, and each other through it, while the server is down. Gossip runs on it too: the TCP
 * gateway mounts on `gossip`. The DHT is attached to `node` by relay.ts (it needs the data dir).
 */
import wrtc from '@roamhq/wrtc';
import SimplePeer from 'simple-peer';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { systemClock, type Clock, type Random } from '../../web/src/node/base/clock.ts';
import { attachGossip, type GossipOptions, type GossipService } from '../../web/src/node/gossip/index.ts';
import { TabmeshNode } from '../../web/src/node/node.ts';
import type { Identity } from '../../web/src/node/peers/identity.ts';
import type { NodeStorage } from '../../web/src/node/peers/ports.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
import { MeshSignalChannel } from '../../web/src/node/signaling/mesh-signal-channel.ts';
import { SignalRouter } from '../../web/src/node/signaling/signal-router.ts';
import { SignalingClient, type SignalingClientOptions, type SignalingSocket } from '../../web/src/node/signaling/signaling-client.ts';
import { WebRtcConnector } from '../../web/src/node/signaling/webrtc-connector.ts';

export const RELAY_ROLES: readonly Role[] = ['relay'];
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

export type SignalingSocketOptions = Partial<ManagerOptions & SocketOptions>;

export interface MeshPeerOptions {
  identity: Identity;
  /** http(s) URL of the signaling server. */
  signalingUrl: string;
  /** TURN URLs announced at registration (the server mints credentials for them). */
  turnUrls: readonly string[];
  storage: NodeStorage;
  clock?: Clock;
  random?: Random;
  targetDegree?: number;
  maxDegree?: number;
  /** Extra socket.io client options (tests shorten the reconnection delays). */
  socketOptions?: SignalingSocketOptions;
  /** Gossip settings (tests shorten the rounds); the defaults otherwise. */
  gossip?: GossipOptions;
}

export interface MeshPeer {
  readonly node: TabmeshNode;
  readonly signaling: SignalingClient;
  readonly connector: WebRtcConnector;
  /** Which way each signal went (server or mesh). */
  readonly router: SignalRouter;
  readonly mesh: MeshSignalChannel;
  /** Peer sampling and pub/sub on the relay's node; the TCP gossip gateway mounts on it. */
  readonly gossip: GossipService;
  start(): Promise<void>;
  /** Byes to the neighbours, links and signaling closed, the peer table written. Idempotent. */
  stop(): Promise<void>;
}

export function createMeshPeer(options: MeshPeerOptions): MeshPeer {
  const { identity } = options;
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
    roles: () => [...RELAY_ROLES],
    capabilities: [...RELAY_CAPABILITIES],
    turn: [...options.turnUrls],
  };
  const signaling = new SignalingClient(signalingOptions);
  const mesh = new MeshSignalChannel({ clock, random });
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
    roles: [...RELAY_ROLES],
    targetDegree: options.targetDegree ?? RELAY_TARGET_DEGREE,
    maxDegree: options.maxDegree ?? RELAY_MAX_DEGREE,
    // Periodic tests measure neighbours to choose among them; a relay chooses nobody.
    periodicThroughput: false,
  });

  mesh.attach(node);
  // `gossip` exists from creation (the gateway may mount on it before start()), but its rounds
  // run only between start() and stop(): a relay whose start fails leaves no timers behind.
  const gossip = attachGossip(node, { clock, random, ...options.gossip });
  gossip.stop();

  let stopping: Promise<void> | undefined;
  return {
    node,
    signaling,
    connector,
    router,
    mesh,
    gossip,
    async start() {
      gossip.start();
      await node.start();
      socket.connect();
    },
    stop(): Promise<void> {
      stopping ??= (async () => {
        gossip.stop();
        node.stop(); // byes, links, connector and the signaling socket, then a last table save
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
