/**
 * What the DHT needs from its host (a TabmeshNode in tabs and on the relay, a light host in the
 * simulator), its configuration, and the context its parts share.
 */
import type { Clock, Random } from '../base/clock.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { PayloadSigner, PayloadVerifier } from '../peers/signer.ts';
import type { Service } from '../service.ts';
import type { DhtMessage } from './messages.ts';
import type { DhtStats } from './api.ts';

/** Where a node keeps its records: IndexedDB in tabs, disk on the relay, memory in the simulator. */
export interface DhtStorage {
  /** Every saved record, encoded (dhtRecord frames). */
  load(): Promise<Uint8Array[]>;
  save(key: string, encoded: Uint8Array): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Signs owned records. Tabs and Node peers use their secp256k1 identity (signing.ts). */
export type RecordSigner = PayloadSigner;
/** The id that signed a record's bytes, or undefined for a bad signature. Never throws. */
export type RecordVerifier = PayloadVerifier;

export interface DhtDeps {
  selfId: PeerId;
  clock: Clock;
  random: Random;
  /** Peers with an open link now. */
  links(): PeerId[];
  /** Sends over the open link; throws on a closed link or backpressure. */
  send(id: PeerId, msg: DhtMessage): void;
  /** Opens a link (ring neighbours and fingers must be linked); rejects when it cannot. */
  connect(id: PeerId, signal?: AbortSignal): Promise<void>;
  /** Closes a link the DHT opened and no longer needs (the host may keep it if others use it). */
  disconnect?(id: PeerId): void;
  storage: DhtStorage;
  signer: RecordSigner;
  verify: RecordVerifier;
  options?: DhtOptions;
}

export interface DhtOptions {
  /** Successor list length r, and the default replication. */
  successors?: number;
  maxTtlSeconds?: number;
  defaultTtlSeconds?: number;
  stabilizeIntervalMs?: number;
  fixFingersIntervalMs?: number;
  repairIntervalMs?: number;
  republishIntervalMs?: number;
  requestTimeoutMs?: number;
  /** Records this node keeps at most (replicas first to go). */
  maxRecords?: number;
  maxBytes?: number;
}

export interface DhtConfig {
  successors: number;
  maxTtlMs: number;
  defaultTtlMs: number;
  stabilizeIntervalMs: number;
  fixFingersIntervalMs: number;
  repairIntervalMs: number;
  republishIntervalMs: number;
  requestTimeoutMs: number;
  maxRecords: number;
  maxBytes: number;
}

/** What a host gives createDht besides the port: where records live and how they are signed. */
export interface DhtServiceOptions extends DhtOptions {
  signer: RecordSigner;
  verify: RecordVerifier;
  /** Memory by default; IndexedDB in tabs, disk on Node peers. */
  storage?: DhtStorage;
}

export interface DhtService extends Service {
  /** Loads the saved records, then starts the ring maintenance. */
  start(): Promise<void>;
  /** Graceful leave: hands records to the successor and tells ring neighbours. */
  stop(): Promise<void>;
  stats(): DhtStats;
}
