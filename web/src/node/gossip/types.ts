/** What the gossip service needs from its host, its options, and its counters. */
import type { Clock, Random } from '../base/clock.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { GossipMessage } from './messages.ts';
import type { PayloadSigner, PayloadVerifier } from '../peers/signer.ts';
import type { Service } from '../service.ts';
import type { GossipApi } from './api.ts';
import * as C from './constants.ts';
import type { RateSpec } from './constants.ts';

/** What the gossip parts need of their host: the service's port, narrowed. */
export interface GossipDeps {
  selfId: PeerId;
  clock: Clock;
  random: Random;
  /** Peers with an open link now. */
  neighbours(): PeerId[];
  /** Sends over the open link; throws on a closed link or backpressure (the context catches). */
  send(id: PeerId, msg: GossipMessage): void;
  /** Signs this node's own rumours (RUMOR_NAMESPACE). */
  signer: PayloadSigner;
  /** Recovers a rumour's signer, to check it against its origin. */
  verify: PayloadVerifier;
}

/** What createGossip needs besides the port: how rumours are signed and checked, and the settings. */
export interface GossipServiceOptions extends GossipOptions {
  signer: PayloadSigner;
  verify: PayloadVerifier;
}

export interface GossipConfig {
  viewSize: number;
  sampleSize: number;
  maxAgeRounds: number;
  samplingIntervalMs: number;
  pullTimeoutMs: number;
  fanout: number;
  antiEntropyIntervalMs: number;
  digestWindowMs: number;
  storeEntries: number;
  storeBytes: number;
  seenEntries: number;
  seenTtlMs: number;
  iwantTimeoutMs: number;
  maxPendingIwants: number;
  validationTimeoutMs: number;
  maxPendingValidations: number;
  maxTrackedPeers: number;
  originRate: RateSpec;
  linkRumorRate: RateSpec;
  linkDigestRate: RateSpec;
  linkIwantRate: RateSpec;
  linkServeRate: RateSpec;
}

export type GossipOptions = Partial<GossipConfig>;

export function gossipConfig(options: GossipOptions = {}): GossipConfig {
  const defaults: GossipConfig = {
    viewSize: C.VIEW_SIZE,
    sampleSize: C.VIEW_SAMPLE_SIZE,
    maxAgeRounds: C.VIEW_MAX_AGE_ROUNDS,
    samplingIntervalMs: C.SAMPLING_INTERVAL_MS,
    pullTimeoutMs: C.PULL_TIMEOUT_MS,
    fanout: C.EAGER_FANOUT,
    antiEntropyIntervalMs: C.ANTI_ENTROPY_INTERVAL_MS,
    digestWindowMs: C.DIGEST_WINDOW_MS,
    storeEntries: C.RUMOR_STORE_ENTRIES,
    storeBytes: C.RUMOR_STORE_BYTES,
    seenEntries: C.SEEN_CACHE_ENTRIES,
    seenTtlMs: C.SEEN_CACHE_TTL_MS,
    iwantTimeoutMs: C.IWANT_TIMEOUT_MS,
    maxPendingIwants: C.MAX_PENDING_IWANTS,
    validationTimeoutMs: C.VALIDATION_TIMEOUT_MS,
    maxPendingValidations: C.MAX_PENDING_VALIDATIONS,
    maxTrackedPeers: C.MAX_TRACKED_PEERS,
    originRate: C.ORIGIN_RATE,
    linkRumorRate: C.LINK_RUMOR_RATE,
    linkDigestRate: C.LINK_DIGEST_RATE,
    linkIwantRate: C.LINK_IWANT_RATE,
    linkServeRate: C.LINK_SERVE_RATE,
  };
  const config = { ...defaults };
  for (const [key, value] of Object.entries(options) as [keyof GossipConfig, GossipConfig[keyof GossipConfig] | undefined][]) {
    if (value !== undefined) (config as Record<keyof GossipConfig, unknown>)[key] = value;
  }
  return config;
}

/** Why a rumour or a message was dropped. */
export const DROP_REASONS = [
  /** the origin's bucket was empty */
  'rate-origin',
  /** the delivering link's bucket was empty */
  'rate-link',
  /** impossible fields (hops 0 or above ttl, a view list with one id twice) */
  'malformed',
  /** not signed by the origin it names */
  'bad-signature',
  /** a subscriber's first verdict was false */
  'rejected',
  /** no verdict within the validation timeout, or every subscriber left */
  'unvalidated',
  /** too many rumours awaiting a verdict */
  'overloaded',
  /** digests from one neighbour beyond its bucket */
  'digest-flood',
  /** iwant requests from one neighbour beyond its bucket */
  'iwant-flood',
  /** rumours asked for by one neighbour beyond its serve bucket */
  'serve-limit',
  /** the link refused the frame (closed or backpressure) */
  'send-failed',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface GossipStats {
  viewSize: number;
  samplingRounds: number;
  announced: number;
  /** Full rumours sent: eager pushes plus answers to iwant. */
  rumorsSent: number;
  rumorsReceived: number;
  duplicates: number;
  /** Notifications handed to local subscribers. */
  delivered: number;
  /** Rumours accepted for spreading (validated or needing no verdict). */
  accepted: number;
  digestsSent: number;
  iwantsSent: number;
  idsRequested: number;
  rumorsServed: number;
  dropped: Record<DropReason, number>;
}

export function emptyStats(): GossipStats {
  const dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  return {
    viewSize: 0,
    samplingRounds: 0,
    announced: 0,
    rumorsSent: 0,
    rumorsReceived: 0,
    duplicates: 0,
    delivered: 0,
    accepted: 0,
    digestsSent: 0,
    iwantsSent: 0,
    idsRequested: 0,
    rumorsServed: 0,
    dropped,
  };
}

/** The gossip service: a Service on a node (or a simulator's port) with the public API. */
export interface GossipService extends GossipApi, Service {
  /** Starts the sampling and anti-entropy rounds; the view becomes a source of peers to dial. */
  start(): void;
  /** Stops the rounds; messages arriving after are ignored; pending verdicts are dropped. */
  stop(): void;
  stats(): GossipStats;
}

/** What the gossip parts share: the host, the settings, the counters, a send that never throws. */
export interface GossipContext {
  readonly deps: GossipDeps;
  readonly config: GossipConfig;
  readonly stats: GossipStats;
  now(): number;
  /** false when the link refused the frame (counted as 'send-failed'). */
  send(id: PeerId, msg: GossipMessage): boolean;
}
