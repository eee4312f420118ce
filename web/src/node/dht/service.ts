/**
 * createDht: Chord routing, ring maintenance, storage, replication, re-publishing and the public
 * API, as a service: on a TabmeshNode its open links are the routing table's reach and ring
 * neighbours and fingers are dialed through the node; the simulator gives it a light port.
 */
import { toUtf8Bytes } from 'ethers';
import { delay } from '../base/clock.ts';
import { TabmeshError, type ErrorCode } from '../base/errors.ts';
import { isPeerId, type PeerId } from '../base/peer-id.ts';
import { PeriodicTasks } from '../base/periodic.ts';
import { MAX_DHT_INLINE_VALUE_BYTES } from './messages.ts';
import type { ContentOptions, DhtApi, DhtKey, DhtStats, GetResult, LocalRecord, LookupResult, PutOptions, PutResult, RingView } from './api.ts';
import { LOOKUP_ATTEMPTS, MAX_REPLICATION, dhtConfig } from './constants.ts';
import { assembleOwned, getContent, putContent, splitForManifest, type ContentPort } from './content.ts';
import { createContext, type DhtContext } from './context.ts';
import { Publications, type Publication } from './publications.ts';
import { checkRecord, contentRecord, decodeRecord, encodeRecord, hashHex, isContent, isManifest, ownedRecord, type DhtRecord } from './record.ts';
import { OpHandlers } from './op-handlers.ts';
import { Replication } from './replication.ts';
import { fingerStart } from './ring.ts';
import { DHT_OP, Router, type DhtOp, type RouteResult } from './routing.ts';
import { Stabilizer } from './stabilizer.ts';
import { RecordStore } from './store.ts';
import { DHT_INBOUND_DEGREE } from './constants.ts';
import { DHT_MESSAGES } from './messages.ts';
import { memoryDhtStorage } from './store.ts';
import type { DhtDeps, DhtService, DhtServiceOptions } from './types.ts';
import { Lifecycle, type ServicePort, type ServiceState } from '../service.ts';

export type DhtNode = DhtApi & DhtService;

const EMPTY = new Uint8Array(0);
const RETRYABLE: ReadonlySet<ErrorCode | undefined> = new Set(['timeout', 'no-route', 'closed', 'at-capacity']);
const RETRY_BACKOFF_MS = 250;
const MAX_RETRY_BACKOFF_MS = 2000;


class Dht implements DhtNode {
  readonly name = 'dht';
  readonly #options: DhtServiceOptions;
  readonly #life = new Lifecycle<PeriodicTasks>();
  // The parts exist from attach() on: they need the port.
  #ctx!: DhtContext;
  #store!: RecordStore;
  #router!: Router;
  #stabilizer!: Stabilizer;
  #replication!: Replication;
  #ops!: OpHandlers;
  #content!: ContentPort;
  readonly #publications = new Publications();
  readonly #lastSeq = new Map<DhtKey, number>();

  constructor(options: DhtServiceOptions) {
    this.#options = options;
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  attach(port: ServicePort): void {
    const { signer, verify, storage = memoryDhtStorage(), ...options } = this.#options;
    const running = (): boolean => this.#life.running !== undefined;
    const channel = port.register(DHT_MESSAGES, {
      dhtRoute: (msg, from) => running() && this.#router.onRoute(msg, from.remoteId),
      dhtResult: (msg) => running() && this.#router.onResult(msg),
      dhtRingQuery: (msg, from) => running() && this.#stabilizer.onRingQuery(msg, from.remoteId),
      dhtRing: (msg) => running() && this.#stabilizer.onRing(msg),
      dhtNotify: (_msg, from) => running() && this.#stabilizer.onNotify(from.remoteId),
      dhtLeave: (msg, from) => running() && this.#stabilizer.onLeave(msg, from.remoteId),
    });
    // Ring neighbours and fingers dial this node beyond the mesh's soft cap.
    port.reserveInbound(DHT_INBOUND_DEGREE);
    const deps: DhtDeps = {
      selfId: port.id,
      clock: port.clock,
      random: port.random,
      links: () => port.links(),
      send: (id, msg) => channel.send(id, msg),
      connect: (id, signal) => port.connect(id, signal),
      disconnect: (id) => port.release(id),
      storage,
      signer,
      verify,
      options,
    };
    this.#ctx = createContext(deps, dhtConfig(options), () => port.changed());
    this.#router = new Router(this.#ctx, (op, key, body, from) => this.#ops.handle(op, key, body, from));
    this.#store = new RecordStore({
      storage: deps.storage,
      config: this.#ctx.config,
      verify: deps.verify,
      now: () => deps.clock.now(),
      isPrimary: (key) => this.#replication.isPrimary(key),
      onExpired: () => void this.#ctx.stats.recordsExpired++,
    });
    this.#replication = new Replication(this.#ctx, this.#router, this.#store);
    this.#ops = new OpHandlers(this.#ctx, this.#router, this.#store, this.#replication);
    this.#stabilizer = new Stabilizer(this.#ctx, this.#router, {
      predecessorChanged: (_previous, current) => void this.#replication.handOver(current),
    });
    this.#content = this.#contentPort(this.#ctx.config.defaultTtlMs, this.#ctx.config.successors);
  }

  /** The content layer's access to records, storing chunks with this TTL and replication. */
  #contentPort(ttlMs: number, replication: number): ContentPort {
    const spec = (key: DhtKey, value: Uint8Array, manifest: boolean) =>
      contentRecord({ key, value, replication, expiresAt: this.#ctx.deps.clock.now() + ttlMs, manifest });
    return {
      putChunk: async (key, bytes, signal) => void (await this.#putRecord(spec(key, bytes, false), signal)),
      putManifest: async (key, manifest, signal) => void (await this.#putRecord(spec(key, manifest, true), signal)),
      getRecord: async (key, signal) => {
        const { record } = await this.#getRecord(key, signal);
        return { value: record.value, manifest: isManifest(record) };
      },
    };
  }

  /** Saved records first (a failed load starts empty), then the ring maintenance. */
  async start(): Promise<void> {
    if (this.#life.running) return;
    if (this.#life.state === 'created') await this.#store.load().catch(() => 0);
    const { deps, config } = this.#ctx;
    this.#life.start(() => {
      const tasks = new PeriodicTasks(deps.clock, deps.random);
      const r = deps.random;
      tasks.add('stabilize', config.stabilizeIntervalMs, () => this.#stabilizer.stabilize(), r() * config.stabilizeIntervalMs);
      tasks.add('fingers', config.fixFingersIntervalMs, () => this.#stabilizer.fixFinger(), r() * config.fixFingersIntervalMs);
      tasks.add('repair', config.repairIntervalMs, () => this.#replication.repair(), r() * config.repairIntervalMs);
      tasks.add('republish', config.republishIntervalMs, () => this.#republish());
      return tasks;
    });
  }

  async stop(): Promise<void> {
    const tasks = this.#life.stop();
    if (!tasks) return;
    tasks.stop();
    // The leave message first: a closing page may not live to finish the handover.
    this.#stabilizer.announceLeave();
    await this.#replication.leave().catch(() => undefined);
    this.#router.cancelAll();
    this.#stabilizer.cancelAll();
  }

  // ---- DhtApi ----

  async put(key: DhtKey, value: Uint8Array, options: PutOptions = {}): Promise<PutResult> {
    checkKey(key);
    if (!(value instanceof Uint8Array)) throw new TabmeshError('bad-field', 'value must be a Uint8Array');
    const publication: Publication = {
      kind: 'owned',
      key,
      value,
      ttlMs: this.#ttl(options.ttl),
      replication: this.#replicationOf(options.replication),
    };
    const result = await this.#publish(publication, options.signal);
    if (options.republish ?? true) this.#publications.add(publication);
    else this.#publications.remove(key);
    return result;
  }

  async get(key: DhtKey, options: { signal?: AbortSignal } = {}): Promise<GetResult> {
    checkKey(key);
    const { record, route } = await this.#getRecord(key, options.signal);
    const value = isManifest(record) && !isContent(record) ? await assembleOwned(record.value, this.#content, options) : record.value;
    const result: GetResult = { value, node: route.node, hops: route.hops, expiresAt: record.expiresAt };
    if (!isContent(record)) result.owner = record.owner;
    return result;
  }

  async putContent(bytes: Uint8Array, options: ContentOptions = {}): Promise<DhtKey> {
    const ttlMs = this.#ttl(options.ttl);
    const replication = this.#replicationOf(options.replication);
    const key = await putContent(bytes, this.#contentPort(ttlMs, replication), options);
    if (options.republish ?? true) this.#publications.add({ kind: 'content', key, value: bytes, ttlMs, replication });
    return key;
  }

  getContent(key: DhtKey, options: ContentOptions = {}): Promise<Uint8Array> {
    return getContent(key, this.#content, options);
  }

  async lookup(key: DhtKey, options: { signal?: AbortSignal } = {}): Promise<LookupResult> {
    checkKey(key);
    const r = await this.#route(DHT_OP.findSuccessor, key, EMPTY, options.signal);
    return { node: r.node, hops: r.hops };
  }

  keyOf(name: string): DhtKey {
    return hashHex(toUtf8Bytes(name));
  }

  ring(): RingView {
    const { ring, deps, config } = this.#ctx;
    const seen = new Set<PeerId>();
    const fingers = [...ring.fingers]
      .sort(([a], [b]) => b - a)
      .filter(([, node]) => !seen.has(node) && seen.add(node))
      .map(([index, node]) => ({ index, start: fingerStart(deps.selfId, index), node }));
    const view: RingView = { self: deps.selfId, successors: [...ring.successors], fingers, replication: config.successors };
    if (ring.predecessor !== undefined) view.predecessor = ring.predecessor;
    return view;
  }

  records(): LocalRecord[] {
    return [...this.#store.entries()].map(({ record, bytes, pushedTo }) => {
      const kind = isContent(record) ? (isManifest(record) ? 'manifest' : 'content') : 'owned';
      const row: LocalRecord = { key: record.key, bytes, kind, expiresAt: record.expiresAt, primary: this.#replication.isPrimary(record.key), replicas: [...pushedTo] };
      if (!isContent(record)) row.owner = record.owner;
      return row;
    });
  }

  stats(): DhtStats {
    return { ...this.#ctx.stats };
  }

  // ---- internals ----

  async #publish(p: Publication, signal?: AbortSignal): Promise<PutResult> {
    if (p.kind === 'content') {
      await putContent(p.value, this.#contentPort(p.ttlMs, p.replication), signal ? { signal } : {});
      return { key: p.key, node: this.#ctx.deps.selfId, hops: 0, copies: p.replication };
    }
    const expiresAt = this.#ctx.deps.clock.now() + p.ttlMs;
    let value = p.value;
    let manifest = false;
    if (p.value.length > MAX_DHT_INLINE_VALUE_BYTES) {
      const split = await splitForManifest(p.value);
      const port = this.#contentPort(p.ttlMs, p.replication);
      for (const chunk of split.chunks) await port.putChunk(chunk.key, chunk.bytes, signal);
      value = split.manifest;
      manifest = true;
    }
    const record = ownedRecord({ key: p.key, value, replication: p.replication, expiresAt, manifest, seq: this.#seq(p.key) }, this.#ctx.deps.signer);
    return this.#putRecord(record, signal);
  }

  async #putRecord(record: DhtRecord, signal?: AbortSignal): Promise<PutResult> {
    const r = await this.#route(DHT_OP.put, record.key, encodeRecord(record), signal);
    return { key: record.key, node: r.node, hops: r.hops, copies: r.body[0] ?? 1 };
  }

  async #getRecord(key: DhtKey, signal?: AbortSignal): Promise<{ record: DhtRecord; route: RouteResult }> {
    const route = await this.#route(DHT_OP.get, key, EMPTY, signal);
    const record = this.#trusted(key, route.body);
    return { record, route };
  }

  /** A record from another node is checked like one we store: right key, hash or signature. */
  #trusted(key: DhtKey, body: Uint8Array): DhtRecord {
    const decoded = decodeRecord(body);
    if (!decoded.ok) throw decoded.error;
    if (decoded.value.key !== key) throw new TabmeshError('hash-mismatch', 'answer is for another key');
    const checked = checkRecord(decoded.value, this.#ctx.deps.verify, this.#ctx.deps.clock.now(), this.#ctx.config.maxTtlMs);
    if (!checked.ok) throw checked.error;
    return checked.value;
  }

  /**
   * A routed request with retries; throws TabmeshError with the final code. Timeouts and closed
   * links (each costing up to the request timeout) are tried LOOKUP_ATTEMPTS times. Fast failures
   * — a loop or no link toward the key while the ring heals after a crash — are retried, backing
   * off, until three stabilisation rounds have passed: retrying sooner meets the same broken state.
   */
  async #route(op: DhtOp, key: DhtKey, body: Uint8Array, signal?: AbortSignal): Promise<RouteResult> {
    const stats = this.#ctx.stats;
    const clock = this.#ctx.deps.clock;
    const started = clock.now();
    const healWindowMs = 3 * this.#ctx.config.stabilizeIntervalMs;
    let slowFailures = 0;
    let last: RouteResult | undefined;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new TabmeshError('aborted', 'aborted');
      if (attempt > 0) await delay(clock, Math.min(RETRY_BACKOFF_MS * 2 ** (attempt - 1), MAX_RETRY_BACKOFF_MS), signal);
      stats.lookups++;
      last = await this.#router.request(op, key, body);
      if (last.code === undefined) {
        stats.hopsTotal += last.hops;
        return last;
      }
      stats.lookupFailures++;
      if (!RETRYABLE.has(last.code)) break;
      if (last.code === 'timeout' || last.code === 'closed') slowFailures++;
      const tried = attempt + 1 >= LOOKUP_ATTEMPTS;
      if (slowFailures >= LOOKUP_ATTEMPTS || (tried && clock.now() - started >= healWindowMs)) break;
    }
    throw new TabmeshError(last?.code ?? 'no-route', `dht ${opName(op)} ${key.slice(0, 8)}: ${last?.code ?? 'no-route'}`);
  }

  async #republish(): Promise<void> {
    for (const p of this.#publications.list()) await this.#publish(p).catch(() => undefined);
  }

  #seq(key: DhtKey): number {
    const seq = Math.max(this.#ctx.deps.clock.now(), (this.#lastSeq.get(key) ?? -1) + 1);
    this.#lastSeq.set(key, seq);
    return seq;
  }

  #ttl(seconds: number | undefined): number {
    const { maxTtlMs, defaultTtlMs } = this.#ctx.config;
    if (seconds === undefined || seconds === 0) return defaultTtlMs;
    if (!Number.isFinite(seconds) || seconds < 0) throw new TabmeshError('bad-field', `ttl ${seconds}`);
    return Math.min(seconds * 1000, maxTtlMs);
  }

  #replicationOf(n?: number): number {
    if (n === undefined || n === 0) return this.#ctx.config.successors;
    if (!Number.isInteger(n) || n < 0) throw new TabmeshError('bad-field', `replication ${n}`);
    return Math.min(n, MAX_REPLICATION, this.#ctx.config.successors + 1);
  }
}

function checkKey(key: unknown): asserts key is DhtKey {
  if (!isPeerId(key)) throw new TabmeshError('bad-field', 'a DHT key is 64 lowercase hex characters (see keyOf)');
}

function opName(op: DhtOp): string {
  return Object.entries(DHT_OP).find(([, v]) => v === op)?.[0] ?? String(op);
}

export function createDht(options: DhtServiceOptions): DhtNode {
  return new Dht(options);
}
