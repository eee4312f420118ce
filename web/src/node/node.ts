/**
 * A Tabmesh node: identity, peer table, connection manager, probes and throughput tests over the
 * peer-layer messages, and the services a host lists on it (service.ts). Host-specific parts
 * (connector, discovery, storage, clock) are passed in, so the same node runs in a tab, in Node
 * and in the in-process simulator. It implements the public API the UI and `window.tabmesh` use.
 */
import type { NodeApi, NodeStatus, NodeState } from './node-api.ts';
import type { NetworkGraph, PeerRow, ThroughputResult } from './peers/types.ts';
import { systemClock, type Clock, type Random } from './base/clock.ts';
import { TabmeshError } from './base/errors.ts';
import { withTimeout } from './base/timeout.ts';
import { PeriodicTasks } from './base/periodic.ts';
import { ConnectionManager } from './peers/connection-manager.ts';
import {
  PERSIST_INTERVAL_MS,
  PROBE_INTERVAL_MS,
  PROBE_TIMEOUT_MS,
  TABLE_EXCHANGE_INTERVAL_MS,
  THROUGHPUT_INTERVAL_MS,
  THROUGHPUT_PERIODIC_BYTES,
} from './peers/constants.ts';
import type { Identity } from './peers/identity.ts';
import type { PeerId } from './base/peer-id.ts';
import { latencyMs, PeerTable } from './peers/peer-table.ts';
import { PeerProtocol, type ProtocolStats } from './peers/peer-protocol.ts';
import type { PeerView, Service, ServicePort, ServiceState } from './service.ts';
import { Pinger } from './peers/pinger.ts';
import { memoryStorage, type Discovery, type NodeStorage } from './peers/ports.ts';
import { type Connector } from './transport/types.ts';
import { DEFAULT_TAB_ROLES, type Role } from './peers/roles.ts';
import { ThroughputService } from './peers/throughput.ts';
import type { Link } from './transport/types.ts';

/** Peers asked of the signaling server per bootstrap. */
const BOOTSTRAP_SAMPLE = 16;
/** Bootstraps are asked at most this often when the node runs short of candidates. */
const BOOTSTRAP_MIN_INTERVAL_MS = 3_000;
/** Each service gets this long to stop (a DHT hands its records over) before the node goes on. */
export const SERVICE_STOP_BOUND_MS = 3_000;

/** The node's own lifecycle, like its services': the timers exist only while it runs. */
type Run = { state: 'created' } | { state: 'running'; tasks: PeriodicTasks } | { state: 'stopped' };

export interface StopOptions {
  /**
   * How long each service may take to stop (default SERVICE_STOP_BOUND_MS). 0 stops everything
   * synchronously without waiting — for a closing page, which may not run another task.
   */
  serviceBoundMs?: number;
}

export interface TabmeshNodeOptions {
  identity: Identity;
  connector: Connector;
  discovery?: Discovery;
  storage?: NodeStorage;
  clock?: Clock;
  random?: Random;
  roles?: Role[];
  slot?: number;
  targetDegree?: number;
  maxDegree?: number;
  /** Periodic throughput tests (on by default; off in large simulations). */
  periodicThroughput?: boolean;
  /** Told when a service fails to stop, or takes longer than its bound (the node goes on). */
  onServiceError?: (service: string, error: unknown) => void;
}

export class TabmeshNode implements NodeApi {
  readonly id: PeerId;
  readonly table: PeerTable;
  readonly manager: ConnectionManager;
  readonly #o: TabmeshNodeOptions;
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #storage: NodeStorage;
  readonly #pinger: Pinger;
  readonly #throughput: ThroughputService;
  readonly #protocol: PeerProtocol;
  readonly #listeners = new Set<() => void>();
  readonly #candidateSources = new Set<() => PeerId[]>();
  readonly #linkListeners = new Set<(id: PeerId, open: boolean) => void>();
  readonly #services: Service[] = [];
  readonly #port: ServicePort;
  #roles: Role[];
  #run: Run = { state: 'created' };
  #state: NodeState = 'starting';
  #stopping: Promise<void> | undefined;
  #error: string | undefined;
  #startedAt: number;
  #lastBootstrap = Number.NEGATIVE_INFINITY;

  constructor(options: TabmeshNodeOptions) {
    this.#o = options;
    this.id = options.identity.id;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#storage = options.storage ?? memoryStorage();
    this.#roles = [...(options.roles ?? DEFAULT_TAB_ROLES)];
    this.#startedAt = this.#clock.now();
    this.table = new PeerTable(this.id);
    this.#pinger = new Pinger(this.#clock, this.#random);
    this.#throughput = new ThroughputService(this.#clock, this.#random);
    this.#protocol = new PeerProtocol({
      clock: this.#clock,
      table: this.table,
      pinger: this.#pinger,
      throughput: this.#throughput,
      roles: () => this.#roles,
      startedAt: () => this.#startedAt,
      isLinked: (id) => this.manager.link(id) !== undefined,
      changed: () => this.#emit(),
      kick: () => this.manager.kick(),
    });
    this.manager = new ConnectionManager({
      selfId: this.id,
      clock: this.#clock,
      random: this.#random,
      ...(options.targetDegree !== undefined && { targetDegree: options.targetDegree }),
      ...(options.maxDegree !== undefined && { maxDegree: options.maxDegree }),
      dial: (id, signal) => options.connector.dial(id, signal),
      candidates: () => this.#candidates(),
      onLinkOpen: (link) => this.#onLinkOpen(link),
      onLinkClosed: (link) => this.#onLinkClosed(link),
      onStarved: () => void this.#bootstrap(),
    });
    this.#port = this.#createPort();
  }

  /** created, running or stopped, like a service's; status().state says more (online, error). */
  get lifecycle(): ServiceState {
    return this.#run.state;
  }

  /**
   * Adds a service: its handlers are registered at once, it starts with the node (in the order
   * services were added) and stops before it (in reverse). Only before start().
   */
  use<S extends Service>(service: S): S {
    if (this.#run.state !== 'created') throw new TabmeshError('closed', `${service.name}: services are added before the node starts`);
    service.attach(this.#port);
    this.#services.push(service);
    return service;
  }

  async start(): Promise<void> {
    if (this.#run.state !== 'created') throw new TabmeshError('closed', 'a node starts once');
    this.#startedAt = this.#clock.now();
    const tasks = new PeriodicTasks(this.#clock, this.#random);
    this.#run = { state: 'running', tasks };
    // Before the first link opens, so a service's messages are handled from the first frame.
    for (const service of this.#services) await service.start();
    const saved = await this.#storage.loadPeerTable().catch(() => undefined);
    if (saved) this.table.restore(saved, this.#clock.now());
    this.#o.connector.listen(
      (from) => this.manager.shouldAccept(from),
      (link) => this.manager.adopt(link),
    );
    this.#o.discovery?.onStateChange(() => {
      if (this.#o.discovery?.state === 'registered') void this.#bootstrap(true);
      this.#emit();
    });
    tasks.add('probe', PROBE_INTERVAL_MS, () => this.#probeAll(), PROBE_INTERVAL_MS / 5);
    tasks.add('table', TABLE_EXCHANGE_INTERVAL_MS, () => this.#exchangeTables());
    tasks.add('persist', PERSIST_INTERVAL_MS, () => this.#storage.savePeerTable(this.table.snapshot()));
    if (this.#o.periodicThroughput ?? true) tasks.add('throughput', THROUGHPUT_INTERVAL_MS, () => this.#measureOne());
    this.manager.start();
    this.#state = 'online';
    await this.#bootstrap(true);
    this.#emit();
  }

  /**
   * Leave cleanly: services stop in reverse order (each within a bound, while the links still
   * carry their goodbyes), then neighbours get a bye and drop us at once instead of waiting for
   * probes. Idempotent.
   */
  stop(options: StopOptions = {}): Promise<void> {
    if (this.#stopping) return this.#stopping;
    const bound = options.serviceBoundMs ?? SERVICE_STOP_BOUND_MS;
    const services = [...this.#services].reverse();
    if (bound <= 0) {
      for (const service of services) {
        try {
          void Promise.resolve(service.stop()).catch((error: unknown) => this.#o.onServiceError?.(service.name, error));
        } catch (error) {
          // a service that fails to stop must not keep the node up
          this.#o.onServiceError?.(service.name, error);
        }
      }
      this.#leave();
      this.#stopping = Promise.resolve();
    } else {
      this.#stopping = (async () => {
        for (const service of services) {
          await withTimeout(this.#clock, bound, async () => service.stop(), { message: `${service.name} took longer than ${bound} ms to stop` }).catch(
            (error: unknown) => this.#o.onServiceError?.(service.name, error),
          );
        }
        this.#leave();
      })();
    }
    return this.#stopping;
  }

  #leave(): void {
    const run = this.#run;
    this.#run = { state: 'stopped' };
    this.#state = 'stopped';
    for (const link of this.manager.links()) this.#protocol.sendBye(link);
    if (run.state === 'running') run.tasks.stop();
    this.#pinger.cancelAll();
    this.manager.stop();
    this.#o.connector.close();
    this.#o.discovery?.close();
    void this.#storage.savePeerTable(this.table.snapshot()).catch(() => undefined);
    this.#emit();
  }

  fail(message: string): void {
    this.#state = 'error';
    this.#error = message;
    this.#emit();
  }

  // ---- NodeApi ----

  status(): NodeStatus {
    const now = this.#clock.now();
    const status: NodeStatus = {
      id: this.id,
      roles: [...this.#roles],
      state: this.#state,
      signaling: this.#o.discovery?.state ?? 'disconnected',
      degree: this.manager.degree,
      targetDegree: this.manager.targetDegree,
      maxDegree: this.manager.maxDegree,
      startedAt: this.#startedAt,
      uptimeMs: now - this.#startedAt,
      slot: this.#o.slot ?? 0,
    };
    if (this.#error !== undefined) status.error = this.#error;
    return status;
  }

  peers(): PeerRow[] {
    return this.table.rows((id) => (this.manager.link(id) ? 'open' : this.manager.isDialing(id) ? 'connecting' : 'none'));
  }

  graph(): NetworkGraph {
    const nodes = [{ id: this.id, roles: [...this.#roles], self: true }];
    for (const entry of this.table.entries()) nodes.push({ id: entry.id, roles: entry.roles, self: false });
    const links: NetworkGraph['links'] = this.manager.links().map((link) => {
      const srtt = this.table.get(link.remoteId)?.srttMs;
      return srtt === undefined ? { a: this.id, b: link.remoteId } : { a: this.id, b: link.remoteId, rttMs: srtt };
    });
    const known = new Set(nodes.map((n) => n.id));
    for (const l of this.table.reportedLinks()) if (known.has(l.a) && known.has(l.b) && l.a !== this.id && l.b !== this.id) links.push(l);
    return { nodes, links };
  }

  async connect(id: PeerId): Promise<void> {
    await this.manager.connect(id);
  }

  disconnect(id: PeerId): void {
    const link = this.manager.link(id);
    if (!link) return;
    this.#protocol.sendBye(link);
    link.close('closed');
  }

  async ping(id: PeerId): Promise<number> {
    const rtt = await this.#pinger.ping(this.#requireLink(id), PROBE_TIMEOUT_MS);
    this.table.recordRtt(id, rtt, this.#clock.now());
    this.#emit();
    return rtt;
  }

  async measureThroughput(id: PeerId, options?: { bytes?: number }): Promise<ThroughputResult> {
    const result = await this.#throughput.measure(this.#requireLink(id), options?.bytes ?? THROUGHPUT_PERIODIC_BYTES);
    this.table.recordThroughput(id, { downBps: result.downBps, upBps: result.upBps }, this.#clock.now());
    this.#emit();
    return result;
  }

  roles(): Role[] {
    return [...this.#roles];
  }

  /**
   * Announces new roles to the neighbours and the signaling server. Roles the operator vouches for
   * (relay, seed) cannot be taken this way: when the server refuses ('not-allowed'), the node goes
   * back to its previous roles and the error is thrown.
   */
  async setRoles(roles: Role[]): Promise<void> {
    const previous = this.#roles;
    this.#announceRoles([...new Set(roles)]);
    try {
      await this.#o.discovery?.setRoles(this.#roles);
    } catch (error) {
      if (error instanceof TabmeshError && error.code === 'not-allowed') this.#announceRoles(previous);
      throw error;
    }
  }

  #announceRoles(roles: Role[]): void {
    this.#roles = roles;
    for (const link of this.manager.links()) this.#protocol.sendHello(link);
    this.#emit();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Send a payload of any size to a neighbour as hash-verified chunks. */
  sendPayload(id: PeerId, contentKind: number, bytes: Uint8Array): Promise<void> {
    return this.#protocol.sendPayload(this.#requireLink(id), contentKind, bytes);
  }

  onPayload(listener: (from: PeerId, contentKind: number, bytes: Uint8Array) => void): () => void {
    return this.#protocol.onPayload(listener);
  }

  /** Frames the peers layer could not hand to anyone (unclaimed types, malformed bodies, handler errors). */
  protocolStats(): ProtocolStats {
    return { ...this.#protocol.stats };
  }

  // ---- internals ----

  /** What services get of this node: nothing they could use to reach below the peers layer. */
  #createPort(): ServicePort {
    const view = (id: PeerId): PeerView | undefined => {
      const entry = this.table.get(id);
      if (!entry) return undefined;
      return { id, roles: entry.roles, linked: this.manager.link(id) !== undefined, latencyMs: latencyMs(entry), neighbours: entry.neighbours };
    };
    return {
      id: this.id,
      clock: this.#clock,
      random: this.#random,
      links: () => this.manager.links().map((link) => link.remoteId),
      peer: view,
      peers: () => this.table.entries().map((entry) => view(entry.id) as PeerView),
      register: (registry, handlers) => {
        this.#protocol.route(registry, handlers);
        return {
          send: (to, msg) => {
            const sent = this.#requireLink(to).send(registry.encode(msg));
            if (!sent.ok) throw sent.error;
          },
        };
      },
      connect: async (id, signal) => void (await this.manager.connect(id, signal)),
      release: (id) => {
        // Below the mesh's target degree the link is still worth keeping for the mesh itself.
        if (this.manager.degree > this.manager.targetDegree) this.disconnect(id);
      },
      reserveInbound: (extra) => this.manager.allowInbound(extra),
      changed: () => this.#emit(),
      offerCandidates: (source) => {
        this.#candidateSources.add(source);
        return () => this.#candidateSources.delete(source);
      },
      onLinkChange: (listener) => {
        this.#linkListeners.add(listener);
        return () => this.#linkListeners.delete(listener);
      },
    };
  }

  #candidates(): PeerId[] {
    const ids = new Set<PeerId>();
    for (const source of this.#candidateSources) for (const id of source()) ids.add(id);
    for (const id of this.table.ids()) ids.add(id);
    return [...ids];
  }

  #requireLink(id: PeerId): Link {
    const link = this.manager.link(id);
    if (!link) throw new TabmeshError('unknown-peer', `no open link to ${id.slice(0, 8)}`);
    return link;
  }

  #onLinkOpen(link: Link): void {
    this.table.upsertLinked(link.remoteId, this.table.get(link.remoteId)?.roles ?? [], this.#clock.now());
    link.attach({
      onFrame: (frame) => this.#protocol.receive(link, frame),
      onClose: (reason) => this.manager.linkClosed(link, reason),
    });
    this.#protocol.sendHello(link);
    this.#protocol.sendTable(link);
    this.#linkChanged(link.remoteId, true);
    this.#emit();
  }

  #linkChanged(id: PeerId, open: boolean): void {
    for (const listener of this.#linkListeners) {
      try {
        listener(id, open);
      } catch {
        // a service's bug must not break the node
      }
    }
  }

  #onLinkClosed(link: Link): void {
    this.table.remove(link.remoteId);
    this.#throughput.forget(link.remoteId);
    this.#protocol.forget(link.remoteId);
    this.#linkChanged(link.remoteId, false);
    this.#emit();
  }

  async #bootstrap(force = false): Promise<void> {
    const discovery = this.#o.discovery;
    const now = this.#clock.now();
    if (!discovery || discovery.state !== 'registered') return;
    if (!force && now - this.#lastBootstrap < BOOTSTRAP_MIN_INTERVAL_MS) return;
    this.#lastBootstrap = now;
    try {
      const peers = await discovery.bootstrap(BOOTSTRAP_SAMPLE);
      for (const peer of peers) this.table.addCandidate(peer.id, peer.roles, this.#clock.now());
      this.manager.kick();
      this.#emit();
    } catch {
      // the server may be gone; neighbours' tables still supply candidates
    }
  }

  async #probeAll(): Promise<void> {
    await Promise.all(
      this.manager.links().map(async (link) => {
        try {
          const rtt = await this.#pinger.ping(link, PROBE_TIMEOUT_MS);
          this.table.recordRtt(link.remoteId, rtt, this.#clock.now());
        } catch {
          if (this.table.recordProbeFailure(link.remoteId)) link.close('timeout');
        }
      }),
    );
    this.#emit();
  }

  #exchangeTables(): void {
    for (const link of this.manager.links()) this.#protocol.sendTable(link);
    if (this.table.expireHearsay(this.#clock.now()).length > 0) this.#emit();
  }

  async #measureOne(): Promise<void> {
    const links = this.manager.links();
    const link = links[Math.floor(this.#random() * links.length)];
    if (!link) return;
    await this.measureThroughput(link.remoteId).catch(() => undefined);
  }

  #emit(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // a broken listener must not break the node
      }
    }
  }
}

