/**
 * A Tabmesh node: identity, peer table, connection manager, probes and throughput tests over the
 * peer-layer messages. Host-specific parts (connector, discovery, storage, clock) are passed in,
 * so the same node runs in a tab, in Node and in the in-process simulator. It implements the
 * public API the UI and `window.tabmesh` use.
 */
import type { NodeApi, NodeStatus, NodeState } from './node-api.ts';
import type { NetworkGraph, PeerRow, ThroughputResult } from './peers/types.ts';
import { systemClock, type Clock, type Random } from './base/clock.ts';
import { TabmeshError } from './base/errors.ts';
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
import { PeerTable } from './peers/peer-table.ts';
import { PeerProtocol, type AppMessageHandler, type AppMessageKind } from './peers/peer-protocol.ts';
import { encodeMessage, type AnyMessage } from './wire/messages.ts';
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
  #roles: Role[];
  #state: NodeState = 'starting';
  #error: string | undefined;
  #startedAt: number;
  #tasks: PeriodicTasks | undefined;
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
  }

  async start(): Promise<void> {
    this.#startedAt = this.#clock.now();
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
    const tasks = new PeriodicTasks(this.#clock, this.#random);
    this.#tasks = tasks;
    tasks.add('probe', PROBE_INTERVAL_MS, () => this.#probeAll(), PROBE_INTERVAL_MS / 5);
    tasks.add('table', TABLE_EXCHANGE_INTERVAL_MS, () => this.#exchangeTables());
    tasks.add('persist', PERSIST_INTERVAL_MS, () => this.#storage.savePeerTable(this.table.snapshot()));
    if (this.#o.periodicThroughput ?? true) tasks.add('throughput', THROUGHPUT_INTERVAL_MS, () => this.#measureOne());
    this.manager.start();
    this.#state = 'online';
    await this.#bootstrap(true);
    this.#emit();
  }

  /** Leave cleanly: neighbours get a bye and drop us at once instead of waiting for probes. */
  stop(): void {
    if (this.#state === 'stopped') return;
    this.#state = 'stopped';
    for (const link of this.manager.links()) this.#protocol.sendBye(link);
    this.#tasks?.stop();
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

  async setRoles(roles: Role[]): Promise<void> {
    this.#roles = [...new Set(roles)];
    for (const link of this.manager.links()) this.#protocol.sendHello(link);
    this.#emit();
    await this.#o.discovery?.setRoles(this.#roles);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Send a payload of any size to a neighbour as hash-verified chunks. */
  sendPayload(id: PeerId, contentKind: number, bytes: Uint8Array): Promise<void> {
    return this.#protocol.sendPayload(this.#requireLink(id), contentKind, bytes);
  }

  /** Register the handler for an app-level message kind (mail, later gossip and DHT). */
  handle<K extends AppMessageKind>(kind: K, handler: AppMessageHandler<K>): () => void {
    return this.#protocol.handle(kind, handler);
  }

  /** Send one message to a neighbour over the open link. */
  send(id: PeerId, msg: AnyMessage): void {
    const sent = this.#requireLink(id).send(encodeMessage(msg));
    if (!sent.ok) throw sent.error;
  }

  /** Layers on top of the node (gossip, DHT) report state the UI shows. */
  notifyChanged(): void {
    this.#emit();
  }

  onPayload(listener: (from: PeerId, contentKind: number, bytes: Uint8Array) => void): () => void {
    return this.#protocol.onPayload(listener);
  }

  /**
   * Adds peers the connection manager may dial (e.g. the gossip view), ahead of the peer table;
   * returns a function that removes the source.
   */
  addCandidateSource(source: () => PeerId[]): () => void {
    this.#candidateSources.add(source);
    return () => this.#candidateSources.delete(source);
  }

  // ---- internals ----

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
    this.#emit();
  }

  #onLinkClosed(link: Link): void {
    this.table.remove(link.remoteId);
    this.#throughput.forget(link.remoteId);
    this.#protocol.forget(link.remoteId);
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

