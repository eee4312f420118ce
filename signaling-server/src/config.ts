/**
 * Environment → typed configuration, validated once at startup. Every variable is optional; a bad
 * value is reported with its name instead of surfacing later as a strange runtime failure.
 */
import { ChainConfigError, loadChainConfig, type ChainConfig } from '../../web/src/host-node/chain-config.ts';
import { parseOpusMtUrl } from '../../web/src/host-node/opus-mt.ts';
import type { OpusMtView } from '../../web/src/contracts/app-config.ts';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGNALING_LIMITS, type IceServer } from '../../web/src/node/signaling/protocol.ts';
import { DEFAULT_DATA_DIR } from '../../web/src/host-node/data-dir.ts';
import { DEFAULT_TURN_CREDENTIAL_TTL_SECONDS } from './relay-offers.ts';
import { isPeerId, type PeerId } from '../../web/src/node/base/peer-id.ts';
import type { SignalingServerOptions } from './server.ts';

export const DEFAULT_PORT = 8080;
/** All interfaces: the server is meant to be reached from other machines' browsers. */
export const DEFAULT_HOST = '0.0.0.0';
/** The Vite build output at the repository root. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../dist', import.meta.url));
/** An RTCPeerConnection is configured with a handful of servers, never hundreds. */
const MAX_ICE_SERVERS = 16;
const ICE_URL_PATTERN = /^(stun|stuns|turn|turns):[^\s]+$/;
/**
 * Sockets one address (an IPv4 address or an IPv6 /64) may hold: a person with many tabs, a
 * classroom behind one NAT, the test swarms of 48 tabs; not a host registering keys by the thousand.
 */
export const DEFAULT_MAX_SOCKETS_PER_ADDRESS = 64;
const MAX_SOCKETS_PER_ADDRESS_LIMIT = 100_000;
/** A tab registers within milliseconds of the challenge; a socket idle this long is not going to. */
export const DEFAULT_REGISTER_DEADLINE_SECONDS = 30;
const MAX_REGISTER_DEADLINE_SECONDS = 3600;
/** Host headers /interface may echo without PUBLIC_URL: this machine's own names. */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];
const HOST_NAME_PATTERN = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])$/;

export interface SignalingConfig {
  port: number;
  host: string;
  /** The URL users open; when absent it is derived from each request's Host header. */
  publicUrl: string | undefined;
  iceServers: IceServer[];
  staticDir: string;
  /** Extra origins allowed for HTTP long-polling (e.g. the Vite dev server); empty = same origin. */
  corsOrigins: string[];
  /** TURN_SECRET; when absent main.ts keeps one in `<dataDir>/turn-secret`, shared with local relays. */
  turnSecret: string | undefined;
  /** DATA_DIR, shared with the relay (same default). */
  dataDir: string;
  /** TURN_CREDENTIAL_TTL: seconds a minted TURN credential stays valid. */
  turnCredentialTtlSeconds: number;
  /** SIGNALING_TRUSTED_IDS: peer ids vouched for without a proof (may hold relay and seed). */
  trustedIds: PeerId[];
  /** SIGNALING_MAX_SOCKETS_PER_ADDRESS. */
  maxSocketsPerAddress: number;
  /** SIGNALING_REGISTER_DEADLINE_SECONDS: an unregistered socket is dropped after this. */
  registerDeadlineSeconds: number;
  /** SIGNALING_ALLOWED_HOSTS: host names whose Host header /interface and the CSP may use. */
  allowedHosts: string[];
  /** SIGNALING_TRUST_PROXY: take the client's address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** CHAIN_RPC_URL and friends: the chain jobs are paid on, told to tabs at /config.json. */
  chain: ChainConfig | undefined;
  /** OPUS_MT_URL, OPUS_MT_PAIRS: where translating tabs fetch Opus-MT models, told at /config.json. */
  opusMt: OpusMtView | undefined;
}

/** A TURN credential shorter than this would be refreshed every few seconds. */
const MIN_TURN_CREDENTIAL_TTL_SECONDS = 60;

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the configuration from `env`; throws ConfigError listing every bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): SignalingConfig {
  const problems: string[] = [];
  const port = parsePort(env['PORT'], problems);
  const host = nonEmpty(env['HOST']) ?? DEFAULT_HOST;
  const publicUrl = parsePublicUrl(env['PUBLIC_URL'], problems);
  const iceServers = parseIceServers(env['ICE_SERVERS'], problems);
  const staticDirRaw = nonEmpty(env['STATIC_DIR']);
  const staticDir = staticDirRaw === undefined ? DEFAULT_STATIC_DIR : resolve(cwd, staticDirRaw);
  const corsOrigins = parseOrigins(env['CORS_ORIGINS'], problems);
  const turnSecret = nonEmpty(env['TURN_SECRET']);
  const dataDirRaw = nonEmpty(env['DATA_DIR']);
  const dataDir = dataDirRaw === undefined ? DEFAULT_DATA_DIR : resolve(cwd, dataDirRaw);
  const turnCredentialTtlSeconds = parseTtl(env['TURN_CREDENTIAL_TTL'], problems);
  const trustedIds = parseTrustedIds(env['SIGNALING_TRUSTED_IDS'], problems);
  const maxSocketsPerAddress = parseInteger(
    'SIGNALING_MAX_SOCKETS_PER_ADDRESS', env['SIGNALING_MAX_SOCKETS_PER_ADDRESS'], DEFAULT_MAX_SOCKETS_PER_ADDRESS, 1, MAX_SOCKETS_PER_ADDRESS_LIMIT, problems,
  );
  const registerDeadlineSeconds = parseInteger(
    'SIGNALING_REGISTER_DEADLINE_SECONDS', env['SIGNALING_REGISTER_DEADLINE_SECONDS'], DEFAULT_REGISTER_DEADLINE_SECONDS, 1, MAX_REGISTER_DEADLINE_SECONDS, problems,
  );
  const allowedHosts = parseAllowedHosts(env['SIGNALING_ALLOWED_HOSTS'], problems);
  const trustProxy = parseFlag('SIGNALING_TRUST_PROXY', env['SIGNALING_TRUST_PROXY'], problems);
  let chain: ChainConfig | undefined;
  try {
    chain = loadChainConfig(env);
  } catch (error) {
    if (!(error instanceof ChainConfigError)) throw error;
    problems.push(...error.message.split('\n').slice(1).map((line) => line.trim()));
  }
  const opusMt = parseOpusMtUrl(env['OPUS_MT_URL'], env['OPUS_MT_PAIRS'], problems, (which) => (which === 'url' ? 'OPUS_MT_URL' : 'OPUS_MT_PAIRS'));
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port, host, publicUrl, iceServers, staticDir, corsOrigins, turnSecret, dataDir, turnCredentialTtlSeconds,
    trustedIds, maxSocketsPerAddress, registerDeadlineSeconds, allowedHosts, trustProxy, chain, opusMt,
  };
}

/** The server options for who is trusted and what a connection may hold, as configured. */
export function trustOptions(config: SignalingConfig): Required<
  Pick<SignalingServerOptions, 'trustedIds' | 'maxSocketsPerAddress' | 'registerDeadlineMs' | 'allowedHosts' | 'trustProxy'>
> {
  return {
    trustedIds: config.trustedIds,
    maxSocketsPerAddress: config.maxSocketsPerAddress,
    registerDeadlineMs: config.registerDeadlineSeconds * 1000,
    allowedHosts: config.allowedHosts,
    trustProxy: config.trustProxy,
  };
}

function nonEmpty(x: string | undefined): string | undefined {
  const trimmed = x?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function parsePort(raw: string | undefined, problems: string[]): number {
  const value = nonEmpty(raw);
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    problems.push(`PORT must be an integer in 0..65535, got ${JSON.stringify(raw)}`);
    return DEFAULT_PORT;
  }
  return port;
}

function parseTtl(raw: string | undefined, problems: string[]): number {
  const value = nonEmpty(raw);
  if (value === undefined) return DEFAULT_TURN_CREDENTIAL_TTL_SECONDS;
  const ttl = Number(value);
  const max = SIGNALING_LIMITS.maxTurnTtlSeconds;
  if (!/^\d+$/.test(value) || ttl < MIN_TURN_CREDENTIAL_TTL_SECONDS || ttl > max) {
    problems.push(`TURN_CREDENTIAL_TTL must be an integer in ${MIN_TURN_CREDENTIAL_TTL_SECONDS}..${max} (seconds), got ${JSON.stringify(raw)}`);
    return DEFAULT_TURN_CREDENTIAL_TTL_SECONDS;
  }
  return ttl;
}

function parseInteger(name: string, raw: string | undefined, fallback: number, min: number, max: number, problems: string[]): number {
  const value = nonEmpty(raw);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    problems.push(`${name} must be an integer in ${min}..${max}, got ${JSON.stringify(raw)}`);
    return fallback;
  }
  return n;
}

function parseFlag(name: string, raw: string | undefined, problems: string[]): boolean {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  problems.push(`${name} must be 1 or 0, got ${JSON.stringify(raw)}`);
  return false;
}

function parseTrustedIds(raw: string | undefined, problems: string[]): PeerId[] {
  const ids: PeerId[] = [];
  for (const entry of splitList(raw)) {
    const id = entry.toLowerCase();
    if (isPeerId(id)) ids.push(id);
    else problems.push(`SIGNALING_TRUSTED_IDS entries must be peer ids (64 hex characters), got ${JSON.stringify(entry)}`);
  }
  return ids;
}

function parseAllowedHosts(raw: string | undefined, problems: string[]): string[] {
  if (nonEmpty(raw) === undefined) return [...DEFAULT_ALLOWED_HOSTS];
  const hosts: string[] = [];
  for (const entry of splitList(raw)) {
    const host = entry.toLowerCase();
    if (HOST_NAME_PATTERN.test(host)) hosts.push(host);
    else problems.push(`SIGNALING_ALLOWED_HOSTS entries must be host names without scheme or port, got ${JSON.stringify(entry)}`);
  }
  return hosts;
}

function splitList(raw: string | undefined): string[] {
  return (nonEmpty(raw) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Normalises to an absolute http(s) URL ending in '/'. */
export function parsePublicUrl(raw: string | undefined, problems: string[]): string | undefined {
  const value = nonEmpty(raw);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`PUBLIC_URL must be an absolute URL, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(`PUBLIC_URL must be http or https, got ${url.protocol}`);
    return undefined;
  }
  const href = url.href;
  return href.endsWith('/') ? href : href + '/';
}

export function parseIceServers(raw: string | undefined, problems: string[]): IceServer[] {
  const value = nonEmpty(raw);
  if (value === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    problems.push('ICE_SERVERS must be a JSON array of {urls, username?, credential?}');
    return [];
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_ICE_SERVERS) {
    problems.push(`ICE_SERVERS must be a JSON array of at most ${MAX_ICE_SERVERS} servers`);
    return [];
  }
  const servers: IceServer[] = [];
  parsed.forEach((entry: unknown, i) => {
    const server = parseIceServer(entry);
    if (server === undefined) problems.push(`ICE_SERVERS[${i}] must be {urls: "stun:…"|"turn:…"|[…], username?, credential?}`);
    else servers.push(server);
  });
  return servers;
}

function parseIceServer(entry: unknown): IceServer | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const { urls, username, credential } = entry as Record<string, unknown>;
  const urlList = typeof urls === 'string' ? [urls] : urls;
  if (!Array.isArray(urlList) || urlList.length === 0) return undefined;
  if (!urlList.every((u) => typeof u === 'string' && ICE_URL_PATTERN.test(u))) return undefined;
  if (username !== undefined && typeof username !== 'string') return undefined;
  if (credential !== undefined && typeof credential !== 'string') return undefined;
  const server: IceServer = { urls: typeof urls === 'string' ? urls : [...(urlList as string[])] };
  if (username !== undefined) server.username = username;
  if (credential !== undefined) server.credential = credential;
  return server;
}

function parseOrigins(raw: string | undefined, problems: string[]): string[] {
  const value = nonEmpty(raw);
  if (value === undefined) return [];
  const origins = value.split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS entry must be an origin like http://host:port, got ${origin}`);
  }
  return origins;
}
