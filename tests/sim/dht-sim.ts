/**
 * An in-process Chord network for unit tests, simulations and the benchmark: N DHT services (the
 * same code a tab runs) over in-process links with latency on a virtual clock. connect() opens a
 * link to any live node after one round trip, as a signaled WebRTC link would. Messages may
 * round-trip through the wire codec (`encode`). Records are signed with a cheap stand-in scheme
 * (the real secp256k1 signer is tested on its own) so that 10 000 nodes fit in one process.
 */
import type { Random } from '../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import { createDht, type DhtNode } from '../../web/src/node/dht/service.ts';
import { memoryDhtStorage } from '../../web/src/node/dht/store.ts';
import { DHT_MESSAGES, type DhtKind, type DhtMessage } from '../../web/src/node/dht/messages.ts';
import type { DhtOptions } from '../../web/src/node/dht/types.ts';
import { simSigner, simVerify } from '../support/sim-signer.ts';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import { seededRandom } from '../support/random.ts';
import { SimPort } from '../support/sim-port.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import type { RunnableClock } from './gossip-sim.ts';

/** No real I/O runs beside the simulation, so the clock fires many timers per event-loop turn (see VirtualClock). */
const SIM_TIMERS_PER_TURN = 512;

/** Longer than any default one-way delay (10–60 ms). */
const LEAVE_FLUSH_MS = 200;

export interface DhtSimOptions {
  seed?: number;
  clock?: RunnableClock;
  /** One-way delay; default uniform 10–60 ms. */
  latencyMs?: (random: Random) => number;
  /** How long connect() takes to open a link; default one round trip. Signaled WebRTC links take seconds. */
  connectMs?: (random: Random) => number;
  encode?: boolean;
  dht?: DhtOptions;
}

export interface DhtSimNode {
  id: PeerId;
  dht: DhtNode;
  alive: boolean;
  links: Set<PeerId>;
  port: SimPort;
}

export { simSigner, simVerify };

export class DhtSim {
  readonly clock: RunnableClock;
  readonly random: Random;
  readonly nodes = new Map<PeerId, DhtSimNode>();
  readonly sent = new Map<DhtKind, number>();
  readonly #o: DhtSimOptions;
  #sortedLive: readonly PeerId[] | undefined;

  constructor(options: DhtSimOptions = {}) {
    this.#o = options;
    this.random = seededRandom(options.seed ?? 1);
    this.clock = options.clock ?? new VirtualClock(undefined, { timersPerTurn: SIM_TIMERS_PER_TURN });
  }

  /** A node (a random id unless given), linked to up to `bootstrapLinks` random live nodes, started. */
  addNode(bootstrapLinks = 3, id: PeerId = this.#randomId()): DhtSimNode {
    if (this.nodes.has(id)) throw new TabmeshError('bad-id', `node ${id.slice(0, 8)} exists`);
    const port = new SimPort({
      id,
      clock: this.clock,
      random: this.random,
      links: () => [...node.links],
      send: (to, msg) => this.#send(node, to, msg as DhtMessage),
      connect: (to) => this.#connect(node, to),
      release: (to) => {
        const other = this.nodes.get(to);
        if (other) this.unlink(node, other);
      },
    });
    const dht = createDht({ storage: memoryDhtStorage(), signer: simSigner(id), verify: simVerify, ...this.#o.dht });
    dht.attach(port);
    const node: DhtSimNode = { id, alive: true, links: new Set(), port, dht };
    const live = this.live();
    for (let k = 0; k < Math.min(bootstrapLinks, live.length); k++) {
      const other = live[Math.floor(this.random() * live.length)] as DhtSimNode;
      this.link(node, other);
    }
    this.nodes.set(id, node);
    this.#sortedLive = undefined;
    void node.dht.start();
    return node;
  }

  /** Adds `n` nodes `gapMs` apart, then runs until the ring is correct; returns the virtual ms that took. */
  async form(n: number, gapMs: number, maxMs = 600_000): Promise<number> {
    const started = this.clock.now();
    for (let i = 0; i < n; i++) {
      this.addNode();
      await this.clock.advance(gapMs);
    }
    await this.clock.runUntil(() => this.ringIsCorrect(), maxMs, 1000);
    return this.clock.now() - started;
  }

  /** Runs the clock until `promise` settles (at most `maxMs` virtual ms), then settles as it did. */
  async settle<T>(promise: Promise<T>, maxMs = 120_000): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    promise.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    await this.clock.runUntil(() => outcome !== undefined, maxMs, 50);
    const settled = outcome as { ok: true; value: T } | { ok: false; error: unknown };
    if (!settled.ok) throw settled.error;
    return settled.value;
  }

  live(): DhtSimNode[] {
    return [...this.nodes.values()].filter((n) => n.alive);
  }

  link(a: DhtSimNode, b: DhtSimNode): void {
    if (a === b) return;
    a.links.add(b.id);
    b.links.add(a.id);
  }

  unlink(a: DhtSimNode, b: DhtSimNode): void {
    a.links.delete(b.id);
    b.links.delete(a.id);
  }

  /** A crash: links drop at once (as the node's neighbours notice the closed channels). */
  kill(node: DhtSimNode): void {
    node.alive = false;
    this.#sortedLive = undefined;
    for (const other of node.links) this.nodes.get(other)?.links.delete(node.id);
    node.links.clear();
    // Only to end its timers: with no link left and alive false, the leave it attempts sends nothing.
    void node.dht.stop();
  }

  /** A graceful leave; the links close once what it sent last (its dhtLeave) has arrived. */
  async leave(node: DhtSimNode): Promise<void> {
    await this.settle(node.dht.stop(), 30_000);
    await this.clock.advance(LEAVE_FLUSH_MS);
    this.kill(node);
  }

  /** The true successor of `key` among live nodes. */
  successorOf(key: string): PeerId {
    const ids = this.#liveIds();
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ids[mid] as PeerId) < key) lo = mid + 1;
      else hi = mid;
    }
    return ids[lo] ?? (ids[0] as PeerId);
  }

  /** Every live node's first successor is the next live id clockwise. */
  ringIsCorrect(): boolean {
    const ids = this.#liveIds();
    return ids.every((id, i) => this.nodes.get(id)?.dht.ring().successors[0] === ids[(i + 1) % ids.length]);
  }

  /** Live ids in ring order, cached until a node is added or dies. */
  #liveIds(): readonly PeerId[] {
    this.#sortedLive ??= this.live().map((n) => n.id).sort();
    return this.#sortedLive;
  }

  count(kind: DhtKind): number {
    return this.sent.get(kind) ?? 0;
  }

  #send(from: DhtSimNode, to: PeerId, msg: DhtMessage): void {
    if (!from.alive || !from.links.has(to)) throw new TabmeshError('unknown-peer', 'no link');
    this.sent.set(msg.kind, (this.sent.get(msg.kind) ?? 0) + 1);
    const payload: DhtMessage | Uint8Array = this.#o.encode ? DHT_MESSAGES.encode(msg) : msg;
    this.clock.setTimeout(() => {
      const target = this.nodes.get(to);
      if (!target?.alive || !target.links.has(from.id)) return;
      target.port.deliver({ remoteId: from.id, reportMalformed: () => undefined }, payload);
    }, this.#latency());
  }

  #connect(from: DhtSimNode, to: PeerId): Promise<void> {
    return new Promise((resolve, reject) => {
      this.clock.setTimeout(() => {
        const target = this.nodes.get(to);
        if (!from.alive || !target?.alive) return reject(new TabmeshError('timeout', 'peer unreachable'));
        this.link(from, target);
        resolve();
      }, this.#o.connectMs ? this.#o.connectMs(this.random) : 2 * this.#latency());
    });
  }

  #latency(): number {
    return this.#o.latencyMs ? this.#o.latencyMs(this.random) : 10 + this.random() * 50;
  }

  #randomId(): PeerId {
    let hex = '';
    for (let i = 0; i < 8; i++) hex += Math.floor(this.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
    return hex;
  }
}
