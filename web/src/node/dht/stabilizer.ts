/**
 * Chord's ring maintenance on an injected clock: join through any linked neighbour, stabilise
 * (ask the successor for its predecessor and successor list, then notify it), check the
 * predecessor, fix one finger per round, and close the gap when a neighbour leaves. Ring
 * neighbours and fingers are kept linked, since routing only uses links.
 */
import type { PeerId } from '../base/peer-id.ts';
import type { DhtMessageOf } from './messages.ts';
import { RING_BITS, fingerStart, inOpen, sortClockwise } from './ring.ts';
import { DHT_OP, type Router } from './routing.ts';
import type { DhtContext } from './context.ts';
import { TabmeshError } from '../base/errors.ts';
import { PendingRequests } from '../base/pending-requests.ts';

/** Stabilise rounds between lookups of ourselves through a random neighbour (see #checkThroughNeighbour). */
const MERGE_CHECK_ROUNDS = 4;
/** Pause between two passes over the finger table; the seed fixed fingers every 60 s. */
const FINGER_PASS_PAUSE_MS = 30_000;
/** Ring links closed per stabilise round once unneeded (see trimLinks). */
const MAX_TRIMS_PER_ROUND = 2;
/** Never trim below this many links: the mesh (gossip, signaling) lives on them too. */
const MIN_LINKS_TO_TRIM = 8;
/** Successors asked per stabilise round while each names a closer one (see stabilize). */
const STABILIZE_STEPS = 8;

export interface StabilizerEvents {
  /** A node joined between the old predecessor and this node: hand it its keys. */
  predecessorChanged(previous: PeerId | undefined, current: PeerId): void;
}

export class Stabilizer {
  readonly #ctx: DhtContext;
  readonly #router: Router;
  readonly #events: StabilizerEvents;
  readonly #queries: PendingRequests<number, DhtMessageOf<'dhtRing'> | undefined>;
  #nextRid = 1;
  #nextFinger = RING_BITS - 1;
  #joining = false;
  /** Finger passes run one lookup per interval top to bottom, then pause (most fingers rarely change). */
  #nextPassAt = 0;
  readonly #dialed = new Set<PeerId>();
  #round = 0;

  constructor(ctx: DhtContext, router: Router, events: StabilizerEvents) {
    this.#ctx = ctx;
    this.#router = router;
    this.#events = events;
    this.#queries = new PendingRequests(ctx.deps.clock);
  }

  /**
   * One stabilise round. While the successor's predecessor lies between us, it becomes our
   * successor and is asked in turn, up to STABILIZE_STEPS times: a node whose successor is far
   * ahead (it joined while the ring was forming, or many nodes joined behind its successor) walks
   * back a round trip per node instead of a round per node.
   */
  async stabilize(): Promise<void> {
    const ring = this.#ctx.ring;
    this.#checkPredecessor();
    let successor = await this.#liveSuccessor();
    if (successor === undefined) return this.#join();
    const self = this.#ctx.deps.selfId;
    for (let step = 0; step < STABILIZE_STEPS; step++) {
      const answer = await this.#query(successor);
      if (!answer) {
        this.#dropSuccessor(successor);
        return;
      }
      const [x] = answer.predecessor;
      const closer = x !== undefined && x !== self && inOpen(x, self, successor);
      this.#setSuccessors(closer ? [x, successor, ...answer.successors] : [successor, ...answer.successors]);
      if (!closer || !(await this.#linkNow(x))) break;
      successor = x;
    }
    const first = ring.successors[0];
    if (first !== undefined) this.#ctx.send(first, { kind: 'dhtNotify' });
    if (++this.#round % MERGE_CHECK_ROUNDS === 0) await this.#checkThroughNeighbour();
    this.trimLinks();
  }

  /**
   * Nodes that joined at the same moment can close separate rings, which Chord's stabilise never
   * merges. So now and then a node looks itself up through a random mesh neighbour: a closer
   * successor found on another ring pulls the two rings together.
   */
  async #checkThroughNeighbour(): Promise<void> {
    const ring = this.#ctx.ring;
    const self = this.#ctx.deps.selfId;
    const others = this.#ctx.deps.links().filter((id) => !ring.successors.includes(id) && id !== ring.predecessor);
    const via = others[Math.floor(this.#ctx.deps.random() * others.length)];
    const successor = ring.successors[0];
    if (via === undefined || successor === undefined) return;
    const r = await this.#router.request(DHT_OP.findSuccessor, self, undefined, via, false);
    this.#ctx.stats.maintenanceSent += 2 * r.hops;
    if (r.code !== undefined || r.node === self || !inOpen(r.node, self, successor)) return;
    this.#setSuccessors([r.node, ...ring.successors]);
    this.#link(r.node);
  }

  /** One fix_fingers step: refresh finger i, walking down from the top until fingers reach the successor. */
  async fixFinger(): Promise<void> {
    const ring = this.#ctx.ring;
    const successor = ring.successors[0];
    if (successor === undefined || this.#ctx.deps.clock.now() < this.#nextPassAt) return;
    const i = this.#nextFinger;
    const r = await this.#router.request(DHT_OP.findSuccessor, fingerStart(this.#ctx.deps.selfId, i));
    this.#ctx.stats.maintenanceSent += 2 * r.hops;
    if (r.code !== undefined) return;
    const self = this.#ctx.deps.selfId;
    const reachedSuccessor = r.node === successor || r.node === self || i === 0;
    if (reachedSuccessor) {
      // Every lower finger is the successor too: drop them and start again from the top.
      for (const index of ring.fingers.keys()) if (index <= i) ring.fingers.delete(index);
      this.#nextFinger = RING_BITS - 1;
      this.#nextPassAt = this.#ctx.deps.clock.now() + FINGER_PASS_PAUSE_MS;
    } else {
      const current = ring.fingers.get(i);
      if (current !== r.node && !this.#stillGoodFinger(current, i)) {
        ring.fingers.set(i, r.node);
        this.#ctx.changed();
        this.#link(r.node);
      }
      this.#nextFinger = i - 1;
    }
  }

  /**
   * A linked finger that still lies in [self + 2^i, self + 2^(i+1)) keeps halving the distance to a
   * key, so a node that joined just before it does not replace it: in tabs every new finger is a
   * WebRTC link to set up, and joins would otherwise re-link log N fingers each.
   */
  #stillGoodFinger(current: PeerId | undefined, i: number): boolean {
    if (current === undefined || !this.#ctx.isLinked(current)) return false;
    const self = this.#ctx.deps.selfId;
    const start = fingerStart(self, i);
    return current === start || (i + 1 < RING_BITS ? inOpen(current, start, fingerStart(self, i + 1)) : inOpen(current, start, self));
  }

  onRingQuery(msg: DhtMessageOf<'dhtRingQuery'>, from: PeerId): void {
    const { predecessor, successors } = this.#ctx.ring;
    this.#ctx.send(from, { kind: 'dhtRing', rid: msg.rid, predecessor: predecessor === undefined ? [] : [predecessor], successors });
  }

  onRing(msg: DhtMessageOf<'dhtRing'>): void {
    this.#queries.settle(msg.rid, msg);
  }

  onNotify(from: PeerId): void {
    const ring = this.#ctx.ring;
    const self = this.#ctx.deps.selfId;
    // With no successor left, the nearest linked node clockwise (the notifier among them) is a
    // start: stabilise walks back from it. Taking the notifier itself would point a node that lost
    // every successor at its own predecessor, backwards round the ring.
    if (ring.successors.length === 0) this.#setSuccessors(this.#nearestLinked());
    const previous = ring.predecessor;
    if (previous === undefined || previous === from || inOpen(from, previous, self) || !this.#ctx.isLinked(previous)) {
      if (previous === from) return;
      ring.predecessor = from;
      this.#ctx.changed();
      this.#events.predecessorChanged(previous, from);
    }
  }

  /** A neighbour leaves gracefully: take its successors (if it was ours) or its predecessor. */
  onLeave(msg: DhtMessageOf<'dhtLeave'>, from: PeerId): void {
    const ring = this.#ctx.ring;
    if (ring.predecessor === from) {
      ring.predecessor = msg.predecessor[0] !== this.#ctx.deps.selfId ? msg.predecessor[0] : undefined;
      if (ring.predecessor !== undefined) this.#link(ring.predecessor);
    }
    if (ring.successors.includes(from)) this.#setSuccessors([...ring.successors.filter((s) => s !== from), ...msg.successors]);
    for (const [i, node] of ring.fingers) if (node === from) ring.fingers.delete(i);
    this.#ctx.changed();
  }

  /** Tells ring neighbours this node is leaving, so they close the gap at once. */
  announceLeave(): void {
    const { predecessor, successors } = this.#ctx.ring;
    const msg = { kind: 'dhtLeave', predecessor: predecessor === undefined ? [] : [predecessor], successors } as const;
    for (const id of new Set([...(predecessor === undefined ? [] : [predecessor]), ...successors.slice(0, 1)])) this.#ctx.send(id, msg);
  }

  cancelAll(): void {
    this.#queries.failAll(new TabmeshError('closed', 'stopping'));
  }

  #checkPredecessor(): void {
    const ring = this.#ctx.ring;
    if (ring.predecessor !== undefined && !this.#ctx.isLinked(ring.predecessor)) {
      ring.predecessor = undefined;
      this.#ctx.changed();
    }
  }

  /** The first successor that is linked (or can be linked now); dead ones are dropped. */
  async #liveSuccessor(): Promise<PeerId | undefined> {
    for (const candidate of [...this.#ctx.ring.successors]) {
      if (this.#ctx.isLinked(candidate)) return candidate;
      try {
        await this.#connect(candidate);
        return candidate;
      } catch {
        this.#dropSuccessor(candidate);
      }
    }
    return undefined;
  }

  /** Ask any linked neighbour for our successor (Chord's join). */
  async #join(): Promise<void> {
    const links = this.#ctx.deps.links();
    if (this.#joining || links.length === 0) return;
    this.#joining = true;
    try {
      const via = links[Math.floor(this.#ctx.deps.random() * links.length)];
      if (via === undefined) return;
      const r = await this.#router.request(DHT_OP.findSuccessor, this.#ctx.deps.selfId, undefined, via, false);
      if (r.code !== undefined) return;
      if (r.node === this.#ctx.deps.selfId) {
        // Still the successor of its own id in others' tables: it lost every successor rather than
        // being new, so a lookup of itself ends at itself. Start from the nearest linked node.
        this.#setSuccessors(this.#nearestLinked());
        return;
      }
      this.#setSuccessors([r.node]);
      this.#link(r.node);
      this.#ctx.send(r.node, { kind: 'dhtNotify' });
      // SplitNode: the successor hands over the keys that are now ours.
      void this.#router.request(DHT_OP.split, this.#ctx.deps.selfId, undefined, r.node);
    } finally {
      this.#joining = false;
    }
  }

  #query(to: PeerId): Promise<DhtMessageOf<'dhtRing'> | undefined> {
    const rid = this.#nextRid++;
    const answer = this.#queries.wait(rid, this.#ctx.config.requestTimeoutMs).catch(() => undefined);
    // Unsent is unanswered: an empty answer would cut the successor list down to one.
    if (!this.#ctx.send(to, { kind: 'dhtRingQuery', rid })) this.#queries.settle(rid, undefined);
    return answer;
  }


  #setSuccessors(list: PeerId[]): void {
    const self = this.#ctx.deps.selfId;
    const ordered = sortClockwise(self, list.filter((id) => id !== self)).slice(0, this.#ctx.config.successors);
    const ring = this.#ctx.ring;
    if (ordered.join() !== ring.successors.join()) {
      ring.successors = ordered;
      this.#ctx.changed();
    }
    // Replicas travel down the successor chain, so only the first successor needs a link.
    const first = ring.successors[0];
    if (first !== undefined) this.#link(first);
  }

  /** The linked node nearest clockwise: a successor to start from when none is left. */
  #nearestLinked(): PeerId[] {
    return sortClockwise(this.#ctx.deps.selfId, this.#ctx.deps.links()).slice(0, 1);
  }

  #dropSuccessor(id: PeerId): void {
    const ring = this.#ctx.ring;
    ring.successors = ring.successors.filter((s) => s !== id);
    for (const [i, node] of ring.fingers) if (node === id) ring.fingers.delete(i);
    this.#ctx.changed();
  }

  /** Whether `id` is linked, connecting first if need be. */
  async #linkNow(id: PeerId): Promise<boolean> {
    if (this.#ctx.isLinked(id)) return true;
    return this.#connect(id).then(
      () => true,
      () => false,
    );
  }

  #link(id: PeerId): void {
    if (id === this.#ctx.deps.selfId || this.#ctx.isLinked(id)) return;
    this.#connect(id).catch(() => undefined);
  }

  /** Every link the ring asks for is remembered, so it can be closed once nothing needs it. */
  #connect(id: PeerId): Promise<void> {
    this.#dialed.add(id);
    return this.#ctx.connect(id);
  }

  /**
   * Closes links this node opened for the ring (a finger, a successor of the moment) that are no
   * longer its successor, predecessor or finger: without this, every link made while the ring
   * formed or changed stays, and tab degrees creep towards the caps.
   */
  trimLinks(): void {
    const ring = this.#ctx.ring;
    const wanted = new Set<PeerId>([...ring.successors, ...ring.fingers.values()]);
    if (ring.predecessor !== undefined) wanted.add(ring.predecessor);
    let closed = 0;
    for (const id of [...this.#dialed]) {
      if (wanted.has(id)) continue;
      if (!this.#ctx.isLinked(id)) {
        this.#dialed.delete(id);
        continue;
      }
      if (closed >= MAX_TRIMS_PER_ROUND || this.#ctx.deps.links().length <= MIN_LINKS_TO_TRIM) return;
      this.#dialed.delete(id);
      this.#ctx.deps.disconnect?.(id);
      closed++;
    }
  }
}
