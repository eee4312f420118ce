/**
 * The DHT's public contract (seed 003, Chord): what `window.tabmesh.dht`, the UI and the relay's
 * course DHT gateway use. Keys are 32 bytes, written as 64 lowercase hex characters; they share
 * the ring with peer ids (SHA-256 of a node's public key).
 */
import type { PeerId } from '../base/peer-id.ts';

/** 64 lowercase hex characters. */
export type DhtKey = string;

export interface PutOptions {
  /** Seconds the value lives; clamped to the node's maximum (600 s by default, as the seed). */
  ttl?: number;
  /** Copies kept: the key's successor and the next replication − 1 nodes. Default 4. */
  replication?: number;
  /**
   * The owner re-publishes the value (with a fresh expiry) while it runs, so the value outlives
   * churn and its TTL counts from the owner's last re-publish. Default true in tabs; the course
   * API's PUT does not re-publish.
   */
  republish?: boolean;
  signal?: AbortSignal;
}

export interface PutResult {
  key: DhtKey;
  /** The key's successor that stored it. */
  node: PeerId;
  /** Routing hops from this node to that successor. */
  hops: number;
  /** Nodes holding a copy after the put, the successor included. */
  copies: number;
}

export interface GetResult {
  value: Uint8Array;
  node: PeerId;
  hops: number;
  /** Owner of a mutable value; undefined for content-addressed values. */
  owner?: PeerId;
  /** ms since the epoch. */
  expiresAt: number;
}

export interface LookupResult {
  node: PeerId;
  hops: number;
}

export interface ContentProgress {
  done: number;
  total: number;
  phase: 'put' | 'get';
}

export interface ContentOptions {
  ttl?: number;
  replication?: number;
  republish?: boolean;
  onProgress?: (progress: ContentProgress) => void;
  signal?: AbortSignal;
}

export interface Finger {
  /** i of finger i: the first node at or after self + 2^i. */
  index: number;
  start: DhtKey;
  node: PeerId;
}

export interface RingView {
  self: PeerId;
  predecessor?: PeerId;
  successors: PeerId[];
  /** Distinct fingers only (most of the 256 entries are the successor). */
  fingers: Finger[];
  replication: number;
}

export interface LocalRecord {
  key: DhtKey;
  bytes: number;
  kind: 'content' | 'manifest' | 'owned';
  owner?: PeerId;
  expiresAt: number;
  /** This node is the key's successor (the rest are replicas it holds for a predecessor). */
  primary: boolean;
  /** Where this node last pushed replicas of it (primary records only). */
  replicas: PeerId[];
}

export interface DhtStats {
  lookups: number;
  lookupFailures: number;
  /** Sum of hops over successful lookups (mean = hopsTotal / (lookups − lookupFailures)). */
  hopsTotal: number;
  /** Ring maintenance messages sent: ring queries, answers, notifies, finger lookups. */
  maintenanceSent: number;
  /** Requests forwarded for other nodes. */
  forwarded: number;
  recordsStored: number;
  recordsRefused: number;
  recordsExpired: number;
}

export interface DhtApi {
  /** Stores a value under a key owned by this node (the first writer owns a key until it expires). */
  put(key: DhtKey, value: Uint8Array, options?: PutOptions): Promise<PutResult>;
  /** Throws TabmeshError 'not-found' when no replica holds it. */
  get(key: DhtKey, options?: { signal?: AbortSignal }): Promise<GetResult>;
  /** Stores bytes of any size as content-addressed chunks; returns SHA-256 of the bytes. */
  putContent(bytes: Uint8Array, options?: ContentOptions): Promise<DhtKey>;
  /** The bytes whose SHA-256 is `key`, every chunk verified; 'hash-mismatch' on tampering. */
  getContent(key: DhtKey, options?: ContentOptions): Promise<Uint8Array>;
  /** The successor of a key, with the hops it took to find. */
  lookup(key: DhtKey, options?: { signal?: AbortSignal }): Promise<LookupResult>;
  /** SHA-256 of a UTF-8 name: a convenient way to pick a key. */
  keyOf(name: string): DhtKey;
  ring(): RingView;
  records(): LocalRecord[];
  stats(): DhtStats;
}
