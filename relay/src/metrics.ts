/**
 * What the relay reports about itself: one snapshot read at request time, rendered as the
 * /healthz JSON and as Prometheus text (format 0.0.4). Counters come from the TURN server, the
 * mail gateway, the DHT and the course DHT gateway, gauges from the node.
 */
import type { SignalingState } from '../../web/src/node/api.ts';
import { renderFamilies, type Family } from '../../web/src/host-node/prometheus.ts';
import type { DhtGatewayStats } from './dht-gateway/index.ts';
import { dhtApiLimitFamilies, type DhtApiLimitStats } from './dht-gateway/metrics.ts';
import type { GossipGatewayStats } from './gossip-gateway/index.ts';
import { gossipApiFamilies } from './gossip-gateway/metrics.ts';
import { btpeerFamilies } from './btpeer-gateway/metrics.ts';
import type { BtpeerGatewayStats } from './btpeer-gateway/gateway.ts';
import { CHAIN_API_REFUSAL_REASONS, type ChainApiRefusal } from './chain-http.ts';
import { MAIL_ERROR_CODES, type MailCounters } from './mail/index.ts';
import {
  ALLOCATION_REFUSAL_REASONS,
  PEER_REFUSAL_REASONS,
  TCP_DROP_REASONS,
  TCP_REFUSAL_REASONS,
  type TurnServerStats,
} from './turn/index.ts';

export { PROMETHEUS_CONTENT_TYPE } from '../../web/src/host-node/prometheus.ts';

export interface RelaySnapshot {
  id: string;
  signaling: SignalingState;
  /** Open data channels to neighbours. */
  peers: number;
  uptimeSeconds: number;
  turn: Pick<TurnServerStats, 'allocations' | 'relayedBytes' | 'relayedPackets' | 'authFailures' | TurnLimitStats>;
  mail: MailCounters;
  dht: RelayDhtSnapshot;
  /** The course DHT gateway; null when switched off (DHT_API_PORT=off), and its families are left out. */
  dhtApi: (Pick<DhtGatewayStats, 'clients' | 'putsStored' | 'putsFailed' | 'getsFound' | 'getsNotFound' | 'getsFailed'> & Partial<DhtApiLimitStats>) | null;
  /** The course gossip gateway; null or absent when switched off (GOSSIP_API_PORT=off), and its families are left out. */
  gossipApi?: GossipGatewayStats | null;
  btpeer?: BtpeerGatewayStats | null;
  /** The Photoblocks chain; null or absent when switched off (RELAY_CHAIN=off), and its families are left out. */
  chain?: RelayChainSnapshot | null;
}

export interface RelayChainSnapshot {
  /** Height of the chain the relay follows. */
  height: number;
  /** Blocks validated and stored since start. */
  blocksAccepted: number;
  /** Read API requests refused, by reason. */
  apiRefused: Record<ChainApiRefusal, number>;
}

export interface RelayDhtSnapshot {
  /** Records held (its own and replicas held for others). */
  records: number;
  /** Their value bytes. */
  bytes: number;
  /** Length of its successor list: 0 while it is alone in the ring. */
  successors: number;
  /** Routed requests this node started, retries included. */
  lookups: number;
  lookupFailures: number;
}

export interface RelayHealth {
  status: 'ok';
  id: string;
  signaling: SignalingState;
  peers: number;
  allocations: number;
  uptimeSeconds: number;
  /** The followed chain's height; absent when the relay runs no chain. */
  chainHeight?: number;
}

export function relayHealth(s: RelaySnapshot): RelayHealth {
  const health: RelayHealth = { status: 'ok', id: s.id, signaling: s.signaling, peers: s.peers, allocations: s.turn.allocations, uptimeSeconds: s.uptimeSeconds };
  if (s.chain) health.chainHeight = s.chain.height;
  return health;
}

/** Every refusal reason, listed even at zero so dashboards can take rate() from the first scrape. */
const REFUSAL_REASONS = MAIL_ERROR_CODES.filter((c): c is keyof MailCounters['refused'] => c !== 'mail-failed');


export function renderRelayMetrics(s: RelaySnapshot): string {
  const one = (value: number): Family['samples'] => [{ value }];
  const families: Family[] = [
    { name: 'tabmesh_relay_allocations', help: 'Live TURN allocations.', type: 'gauge', samples: one(s.turn.allocations) },
    { name: 'tabmesh_relay_relayed_bytes_total', help: 'Bytes relayed by TURN, both directions.', type: 'counter', samples: one(s.turn.relayedBytes) },
    { name: 'tabmesh_relay_relayed_packets_total', help: 'Packets relayed by TURN, both directions.', type: 'counter', samples: one(s.turn.relayedPackets) },
    { name: 'tabmesh_relay_turn_auth_failures_total', help: 'TURN requests refused for bad or expired credentials.', type: 'counter', samples: one(s.turn.authFailures) },
    ...turnLimitFamilies(s.turn),
    { name: 'tabmesh_relay_peers', help: 'Open data channels to mesh neighbours.', type: 'gauge', samples: one(s.peers) },
    {
      name: 'tabmesh_relay_signaling_registered',
      help: '1 while registered with the signaling server, else 0.',
      type: 'gauge',
      samples: one(s.signaling === 'registered' ? 1 : 0),
    },
    { name: 'tabmesh_relay_mails_sent_total', help: 'Mails the SMTP server accepted.', type: 'counter', samples: one(s.mail.sent) },
    { name: 'tabmesh_relay_mails_failed_total', help: 'Mails the SMTP server refused or that failed in transport.', type: 'counter', samples: one(s.mail.failed) },
    {
      name: 'tabmesh_relay_mails_refused_total',
      help: 'Mail requests refused before reaching SMTP, by reason.',
      type: 'counter',
      samples: REFUSAL_REASONS.map((reason) => ({ labels: { reason }, value: s.mail.refused[reason] })),
    },
    { name: 'tabmesh_relay_dht_records', help: 'DHT records held, own and replicas.', type: 'gauge', samples: one(s.dht.records) },
    { name: 'tabmesh_relay_dht_record_bytes', help: 'Value bytes of the DHT records held.', type: 'gauge', samples: one(s.dht.bytes) },
    { name: 'tabmesh_relay_dht_successors', help: "Nodes in the DHT successor list (0 = alone in the ring).", type: 'gauge', samples: one(s.dht.successors) },
    { name: 'tabmesh_relay_dht_lookups_total', help: 'DHT requests routed from the relay, retries included.', type: 'counter', samples: one(s.dht.lookups) },
    { name: 'tabmesh_relay_dht_lookup_failures_total', help: 'DHT routed requests that failed (not found, timeout, no route, refused).', type: 'counter', samples: one(s.dht.lookupFailures) },
    ...dhtApiFamilies(s.dhtApi),
    ...(s.gossipApi ? gossipApiFamilies(s.gossipApi) : []),
    ...(s.btpeer ? btpeerFamilies(s.btpeer) : []),
    ...(s.chain ? chainFamilies(s.chain) : []),
  ];
  return renderFamilies(families);
}

type TurnLimitStats = 'malformedMessages' | 'tcpConnections' | 'tcpRefused' | 'tcpDropped' | 'permissionsRefused' | 'allocationsRefused';

/** What the TURN server's limits refused, every reason listed even at zero. */
function turnLimitFamilies(turn: Pick<TurnServerStats, TurnLimitStats>): Family[] {
  const byReason = <R extends string>(reasons: readonly R[], counts: Record<R, number>): Family['samples'] =>
    reasons.map((reason) => ({ labels: { reason }, value: counts[reason] }));
  return [
    { name: 'tabmesh_relay_turn_malformed_total', help: 'TURN input that did not decode: malformed STUN or ChannelData, TCP streams out of step.', type: 'counter', samples: [{ value: turn.malformedMessages }] },
    { name: 'tabmesh_relay_turn_tcp_connections', help: 'Open TURN connections over TCP.', type: 'gauge', samples: [{ value: turn.tcpConnections }] },
    { name: 'tabmesh_relay_turn_tcp_refused_total', help: 'TURN TCP connections closed on arrival, by reason (per-address cap, total capacity).', type: 'counter', samples: byReason(TCP_REFUSAL_REASONS, turn.tcpRefused) },
    { name: 'tabmesh_relay_turn_tcp_dropped_total', help: 'TURN TCP connections closed for a message half sent past its deadline, or idle without an allocation.', type: 'counter', samples: byReason(TCP_DROP_REASONS, turn.tcpDropped) },
    { name: 'tabmesh_relay_turn_permissions_refused_total', help: 'CreatePermission and ChannelBind refused (403), by why the peer is denied.', type: 'counter', samples: byReason(PEER_REFUSAL_REASONS, turn.permissionsRefused) },
    { name: 'tabmesh_relay_turn_allocations_refused_total', help: 'Allocate refused: 486 per address or per user, 508 at capacity.', type: 'counter', samples: byReason(ALLOCATION_REFUSAL_REASONS, turn.allocationsRefused) },
  ];
}

function dhtApiFamilies(api: RelaySnapshot['dhtApi']): Family[] {
  if (api === null) return [];
  return [
    { name: 'tabmesh_relay_dht_api_clients', help: 'Open connections to the course DHT API.', type: 'gauge', samples: [{ value: api.clients }] },
    {
      name: 'tabmesh_relay_dht_api_puts_total',
      help: 'Course DHT PUTs finished, by result (stored, failed); PUT has no answer either way.',
      type: 'counter',
      samples: [
        { labels: { result: 'stored' }, value: api.putsStored },
        { labels: { result: 'failed' }, value: api.putsFailed },
      ],
    },
    {
      name: 'tabmesh_relay_dht_api_gets_total',
      help: 'Course DHT GETs answered, by result (found = SUCCESS; not-found, failed = FAILURE).',
      type: 'counter',
      samples: [
        { labels: { result: 'found' }, value: api.getsFound },
        { labels: { result: 'not-found' }, value: api.getsNotFound },
        { labels: { result: 'failed' }, value: api.getsFailed },
      ],
    },
    ...(hasLimitStats(api) ? dhtApiLimitFamilies(api) : []),
  ];
}

function hasLimitStats<T extends Partial<DhtApiLimitStats>>(api: T): api is T & DhtApiLimitStats {
  return api.putsRefused !== undefined && api.closes !== undefined && api.refusedConnections !== undefined && api.claimedRecords !== undefined && api.claimedBytes !== undefined;
}

function chainFamilies(chain: RelayChainSnapshot): Family[] {
  return [
    { name: 'tabmesh_relay_chain_height', help: 'Height of the Photoblocks chain the relay follows.', type: 'gauge', samples: [{ value: chain.height }] },
    { name: 'tabmesh_relay_chain_blocks_accepted_total', help: 'Blocks validated (recognition included) and stored since start, on the followed chain or a side branch.', type: 'counter', samples: [{ value: chain.blocksAccepted }] },
    {
      name: 'tabmesh_relay_chain_api_refused_total',
      help: 'Chain read API requests refused, by reason (rate-limited = 429, bad-field = 400, not-found = 404).',
      type: 'counter',
      samples: CHAIN_API_REFUSAL_REASONS.map((reason) => ({ labels: { reason }, value: chain.apiRefused[reason] })),
    },
  ];
}
