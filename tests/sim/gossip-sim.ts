/**
 * An in-process gossip network for unit tests, simulations and the benchmark: N GossipServices
 * (the same code a tab runs) joined by direct in-process links with latency on a virtual clock.
 * Messages may round-trip through the wire codec (`encode`), so what is simulated is what a
 * data channel would carry. Counts every message by kind and every full rumour sent, per id.
 */
import type { Clock, Random } from '../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import { createGossip } from '../../web/src/node/gossip/service.ts';
import type { Notification } from '../../web/src/node/gossip/api.ts';
import { rumorIdHex } from '../../web/src/node/gossip/rumor-id.ts';
import { GOSSIP_MESSAGES, type GossipKind, type GossipMessage } from '../../web/src/node/gossip/messages.ts';
import { gossipConfig, type GossipConfig, type GossipOptions, type GossipService } from '../../web/src/node/gossip/types.ts';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import type { ServiceLink } from '../../web/src/node/service.ts';
import { SimPort } from '../support/sim-port.ts';
import { simSigner, simVerify } from '../support/sim-signer.ts';
import { seededRandom } from '../support/random.ts';
import { VirtualClock } from '../support/virtual-clock.ts';

/** A clock the simulation can run forward. */
export interface RunnableClock extends Clock {
  advance(ms: number): Promise<void>;
  runUntil(done: () => boolean, maxMs: number, stepMs?: number): Promise<number>;
}

export interface GossipSimOptions {
  seed?: number;
  /** A fresh VirtualClock by default. */
  clock?: RunnableClock;
  /** One-way delay of a message; default uniform 10–60 ms. */
  latencyMs?: (from: number, to: number, random: Random) => number;
  /** Round-trip every message through encodeMessage / decodeMessage. */
  encode?: boolean;
  gossip?: GossipOptions;
  /** Sees every message handed to send() on an open link. */
  onSend?: (from: number, to: number, msg: GossipMessage) => void;
}

export interface SimNode {
  index: number;
  id: PeerId;
  gossip: GossipService;
  gossipConfig: GossipConfig;
  alive: boolean;
  links: Set<number>;
  port: SimPort;
  /** reportMalformed() calls made by this node's gossip, per sending node. */
  malformed: Map<number, number>;
}

export class GossipSim {
  readonly clock: RunnableClock;
  readonly random: Random;
  readonly nodes: SimNode[] = [];
  /** Messages handed to send(), by kind. */
  readonly sent = new Map<GossipKind, number>();
  /** Full rumours sent, by rumour id (hex). */
  readonly rumorSends = new Map<string, number>();
  /** messageId → node index → virtual ms of its first notification. */
  readonly arrivals = new Map<string, Map<number, number>>();
  readonly #byId = new Map<PeerId, SimNode>();
  readonly #o: GossipSimOptions;

  constructor(options: GossipSimOptions = {}) {
    this.#o = options;
    this.random = seededRandom(options.seed ?? 1);
    this.clock = options.clock ?? new VirtualClock();
  }

  /** Adds n nodes (not started, not linked); `gossip` overrides the simulation's options for these. */
  addNodes(n: number, gossip?: GossipOptions): SimNode[] {
    const added: SimNode[] = [];
    for (let i = 0; i < n; i++) added.push(this.#addNode({ ...this.#o.gossip, ...gossip }));
    return added;
  }

  link(a: number, b: number): void {
    if (a === b) return;
    this.#node(a).links.add(b);
    this.#node(b).links.add(a);
  }

  unlink(a: number, b: number): void {
    this.#node(a).links.delete(b);
    this.#node(b).links.delete(a);
  }

  /** Each node links to `half` random others: a random graph of mean degree 2 × half. */
  randomGraph(half: number, among: readonly number[] = this.nodes.map((n) => n.index)): void {
    for (const a of among) {
      for (let k = 0; k < half; k++) {
        const b = among[Math.floor(this.random() * among.length)] as number;
        this.link(a, b);
      }
    }
  }

  startAll(): void {
    for (const node of this.nodes) if (node.alive) node.gossip.start();
  }

  /**
   * A crash: the node stops. Its links close (as once neighbours notice), or with `silent` stay
   * listed by the neighbours, which lose whatever they send it (before probes notice).
   */
  kill(index: number, options: { silent?: boolean } = {}): void {
    const node = this.#node(index);
    node.alive = false;
    node.gossip.stop();
    if (!options.silent) for (const other of [...node.links]) this.unlink(index, other);
  }

  /** Every live node subscribes to `dataType`, recording arrivals and validating (true) at once. */
  subscribeAll(dataType: number, validate = true): void {
    for (const node of this.nodes) if (node.alive) this.subscribe(node.index, dataType, validate);
  }

  subscribe(index: number, dataType: number, validate = true): void {
    const node = this.#node(index);
    node.gossip.subscribe(dataType, (n: Notification) => {
      this.#arrival(n.messageId, index);
      if (validate) node.gossip.validate(n.id, true);
    });
  }

  covered(messageId: string): number {
    return this.arrivals.get(messageId)?.size ?? 0;
  }

  /** Live nodes reachable from `from` over open links. */
  reachable(from: number): Set<number> {
    const seen = new Set<number>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const at = this.#node(stack.pop() as number);
      if (!at.alive) continue;
      for (const next of at.links) {
        if (!seen.has(next) && this.#node(next).alive) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen;
  }

  /** Sends a raw message as if from node `from` over its link to `to` (tests of hostile input). */
  inject(from: number, to: number, msg: GossipMessage): void {
    this.#send(from, this.#node(to).id, msg);
  }

  count(kind: GossipKind): number {
    return this.sent.get(kind) ?? 0;
  }

  #addNode(options: GossipOptions): SimNode {
    const index = this.nodes.length;
    const id = simPeerId(index);
    const port = new SimPort({
      id,
      clock: this.clock,
      random: this.random,
      links: () => [...node.links].map((i) => this.#node(i).id),
      send: (to, msg) => this.#send(index, to, msg as GossipMessage),
    });
    const gossip = createGossip({ signer: simSigner(id), verify: simVerify, ...options });
    gossip.attach(port);
    const node: SimNode = { index, id, gossipConfig: gossipConfig(options), alive: true, links: new Set(), port, malformed: new Map(), gossip };
    this.nodes.push(node);
    this.#byId.set(id, node);
    return node;
  }

  #send(from: number, to: PeerId, msg: GossipMessage): void {
    const target = this.#byId.get(to);
    if (!target || !this.#node(from).links.has(target.index) || !target.links.has(from)) throw new TabmeshError('closed', 'no open link');
    this.sent.set(msg.kind, (this.sent.get(msg.kind) ?? 0) + 1);
    this.#o.onSend?.(from, target.index, msg);
    if (msg.kind === 'rumor') {
      const key = rumorIdHex(msg.id);
      this.rumorSends.set(key, (this.rumorSends.get(key) ?? 0) + 1);
    }
    const payload: GossipMessage | Uint8Array = this.#o.encode ? GOSSIP_MESSAGES.encode(msg) : msg;
    const delay = this.#o.latencyMs?.(from, target.index, this.random) ?? 10 + this.random() * 50;
    this.clock.setTimeout(() => this.#deliver(from, target, payload), delay);
  }

  #deliver(from: number, target: SimNode, payload: GossipMessage | Uint8Array): void {
    if (!target.alive || !target.links.has(from)) return;
    const link: ServiceLink = {
      remoteId: this.#node(from).id,
      reportMalformed: () => target.malformed.set(from, (target.malformed.get(from) ?? 0) + 1),
    };
    target.port.deliver(link, payload);
  }

  #arrival(messageId: string, index: number): void {
    let map = this.arrivals.get(messageId);
    if (!map) {
      map = new Map();
      this.arrivals.set(messageId, map);
    }
    if (!map.has(index)) map.set(index, this.clock.now());
  }

  #node(index: number): SimNode {
    const node = this.nodes[index];
    if (!node) throw new Error(`no node ${index}`);
    return node;
  }
}

export interface SpreadResult {
  messageId: string;
  /** Live nodes reachable from the origin: the ones that should be covered. */
  target: number;
  covered: number;
  /** Virtual ms from the announce to the last target covered (or to the give-up time). */
  ms: number;
  /** ms in anti-entropy rounds, rounded up. */
  rounds: number;
  /** Full rumour transmissions (eager pushes + iwant answers) per target node. */
  transmissionsPerNode: number;
  /** Copies received and dropped as already seen, per target node. */
  duplicatesPerNode: number;
}

/**
 * Announces one rumour of `dataType` at `origin` (nodes should already subscribe and validate,
 * see subscribeAll) and runs the clock until every live node reachable from the origin has it,
 * or `maxMs` passed.
 */
export async function measureSpread(sim: GossipSim, origin: number, dataType: number, maxMs = 120_000): Promise<SpreadResult> {
  const targets = sim.reachable(origin);
  const live = sim.nodes.filter((n) => n.alive);
  const duplicates = (): number => live.reduce((sum, n) => sum + n.gossip.stats().duplicates, 0);
  const duplicatesBefore = duplicates();
  const start = sim.clock.now();
  const messageId = (sim.nodes[origin] as SimNode).gossip.announce(0, dataType, new Uint8Array(64));
  const coveredTargets = (): number => [...(sim.arrivals.get(messageId)?.keys() ?? [])].filter((i) => targets.has(i)).length;
  try {
    await sim.clock.runUntil(() => coveredTargets() >= targets.size, maxMs, 50);
  } catch {
    // reported as partial coverage
  }
  const arrivals = [...(sim.arrivals.get(messageId)?.values() ?? [])];
  const covered = coveredTargets();
  const ms = covered >= targets.size ? Math.max(0, ...arrivals.map((t) => t - start)) : sim.clock.now() - start;
  const interval = (sim.nodes[origin] as SimNode).gossipConfig.antiEntropyIntervalMs;
  return {
    messageId,
    target: targets.size,
    covered,
    ms,
    rounds: Math.ceil(ms / interval),
    transmissionsPerNode: (sim.rumorSends.get(messageId) ?? 0) / targets.size,
    duplicatesPerNode: (duplicates() - duplicatesBefore) / targets.size,
  };
}

/** A deterministic, well-formed peer id (64 hex characters) for node `index`. */
export function simPeerId(index: number): PeerId {
  return index.toString(16).padStart(8, '0').repeat(8);
}
