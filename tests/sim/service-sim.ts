/**
 * An in-process network of nodes each running a list of services (the same code a tab runs) on
 * a SimPort, joined by in-process links with latency on a virtual clock. Messages go through
 * their registry's codec when `encode` is set. Nodes can leave (services stopped in reverse while
 * the links still carry their goodbyes) or crash (everything dropped at once, no goodbye).
 */
import type { Random } from '../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import type { Service } from '../../web/src/node/service.ts';
import type { Registry } from '../../web/src/node/wire/registry.ts';
import { seededRandom } from '../support/random.ts';
import { SimPort, type AnyServiceMessage } from '../support/sim-port.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { simPeerId } from './gossip-sim.ts';

export interface ServiceSimOptions {
  seed?: number;
  /** One-way delay; default uniform 5–30 ms. */
  latencyMs?: (random: Random) => number;
  encode?: boolean;
  /** Virtual-clock timers fired per event-loop turn (large simulations with no real I/O). */
  timersPerTurn?: number;
  /** The virtual clock's start, ms since the epoch. */
  startMs?: number;
}

export interface ServiceSimNode {
  index: number;
  id: PeerId;
  port: SimPort;
  services: Service[];
  alive: boolean;
  links: Set<PeerId>;
}

export class ServiceSim {
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly nodes: ServiceSimNode[] = [];
  /** Messages handed to a link, by kind. */
  readonly sent = new Map<string, number>();
  readonly #byId = new Map<PeerId, ServiceSimNode>();
  readonly #o: ServiceSimOptions;

  constructor(options: ServiceSimOptions = {}) {
    this.#o = options;
    this.random = seededRandom(options.seed ?? 1);
    this.clock = new VirtualClock(options.startMs, { timersPerTurn: options.timersPerTurn ?? 64 });
  }

  /** A node whose services `make` builds (they are attached here), started. */
  async add(make: (id: PeerId, port: SimPort) => Service[]): Promise<ServiceSimNode> {
    const index = this.nodes.length;
    const id = simPeerId(index + 1);
    const node: ServiceSimNode = { index, id, alive: true, links: new Set(), services: [], port: undefined as unknown as SimPort };
    node.port = new SimPort({
      id,
      clock: this.clock,
      random: this.random,
      links: () => [...node.links],
      send: (to, msg, registry) => this.#send(node, to, msg, registry),
      connect: (to) => this.#connect(node, to),
      release: () => undefined,
      peer: (peerId) => {
        const other = this.#byId.get(peerId);
        return other ? { id: peerId, roles: [], linked: node.links.has(peerId), latencyMs: 10, neighbours: other.links } : undefined;
      },
    });
    this.nodes.push(node);
    this.#byId.set(id, node);
    node.services = make(id, node.port);
    for (const service of node.services) service.attach(node.port);
    for (const service of node.services) await this.settle(Promise.resolve(service.start()));
    return node;
  }

  node(id: PeerId): ServiceSimNode | undefined {
    return this.#byId.get(id);
  }

  live(): ServiceSimNode[] {
    return this.nodes.filter((n) => n.alive);
  }

  link(a: ServiceSimNode, b: ServiceSimNode): void {
    if (a === b || !a.alive || !b.alive) return;
    const fresh = !a.links.has(b.id);
    a.links.add(b.id);
    b.links.add(a.id);
    if (fresh) {
      a.port.linkChanged(b.id, true);
      b.port.linkChanged(a.id, true);
    }
  }

  unlink(a: ServiceSimNode, b: ServiceSimNode): void {
    if (!a.links.delete(b.id)) return;
    b.links.delete(a.id);
    a.port.linkChanged(b.id, false);
    b.port.linkChanged(a.id, false);
  }

  /** Every live node linked to `k` random others. */
  randomGraph(k: number): void {
    const live = this.live();
    for (const a of live) for (let i = 0; i < k; i++) this.link(a, live[Math.floor(this.random() * live.length)] as ServiceSimNode);
  }

  /** A graceful leave: services stop in reverse while the links carry their goodbyes, then the links close. */
  async leave(node: ServiceSimNode): Promise<void> {
    for (const service of [...node.services].reverse()) await this.settle(Promise.resolve(service.stop()));
    await this.clock.advance(200);
    this.#drop(node);
  }

  /** A crash: links gone at once, nothing sent; the services' timers end too. */
  crash(node: ServiceSimNode): void {
    this.#drop(node);
    for (const service of node.services) void Promise.resolve(service.stop()).catch(() => undefined);
  }

  /** Runs the clock until `promise` settles (at most `maxMs` virtual ms), then settles as it did. */
  async settle<T>(promise: Promise<T>, maxMs = 120_000): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    promise.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    await this.clock.runUntil(() => outcome !== undefined, maxMs, 10);
    const settled = outcome as { ok: true; value: T } | { ok: false; error: unknown };
    if (!settled.ok) throw settled.error;
    return settled.value;
  }

  #drop(node: ServiceSimNode): void {
    node.alive = false;
    for (const other of [...node.links]) {
      const peer = this.#byId.get(other);
      if (peer) this.unlink(node, peer);
    }
  }

  #send(from: ServiceSimNode, to: PeerId, msg: AnyServiceMessage, registry: Registry): void {
    const target = this.#byId.get(to);
    if (!from.alive || !target || !from.links.has(to)) throw new TabmeshError('closed', 'no open link');
    this.sent.set(msg.kind, (this.sent.get(msg.kind) ?? 0) + 1);
    const payload = this.#o.encode ? registry.encode(msg as never) : msg;
    const delay = this.#o.latencyMs?.(this.random) ?? 5 + this.random() * 25;
    this.clock.setTimeout(() => {
      if (!target.alive || !target.links.has(from.id)) return;
      target.port.deliver({ remoteId: from.id, reportMalformed: () => undefined }, payload);
    }, delay);
  }

  #connect(from: ServiceSimNode, to: PeerId): Promise<void> {
    if (from.links.has(to)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.clock.setTimeout(() => {
        const target = this.#byId.get(to);
        if (!from.alive || !target?.alive) return reject(new TabmeshError('timeout', 'peer unreachable'));
        this.link(from, target);
        resolve();
      }, 40);
    });
  }
}
