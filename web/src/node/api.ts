/**
 * The node's public API: the object on `window.tabmesh`, which the UI uses too. Tests, the
 * swarm harness and curious users drive exactly what people click. A facade: the types live in
 * the layers that own them, and nothing in the core imports this file.
 */
import type { ChainApi } from './chain/app.ts';
import type { DhtApi } from './dht/api.ts';
import type { GossipApi } from './gossip/api.ts';
import type { JobsApi, WalletApi } from './jobs/api.ts';
import type { MailRequest } from './mail/api.ts';
import type { NodeApi } from './node-api.ts';
import type { RelayRow } from './signaling/relay-selector.ts';

export type { DhtApi } from './dht/api.ts';
export type { GossipApi } from './gossip/api.ts';
export type { JobDraft, JobPayment, JobsApi, JobsPresence, PaymentStage, WalletApi, WalletOption } from './jobs/api.ts';
export type { MailRequest } from './mail/api.ts';
export type { NodeApi, NodeState, NodeStatus } from './node-api.ts';
export type { GraphLink, GraphNode, LinkState, NetworkGraph, PeerRow, SignalingState, ThroughputResult } from './peers/types.ts';
export type { RelayRow, RelayState } from './signaling/relay-selector.ts';

/** The API on `window.tabmesh` and in the UI: the node's own plus what the tab host adds. */
export interface TabmeshApi extends NodeApi {
  /** Relays known to this tab, lowest RTT first. */
  relays(): RelayRow[];
  /** Sends an e-mail through a connected relay; needs a role the relay allows (translation). */
  sendMail(request: MailRequest): Promise<void>;
  /** Peer sampling (the view) and pub/sub: subscribe, announce, validate. */
  readonly gossip: GossipApi;
  /** The Chord DHT: put / get, content-addressed chunks, this node's place on the ring. */
  readonly dht: DhtApi;
  /** The paid image-translation pipeline: prepare, pay, submit, follow; the Flow page's events. */
  readonly jobs: JobsApi;
  /** Paying for jobs with the user's wallet. */
  readonly wallet: WalletApi;
  /** Photoblocks: accounts, balances, blocks, transfers, mining. */
  readonly chain: ChainApi;
}
