/**
 * Builds a node for this tab: its identity slot, the signaling socket, WebRTC signaled through the
 * server or through the mesh (SignalRouter decides per signal), IndexedDB, the relay choice (the
 * lowest-RTT relay's TURN service goes into every new connection's ICE servers) and the services
 * the tab runs: mesh signaling, gossip, the DHT, mail, the job pipeline (paid on the chain the
 * server names at /config.json) and the Photoblocks chain.
 */
import SimplePeer from 'simple-peer';
import { io } from 'socket.io-client';
import type { RelayRow } from '../node/api.ts';
import { systemClock } from '../node/base/clock.ts';
import { createDht, type DhtNode } from '../node/dht/service.ts';
import { identitySigner, verifyWithIdentity } from '../node/dht/signing.ts';
import { createGossip, type GossipService } from '../node/gossip/index.ts';
import { identityRumorAuth } from '../node/gossip/signing.ts';
import type { WalletApi } from '../node/jobs/api.ts';
import type { JobsService } from '../node/jobs/service.ts';
import { MailClient } from '../node/mail/client.ts';
import { MeshSignalChannel } from '../node/mesh-signal/channel.ts';
import { TabmeshNode } from '../node/node.ts';
import { DEFAULT_TAB_ROLES } from '../node/peers/roles.ts';
import { RelaySelector } from '../node/signaling/relay-selector.ts';
import { SignalRouter } from '../node/signaling/signal-router.ts';
import { SignalingClient, type SignalingSocket } from '../node/signaling/signaling-client.ts';
import { APP_CONFIG_PATH, parseAppConfig, type AppConfig } from '../contracts/app-config.ts';
import { WebRtcConnector } from '../webrtc/webrtc-connector.ts';
import { idbDhtStorage } from './idb-dht-storage.ts';
import { idbStorage } from './idb-storage.ts';
import { claimIdentity } from './identity-slots.ts';
import { probeRelay } from './relay-probe.ts';
import { createTabJobs } from './tab-jobs.ts';
import { partitionable, type PartitionHook } from './partition-hook.ts';
import { createTabChain, type TabChain } from './tab-chain.ts';
import { tabWallet } from './wallet.ts';

export interface BrowserNodeOptions {
  /** Signaling server URL; the page's own origin by default. */
  signalingUrl: string;
  targetDegree?: number;
  iceTransportPolicy?: RTCIceTransportPolicy;
  /** How often the relays are measured again; the selector's default (a minute) when absent. */
  relayRemeasureMs?: number;
  /** Test hooks on `window.tabmesh.testing` (a partition of real tabs); `?testHooks=1`. */
  testHooks?: boolean;
}

export interface BrowserNode {
  node: TabmeshNode;
  signaling: SignalingClient;
  connector: WebRtcConnector;
  /** Which way each signal went (server or mesh). */
  router: SignalRouter;
  mesh: MeshSignalChannel;
  gossip: GossipService;
  dht: DhtNode;
  mail: MailClient;
  jobs: JobsService;
  chain: TabChain;
  wallet: WalletApi;
  /** What the server said at /config.json (the chain jobs are paid on). */
  config: AppConfig;
  relays: () => RelayRow[];
  /** Called when relays() changes; returns an unsubscribe function. */
  onRelaysChange: (listener: () => void) => () => void;
  /** With testHooks only. */
  partition?: PartitionHook;
}

export function optionsFromUrl(location: Location): BrowserNodeOptions {
  const params = new URLSearchParams(location.search);
  const options: BrowserNodeOptions = { signalingUrl: params.get('signal') ?? location.origin };
  const degree = Number(params.get('degree'));
  if (Number.isInteger(degree) && degree > 0) options.targetDegree = degree;
  if (params.get('relay') === 'only') options.iceTransportPolicy = 'relay';
  // ?relayRemeasure=<seconds>: tests shorten the re-measurement period.
  const remeasure = Number(params.get('relayRemeasure'));
  if (Number.isInteger(remeasure) && remeasure > 0) options.relayRemeasureMs = remeasure * 1000;
  if (params.get('testHooks') === '1') options.testHooks = true;
  return options;
}

/** The server's /config.json; without one (an old server, a network error) jobs cannot be paid. */
async function loadAppConfig(signalingUrl: string): Promise<AppConfig> {
  try {
    const answer = await fetch(new URL(APP_CONFIG_PATH, signalingUrl), { signal: AbortSignal.timeout(5_000) });
    return answer.ok ? parseAppConfig(await answer.json()) : {};
  } catch {
    return {};
  }
}

export async function startBrowserNode(options: BrowserNodeOptions): Promise<BrowserNode> {
  const [{ identity, slot }, config] = await Promise.all([claimIdentity(), loadAppConfig(options.signalingUrl)]);
  let roles = [...DEFAULT_TAB_ROLES];
  const socket: SignalingSocket = io(options.signalingUrl, { transports: ['websocket'] });
  const signaling = new SignalingClient({ socket, identity, roles: () => roles, capabilities: ['webrtc'] });
  const selector = new RelaySelector({
    clock: systemClock,
    probe: (offer, signal) => probeRelay(offer, signal),
    staticIceServers: () => signaling.iceServers(),
    refresh: () => signaling.refreshRelays(),
    ...(options.relayRemeasureMs !== undefined && { remeasureMs: options.relayRemeasureMs }),
  });
  signaling.onRelays((offers) => selector.update(offers));
  selector.update(signaling.relays());
  const mesh = new MeshSignalChannel();
  const router = new SignalRouter({ server: signaling, mesh, clock: systemClock, iceServers: () => selector.iceServersWhenChosen() });
  const connector = new WebRtcConnector({
    identity,
    clock: systemClock,
    signaling: router,
    SimplePeer,
    ...(options.iceTransportPolicy && { iceTransportPolicy: options.iceTransportPolicy }),
  });
  let node: TabmeshNode | undefined;
  const hooked = options.testHooks ? partitionable(connector, (id) => node?.disconnect(id)) : undefined;
  node = new TabmeshNode({
    identity,
    slot,
    roles,
    connector: hooked?.connector ?? connector,
    discovery: signaling,
    storage: idbStorage(identity.id),
    ...(options.targetDegree !== undefined && { targetDegree: options.targetDegree }),
  });
  node.subscribe(() => {
    roles = node.roles();
  });
  // The services, in start order; the node stops them in reverse.
  node.use(mesh);
  const gossip = node.use(createGossip(identityRumorAuth(identity)));
  const dht = node.use(createDht({ signer: identitySigner(identity), verify: verifyWithIdentity, storage: idbDhtStorage(identity.id) }));
  const relayIds = () => selector.rows().map((r) => r.id);
  const mail = node.use(new MailClient(relayIds));
  const jobs = node.use(createTabJobs({ identity, roles: () => node.roles(), gossip, dht, chain: config.chain, opusMt: config.opusMt, relays: relayIds }));
  const chain = createTabChain({ node, gossip, dht });
  node.use(chain.service);
  // The stored chain loads while the mesh forms: its tip goes to the neighbours when it moves.
  chain.loaded.catch((error: unknown) => console.warn('tabmesh: the stored chain could not be read', error));
  await node.start();
  addEventListener('pagehide', () => {
    selector.stop();
    // A closing page may run no further task: every service stops at once (the DHT's leave
    // message goes out, its handoff is best effort), then the byes.
    void node.stop({ serviceBoundMs: 0 });
  });
  const wallet = tabWallet(config.chain);
  return {
    node,
    signaling,
    connector,
    router,
    mesh,
    gossip,
    dht,
    mail,
    jobs,
    chain,
    wallet,
    config,
    relays: () => selector.rows(),
    onRelaysChange: (l) => selector.onChange(l),
    ...(hooked && { partition: hooked.hook }),
  };
}
