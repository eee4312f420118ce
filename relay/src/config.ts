/**
 * The relay's configuration from the environment, validated once at start; a bad value is
 * reported with its variable's name. Every variable is optional.
 */
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_RECORDS, DEFAULT_MAX_TTL_S, DEFAULT_SUCCESSORS, MAX_REPLICATION } from '../../web/src/node/dht/constants.ts';
import { DEFAULT_DHT_API_HOST, DEFAULT_DHT_API_PORT, DEFAULT_DHT_MAX_CLIENTS_PER_ADDRESS } from './dht-gateway/constants.ts';
import { DEFAULT_GOSSIP_API_HOST, DEFAULT_GOSSIP_API_PORT, DEFAULT_MAX_CLIENTS_PER_ADDRESS } from './gossip-gateway/constants.ts';
import { gossipGatewayLimits, type GossipGatewayLimits } from './gossip-gateway/config.ts';
import { dhtGatewayLimits, type DhtGatewayLimits } from './dht-gateway/config.ts';
import { btpeerGatewayLimits, type BtpeerGatewayLimits } from './btpeer-gateway/config.ts';
import { DEFAULT_BTPEER_HOST, DEFAULT_BTPEER_PORT } from './btpeer-gateway/constants.ts';
import { DEFAULT_DATA_DIR } from '../../web/src/host-node/data-dir.ts';
import { ChainConfigError, loadChainConfig, type ChainConfig } from '../../web/src/host-node/chain-config.ts';
import {
  DEFAULT_MAX_ALLOCATIONS_PER_ADDRESS,
  DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS,
  DEFAULT_TCP_IDLE_MS,
  DEFAULT_TCP_PARTIAL_MESSAGE_MS,
  MAX_TCP_CONNECTIONS,
  parseAllowedPeerRanges,
} from './turn/index.ts';
import { isPeerId } from '../../web/src/node/base/peer-id.ts';
import { DEFAULT_PER_RECIPIENT_PER_HOUR, DEFAULT_TOTAL_PER_HOUR, type MailSenderPolicy } from './mail/mail-gateway.ts';

/**
 * Every WebRTC link of a relay-only tab holds its own allocation, and relay probes take one each:
 * the hard degree cap (40) plus dials and probes in flight.
 */
export const DEFAULT_TURN_ALLOCATIONS_PER_USER = 64;

/** The course PUT carries its TTL as a u16, so a larger cap could never be asked for through the gateway. */
export const MAX_DHT_TTL_SECONDS = 65_535;
/** 1 TiB: far beyond any sensible record store, small enough to stay an exact integer. */
export const MAX_DHT_BYTES = 2 ** 40;
/** Chain read API requests per second per client address: an explorer page polling, with room for a burst of block pages. */
export const DEFAULT_CHAIN_API_RATE = 20;


export interface RelayConfig {
  signalingUrl: string;
  dataDir: string;
  turnPort: number;
  turnHost: string;
  /** The address put in relayed-address attributes and bound for relayed sockets. */
  turnRelayIp: string;
  /** What tabs are told to use; derived from turnRelayIp and turnPort unless TURN_URLS is set. */
  turnUrls: string[];
  turnSecret: string | undefined;
  turnRealm: string;
  turnMaxAllocationsPerUser: number;
  turnAllowLoopbackPeers: boolean;
  /** CIDRs TURN may relay to despite the denied private, link-local and CGNAT ranges (canonical). */
  turnAllowedPeerRanges: string[];
  turnMaxAllocationsPerAddress: number;
  turnMaxTcpConnectionsPerAddress: number;
  turnTcpPartialMessageSeconds: number;
  turnTcpIdleSeconds: number;
  httpHost: string;
  httpPort: number;
  smtpUrl: string;
  mailFrom: string;
  /** MAIL_ALLOWED_SENDERS: who may have this relay send mail (nobody by default). */
  mailSenders: MailSenderPolicy;
  /** The chain jobs are paid on (CHAIN_RPC_URL and friends): the relay mails a job's result only once it checked the payment itself. */
  chain: ChainConfig | undefined;
  mailPerRecipientPerHour: number;
  mailTotalPerHour: number;
  /** The course gossip API gateway's TCP port (PROTOCOLS.md §1); 0 = a free port, null = off. */
  gossipApiPort: number | null;
  gossipApiHost: string;
  gossipApiMaxClientsPerAddress: number;
  /** Its total connections, read deadlines, subscription caps and announce rates (GOSSIP_API_*). */
  gossipApiLimits: GossipGatewayLimits;
  /** The course DHT API gateway's TCP port (PROTOCOLS.md §2); 0 = a free port, null = off. */
  dhtApiPort: number | null;
  dhtApiHost: string;
  dhtApiMaxClientsPerAddress: number;
  /** Its total connections, read deadlines, PUT rates and store shares (DHT_API_*). */
  dhtApiLimits: DhtGatewayLimits;
  /** The btpeer gateway's TCP port (PROTOCOLS.md §3); 0 = a free port, null = off. */
  btpeerPort: number | null;
  btpeerHost: string;
  /** Its connections, read deadlines, byte budget, request and job rates, unpaid jobs (BTPEER_*). */
  btpeerLimits: BtpeerGatewayLimits;
  /** The relay's DHT node: the TTL cap (s), successor list length r, and its record store bounds. */
  dhtMaxTtlSeconds: number;
  dhtSuccessors: number;
  dhtMaxRecords: number;
  dhtMaxBytes: number;
  /** RELAY_CHAIN: the relay is a full node and seed of the Photoblocks chain, and serves its read API. */
  chainNode: boolean;
  /** RELAY_CHAIN_API_RATE: requests per second one client address may make to the chain read API. */
  chainApiRate: number;
}

export class RelayConfigError extends Error {
  constructor(problems: readonly string[]) {
    super(`invalid relay configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'RelayConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadRelayConfig(env: Env = process.env, cwd = process.cwd()): RelayConfig {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be an integer in ${min}..${max}, got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  };
  // A gateway's port: set but empty, or `off`, switches it off; unset means the default port.
  const port = (name: string, fallback: number): number | null => {
    const raw = env[name];
    return raw !== undefined && /^(|off)$/i.test(raw.trim()) ? null : int(name, fallback, 0, 65_535);
  };
  const onOff = (name: string, fallback: boolean): boolean => {
    const raw = get(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw !== 'on' && raw !== 'off') problems.push(`${name} must be on or off, got ${JSON.stringify(raw)}`);
    return raw === 'on' || (raw !== 'off' && fallback);
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const raw = get(name) ?? fallback;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
      return parsed.href;
    } catch {
      problems.push(`${name} must be an absolute URL, got ${JSON.stringify(raw)}`);
      return fallback;
    }
  };

  const turnPort = int('TURN_PORT', 3478, 0, 65_535);
  const turnRelayIp = get('TURN_RELAY_IP') ?? firstExternalIpv4() ?? '127.0.0.1';
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(turnRelayIp)) problems.push(`TURN_RELAY_IP must be an IPv4 address, got ${turnRelayIp}`);
  const turnUrls = (get('TURN_URLS') ?? `turn:${turnRelayIp}:${turnPort}?transport=udp,turn:${turnRelayIp}:${turnPort}?transport=tcp`)
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  for (const u of turnUrls) if (!/^turns?:[^\s]+$/.test(u)) problems.push(`TURN_URLS entry must be a turn: or turns: URL, got ${u}`);
  const turnAllowedPeerRanges = parseAllowedPeerRanges(get('TURN_ALLOWED_PEER_RANGES') ?? '');
  if (!turnAllowedPeerRanges.ok) problems.push(`TURN_ALLOWED_PEER_RANGES must be comma-separated CIDRs: ${turnAllowedPeerRanges.error.message}`);
  const dhtMaxRecords = int('DHT_MAX_RECORDS', DEFAULT_MAX_RECORDS, 1, 10_000_000);
  const dhtMaxBytes = int('DHT_MAX_BYTES', DEFAULT_MAX_BYTES, 1, MAX_DHT_BYTES);
  const config: RelayConfig = {
    signalingUrl: url('SIGNALING_URL', 'http://127.0.0.1:8080/', ['http:', 'https:']),
    dataDir: resolve(cwd, get('DATA_DIR') ?? DEFAULT_DATA_DIR),
    turnPort,
    turnHost: get('TURN_HOST') ?? '0.0.0.0',
    turnRelayIp,
    turnUrls,
    turnSecret: get('TURN_SECRET'),
    turnRealm: get('TURN_REALM') ?? 'tabmesh',
    turnMaxAllocationsPerUser: int('TURN_MAX_ALLOCATIONS_PER_USER', DEFAULT_TURN_ALLOCATIONS_PER_USER, 1, 1000),
    turnAllowLoopbackPeers: get('TURN_ALLOW_LOOPBACK_PEERS') === '1',
    turnAllowedPeerRanges: turnAllowedPeerRanges.ok ? turnAllowedPeerRanges.value : [],
    turnMaxAllocationsPerAddress: int('TURN_MAX_ALLOCATIONS_PER_ADDRESS', DEFAULT_MAX_ALLOCATIONS_PER_ADDRESS, 1, 100_000),
    turnMaxTcpConnectionsPerAddress: int('TURN_MAX_TCP_CONNECTIONS_PER_ADDRESS', DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS, 1, MAX_TCP_CONNECTIONS),
    turnTcpPartialMessageSeconds: int('TURN_TCP_PARTIAL_MESSAGE_SECONDS', DEFAULT_TCP_PARTIAL_MESSAGE_MS / 1000, 1, 3600),
    turnTcpIdleSeconds: int('TURN_TCP_IDLE_SECONDS', DEFAULT_TCP_IDLE_MS / 1000, 1, 3600),
    httpHost: get('RELAY_HTTP_HOST') ?? '0.0.0.0',
    httpPort: int('RELAY_HTTP_PORT', 8081, 0, 65_535),
    smtpUrl: url('SMTP_URL', 'smtp://127.0.0.1:2525', ['smtp:', 'smtps:']),
    mailFrom: get('MAIL_FROM') ?? 'Tabmesh <noreply@tabmesh.local>',
    mailSenders: mailSenders(get('MAIL_ALLOWED_SENDERS'), problems),
    chain: chainConfig(env, problems),
    mailPerRecipientPerHour: int('MAIL_PER_RECIPIENT_PER_HOUR', DEFAULT_PER_RECIPIENT_PER_HOUR, 1, 100_000),
    mailTotalPerHour: int('MAIL_TOTAL_PER_HOUR', DEFAULT_TOTAL_PER_HOUR, 1, 1_000_000),
    gossipApiPort: port('GOSSIP_API_PORT', DEFAULT_GOSSIP_API_PORT),
    gossipApiHost: get('GOSSIP_API_HOST') ?? DEFAULT_GOSSIP_API_HOST,
    gossipApiMaxClientsPerAddress: int('GOSSIP_API_MAX_CLIENTS_PER_ADDRESS', DEFAULT_MAX_CLIENTS_PER_ADDRESS, 1, 10_000),
    gossipApiLimits: gossipGatewayLimits(int),
    dhtApiPort: port('DHT_API_PORT', DEFAULT_DHT_API_PORT),
    dhtApiHost: get('DHT_API_HOST') ?? DEFAULT_DHT_API_HOST,
    dhtApiMaxClientsPerAddress: int('DHT_API_MAX_CLIENTS_PER_ADDRESS', DEFAULT_DHT_MAX_CLIENTS_PER_ADDRESS, 1, 10_000),
    dhtApiLimits: dhtGatewayLimits(int, { maxRecords: dhtMaxRecords, maxBytes: dhtMaxBytes }),
    btpeerPort: port('BTPEER_PORT', DEFAULT_BTPEER_PORT),
    btpeerHost: get('BTPEER_HOST') ?? DEFAULT_BTPEER_HOST,
    btpeerLimits: btpeerGatewayLimits(int),
    dhtMaxTtlSeconds: int('DHT_MAX_TTL_SECONDS', DEFAULT_MAX_TTL_S, 1, MAX_DHT_TTL_SECONDS),
    dhtSuccessors: int('DHT_SUCCESSORS', DEFAULT_SUCCESSORS, 1, MAX_REPLICATION),
    dhtMaxRecords,
    dhtMaxBytes,
    chainNode: onOff('RELAY_CHAIN', true),
    chainApiRate: int('RELAY_CHAIN_API_RATE', DEFAULT_CHAIN_API_RATE, 1, 100_000),
  };
  if (problems.length > 0) throw new RelayConfigError(problems);
  return config;
}

function firstExternalIpv4(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/** MAIL_ALLOWED_SENDERS: comma-separated peer ids, or `*` for any node announcing role translation. */
function mailSenders(raw: string | undefined, problems: string[]): MailSenderPolicy {
  if (raw === undefined) return { ids: new Set(), anyWithRole: false };
  if (raw === '*') return { ids: new Set(), anyWithRole: true };
  const ids = raw.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
  const bad = ids.filter((id) => !isPeerId(id));
  if (bad.length > 0) problems.push(`MAIL_ALLOWED_SENDERS must be '*' or comma-separated peer ids (64 hex characters), got ${JSON.stringify(bad[0])}`);
  return { ids: new Set(ids.filter(isPeerId)), anyWithRole: false };
}

function chainConfig(env: Env, problems: string[]): ChainConfig | undefined {
  try {
    return loadChainConfig(env);
  } catch (error) {
    if (!(error instanceof ChainConfigError)) throw error;
    problems.push(...error.message.split('\n').slice(1).map((line) => line.trim()));
    return undefined;
  }
}
