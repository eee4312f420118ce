/**
 * Recursive Chord routing over Tabmesh links: a request moves hop by hop to the closest node
 * preceding its key that this node has a link to (fingers, successors, any mesh neighbour), then
 * to the key's successor, which handles it. Each hop remembers where the request came from, so
 * the result travels back the same way — no hop needs a link to the origin.
 */
import { TabmeshError, type ErrorCode } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { errorCodeFromWire, errorCodeToWire } from '../wire/messages.ts';
import type { DhtMessageOf } from './messages.ts';
import type { DhtKey } from './api.ts';
import { MAX_PENDING_FORWARDS, MAX_ROUTE_HOPS, ROUTE_BURST_PER_LINK, ROUTE_RATE_PER_LINK } from './constants.ts';
import { ExpiringMap } from '../base/expiring-map.ts';
import { PendingRequests } from '../base/pending-requests.ts';
import { TokenBuckets } from '../base/token-buckets.ts';
import { closestPreceding, inHalfOpen } from './ring.ts';
import type { DhtContext } from './context.ts';

/** What a routed request asks of the key's successor (or, for the *Local ops, of the receiver). */
export const DHT_OP = {
  /** GetNode(key): who is the key's successor. */
  findSuccessor: 0,
  /** GetValue(key), falling back to the successor's replicas. */
  get: 1,
  /** InsertValue(key, record): store and replicate. */
  put: 2,
  /** The receiver's own copy only (a successor asking its replicas). */
  getLocal: 3,
  /** Keep this replica (from the key's successor, or handed over on join and leave). */
  storeLocal: 4,
  /** SplitNode: the sender joined just before the receiver and takes over its keys. */
  split: 5,
  /**
   * Keep this replica and pass it on to your successor, body = remaining copies u8 ‖ record: the
   * chain needs a link to the first successor only, not to every replica holder.
   */
  storeChain: 6,
} as const;
export type DhtOp = (typeof DHT_OP)[keyof typeof DHT_OP];
const LOCAL_OPS: ReadonlySet<number> = new Set([DHT_OP.getLocal, DHT_OP.storeLocal, DHT_OP.split, DHT_OP.storeChain]);
const KNOWN_OPS: ReadonlySet<number> = new Set(Object.values(DHT_OP));

export interface OpResult {
  code: ErrorCode | undefined;
  body: Uint8Array;
}
export interface RouteResult extends OpResult {
  node: PeerId;
  hops: number;
}

/** The successor's side: handles an op addressed to it. */
export type OpHandler = (op: DhtOp, key: DhtKey, body: Uint8Array, from: PeerId) => Promise<OpResult>;

/** A request passed on for another node: where its answer goes back to. */
interface Forwarded {
  from: PeerId;
  fromRid: number;
}

const EMPTY = new Uint8Array(0);
/** Neighbours tracked by the per-link limiter (more than a node's hard cap of links). */
const MAX_RATE_KEYS = 256;

export class Router {
  readonly #ctx: DhtContext;
  readonly #handleOp: OpHandler;
  /** This node's own requests, by rid. */
  readonly #own: PendingRequests<number, RouteResult>;
  /** Requests forwarded for others, by the rid they carry onwards; forgotten after the request timeout. */
  readonly #forwarded: ExpiringMap<number, Forwarded>;
  /** Keys sent here as their successor that we passed on to a predecessor closer to them, recently. */
  readonly #passedBack: ExpiringMap<DhtKey, true>;
  readonly #perLink = new TokenBuckets<PeerId>(ROUTE_BURST_PER_LINK, ROUTE_RATE_PER_LINK, MAX_RATE_KEYS);
  #nextRid: number;

  constructor(ctx: DhtContext, handleOp: OpHandler) {
    this.#ctx = ctx;
    this.#handleOp = handleOp;
    this.#nextRid = Math.floor(ctx.deps.random() * 0x7fff_ffff);
    this.#own = new PendingRequests(ctx.deps.clock);
    this.#forwarded = new ExpiringMap(ctx.config.requestTimeoutMs, MAX_PENDING_FORWARDS);
    this.#passedBack = new ExpiringMap(ctx.config.requestTimeoutMs, MAX_PENDING_FORWARDS);
  }

  /**
   * Sends `op` for `key` towards its successor and resolves with the answer; never rejects —
   * failures come back as a code. With `to`, the request goes to that linked neighbour first:
   * to be handled there (`deliver`, e.g. a replica op) or routed on from there (a join).
   */
  request(op: DhtOp, key: DhtKey, body: Uint8Array = EMPTY, to?: PeerId, deliver = true): Promise<RouteResult> {
    const self = this.#ctx.deps.selfId;
    if (to === undefined && this.#isMine(key)) return this.#local(op, key, body, self, 0);
    const rid = this.#rid();
    const answer = this.#own.wait(rid, this.#ctx.config.requestTimeoutMs).catch(
      (error: unknown): RouteResult => ({ code: error instanceof TabmeshError ? error.code : 'closed', body: EMPTY, node: self, hops: 0 }),
    );
    const msg: DhtMessageOf<'dhtRoute'> = { kind: 'dhtRoute', rid, key, hops: 0, deliver: 0, op, body };
    if (to !== undefined) {
      if (!this.#ctx.send(to, { ...msg, hops: 1, deliver: deliver ? 1 : 0 })) this.#settle(rid, { code: 'no-route', body: EMPTY, node: self, hops: 0 });
    } else {
      void this.#forward(msg).then((sent) => sent || this.#settle(rid, { code: 'no-route', body: EMPTY, node: self, hops: 0 }));
    }
    return answer;
  }

  onRoute(msg: DhtMessageOf<'dhtRoute'>, from: PeerId): void {
    if (!this.#perLink.take(from, this.#ctx.deps.clock.now())) {
      return this.#reply(from, msg.rid, { code: 'rate-limited', body: EMPTY, node: this.#ctx.deps.selfId, hops: msg.hops });
    }
    if (!KNOWN_OPS.has(msg.op)) return this.#reply(from, msg.rid, { code: 'bad-field', body: EMPTY, node: this.#ctx.deps.selfId, hops: msg.hops });
    const op = msg.op as DhtOp;
    const handleHere = LOCAL_OPS.has(op) || (msg.deliver === 1 ? !this.#belongsBefore(msg.key) || this.#cameBack(msg.key) : this.#isMine(msg.key));
    if (handleHere) {
      void this.#local(op, msg.key, msg.body, from, msg.hops).then((r) => this.#reply(from, msg.rid, r));
      return;
    }
    const now = this.#ctx.deps.clock.now();
    this.#forwarded.sweep(now);
    if (msg.hops >= MAX_ROUTE_HOPS || this.#forwarded.size >= MAX_PENDING_FORWARDS) {
      return this.#reply(from, msg.rid, { code: msg.hops >= MAX_ROUTE_HOPS ? 'no-route' : 'at-capacity', body: EMPTY, node: this.#ctx.deps.selfId, hops: msg.hops });
    }
    const rid = this.#rid();
    this.#forwarded.set(rid, { from, fromRid: msg.rid }, now);
    this.#ctx.stats.forwarded++;
    void this.#forward({ ...msg, rid, deliver: 0 }, from).then(
      (sent) => sent || this.#settle(rid, { code: 'no-route', body: EMPTY, node: this.#ctx.deps.selfId, hops: msg.hops }),
    );
  }

  onResult(msg: DhtMessageOf<'dhtResult'>): void {
    const code = msg.code === 0 ? undefined : (errorCodeFromWire(msg.code - 1) ?? 'malformed');
    this.#settle(msg.rid, { code, body: msg.body, node: msg.node, hops: msg.hops });
  }

  /** Fails every request still waiting (on stop). */
  cancelAll(): void {
    this.#own.failAll(new TabmeshError('closed', 'stopping'));
    this.#forwarded.clear();
  }

  /** key ∈ (predecessor, self]; with no successor yet, this node is the whole ring. */
  #isMine(key: DhtKey): boolean {
    const { predecessor, successors } = this.#ctx.ring;
    if (successors.length === 0) return true;
    if (predecessor === undefined) return false;
    return inHalfOpen(key, predecessor, this.#ctx.deps.selfId);
  }

  /** Sent here as the successor, but a closer predecessor has joined since: route on. */
  #belongsBefore(key: DhtKey): boolean {
    const { predecessor } = this.#ctx.ring;
    return predecessor !== undefined && !inHalfOpen(key, predecessor, this.#ctx.deps.selfId);
  }

  /**
   * The ring sent a key here as its successor again, after we passed it on to our predecessor's
   * side: that predecessor is gone (a crashed node's link can look open for a while, and nobody
   * else routes to it), so we are the successor now. Without this the request circles to the hop
   * limit until the stale predecessor is dropped.
   */
  #cameBack(key: DhtKey): boolean {
    return !this.#passedBack.admit(key, this.#ctx.deps.clock.now());
  }

  async #local(op: DhtOp, key: DhtKey, body: Uint8Array, from: PeerId, hops: number): Promise<RouteResult> {
    try {
      const r = await this.#handleOp(op, key, body, from);
      return { ...r, node: this.#ctx.deps.selfId, hops };
    } catch (e) {
      const code = e instanceof TabmeshError ? e.code : 'malformed';
      return { code, body: EMPTY, node: this.#ctx.deps.selfId, hops };
    }
  }

  /**
   * Sends the request on (#forwardNow). When the key's successor is in our successor list but its
   * link is still opening — learned of a moment ago, by a join or while the ring forms — the
   * request waits for that link (briefly, see linkedSoon) rather than go to the next successor in
   * its stead: that node has the newcomer as predecessor, passes the key back, and once it comes
   * back again takes it as its own (#cameBack), so the value would land beside its successor.
   */
  async #forward(msg: DhtMessageOf<'dhtRoute'>, cameFrom?: PeerId): Promise<boolean> {
    const owner = this.#listedSuccessor(msg.key);
    if (owner !== undefined && !this.#ctx.isLinked(owner)) await this.#ctx.linkedSoon(owner);
    return this.#forwardNow(msg, cameFrom);
  }

  /** The key's successor by our successor list alone, linked or not. */
  #listedSuccessor(key: DhtKey): PeerId | undefined {
    let previous = this.#ctx.deps.selfId;
    for (const s of this.#ctx.ring.successors) {
      if (inHalfOpen(key, previous, s)) return s;
      previous = s;
    }
    return undefined;
  }

  /** Next hop: the key's successor if it is in our successor list, else the closest preceding linked node. */
  #forwardNow(msg: DhtMessageOf<'dhtRoute'>, cameFrom?: PeerId): boolean {
    const self = this.#ctx.deps.selfId;
    const linked = new Set(this.#ctx.deps.links());
    const successor = this.#ctx.ring.successors.find((s) => linked.has(s));
    const owner = this.#keySuccessor(msg.key, linked);
    const tried = new Set<PeerId>();
    for (let attempt = 0; attempt < 3; attempt++) {
      let next: PeerId | undefined;
      let deliver = 0;
      if (owner !== undefined && !tried.has(owner)) {
        next = owner;
        deliver = 1;
      } else {
        const candidates = [...linked].filter((id) => !tried.has(id) && id !== cameFrom);
        next = closestPreceding(self, msg.key, candidates) ?? (successor !== undefined && !tried.has(successor) ? successor : undefined);
      }
      if (next === undefined) return false;
      tried.add(next);
      if (this.#ctx.send(next, { ...msg, hops: msg.hops + 1, deliver })) return true;
    }
    return false;
  }

  /**
   * The key's successor when it falls among our successors: the first linked one (standing in for
   * any dead before it), or a later one while the list is linked up to it. Delivering straight to
   * it saves the hops to its predecessor that Chord's fingers alone would take.
   */
  #keySuccessor(key: DhtKey, linked: ReadonlySet<PeerId>): PeerId | undefined {
    const successors = this.#ctx.ring.successors;
    const first = successors.findIndex((s) => linked.has(s));
    if (first < 0) return undefined;
    let previous = this.#ctx.deps.selfId;
    for (const s of successors.slice(first)) {
      if (!linked.has(s)) return undefined;
      if (inHalfOpen(key, previous, s)) return s;
      previous = s;
    }
    return undefined;
  }

  #reply(to: PeerId, rid: number, r: RouteResult): void {
    const code = r.code === undefined ? 0 : errorCodeToWire(r.code) + 1;
    this.#ctx.send(to, { kind: 'dhtResult', rid, code, hops: r.hops, node: r.node, body: r.body });
  }

  #settle(rid: number, r: RouteResult): void {
    if (this.#own.settle(rid, r)) return;
    const forwarded = this.#forwarded.get(rid, this.#ctx.deps.clock.now());
    if (!forwarded) return;
    this.#forwarded.delete(rid);
    this.#reply(forwarded.from, forwarded.fromRid, r);
  }

  #rid(): number {
    this.#nextRid = (this.#nextRid + 1) >>> 0;
    return this.#nextRid;
  }
}
