/**
 * The Photoblocks chain as a service on the node's seam. New blocks and transfers spread by gossip
 * and are forwarded only once this node validated them (gossip's validation gating: an invalid
 * block stops at the first honest node); neighbours exchange tips on every new link and tip move,
 * and a node behind catches up headers first (sync.ts). A host mines with template() and
 * publishBlock(), and sends coins with sendTransfer().
 */
import { err, TabmeshError, type ErrorCode, type Result } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { PeriodicTasks } from '../base/periodic.ts';
import type { GossipApi, Subscription } from '../gossip/api.ts';
import { Lifecycle, requirePort, type Service, type ServiceChannel, type ServiceLink, type ServicePort } from '../service.ts';
import type { ChainMove } from './active-chain.ts';
import { decodeBlock, encodeBlock, type Block } from './block.ts';
import type { BlockOutcome, Chain } from './chain.ts';
import { CHAIN_BLOCK_DATA_TYPE, CHAIN_MESSAGES, CHAIN_TRANSFER_DATA_TYPE, type ChainMessage } from './messages.ts';
import type { ChainImages } from './storage.ts';
import { CHAIN_ROLES, decodePresence, encodePresence, PRESENCE_DATA_TYPE, PRESENCE_FIRST_MS, PRESENCE_INTERVAL_MS, PresenceBook, type ChainRole } from './presence.ts';
import { ChainSync } from './sync.ts';
import { ImageExchange, IMAGE_RID_BASE } from './image-exchange.ts';
import type { PeerImages } from './peer-images.ts';
import { decodeTransfer, encodeTransfer, type SignedTransfer } from './transfer.ts';

/** How often a node looks for work to catch up on even when nobody told it anything. */
export const SYNC_INTERVAL_MS = 10_000;

export interface ChainServiceOptions {
  chain: Chain;
  gossip: GossipApi;
  images: ChainImages;
  /** Seed and head are configured (the relay); every node running this service is full. */
  roles?: { seed?: boolean; head?: boolean };
  /** Bound to this service's links so the chain can fetch images from neighbours that keep them. */
  peerImages?: PeerImages;
}


interface Running {
  sync: ChainSync;
  tasks: PeriodicTasks;
  subscriptions: Subscription[];
  unlisten: (() => void)[];
}

export class ChainService implements Service {
  readonly name = 'chain';
  readonly chain: Chain;
  readonly #o: ChainServiceOptions;
  readonly #life = new Lifecycle<Running>();
  #port: ServicePort | undefined;
  #channel: ServiceChannel<ChainMessage> | undefined;

  constructor(options: ChainServiceOptions) {
    this.#o = options;
    this.chain = options.chain;
  }

  get state() {
    return this.#life.state;
  }

  /** Where block images are published and fetched. */
  get images(): ChainImages {
    return this.#o.images;
  }

  attach(port: ServicePort): void {
    this.#port = port;
    const sync = (link: ServiceLink) => {
      this.#links.set(link.remoteId, link);
      return this.#life.running?.sync;
    };
    const exchange = new ImageExchange(this.#o.images, port.clock, (to, msg) => this.#send(to, msg));
    this.#channel = port.register(CHAIN_MESSAGES, {
      chainTip: (m, link) => sync(link)?.onTip(link.remoteId, { height: m.height, hash: m.hash, work: bigintOf(m.work) }),
      chainGetHeaders: (m, link) => sync(link)?.onGetHeaders(link.remoteId, m.rid, m.locator, m.max),
      chainHeaders: (m, link) => sync(link)?.onHeaders(link.remoteId, m.rid, m.headers),
      chainGetBlock: (m, link) => sync(link)?.onGetBlock(link.remoteId, m.rid, m.hash),
      chainBlock: (m, link) => void sync(link)?.onBlock(link.remoteId, m.rid, m.block),
      chainNotFound: (m, link) => {
        if (m.rid >= IMAGE_RID_BASE) return exchange.answered(link.remoteId, m.rid, undefined);
        sync(link)?.onNotFound(link.remoteId, m.rid);
      },
      chainGetImage: (m, link) => void (this.#life.running && exchange.serve(link.remoteId, m.rid, m.key, m.offset)),
      chainImagePart: (m, link) => exchange.answered(link.remoteId, m.rid, { total: m.total, offset: m.offset, bytes: m.bytes }),
    });
    this.#o.peerImages?.bind({
      clock: port.clock,
      candidates: () => {
        const tips = this.#life.running?.sync;
        return port.links().sort((a, b) => (tips?.tipOf(b)?.height ?? -1) - (tips?.tipOf(a)?.height ?? -1));
      },
      ask: (peer, key, offset, signal) => exchange.ask(peer, key, offset, signal),
    });
  }

  start(): void {
    const port = requirePort(this.#port, this.name);
    this.#life.start(() => {
      const sync = new ChainSync({
        chain: this.chain,
        clock: port.clock,
        send: (to, msg) => this.#send(to, msg),
        links: () => port.links(),
        isSeed: (id) => port.peer(id)?.roles.includes('seed') ?? false,
        penalise: (id, why) => this.#penalise(id, why),
        refused: (code) => this.#refused(code),
      });
      const tasks = new PeriodicTasks(port.clock, port.random);
      tasks.add('sync', SYNC_INTERVAL_MS, () => sync.tick());
      // The first announcement waits out a tab's start (every rumour costs every node a signature
      // check, and a swarm of tabs opening at once would pay for all of them while forming).
      tasks.add('presence', PRESENCE_INTERVAL_MS, () => this.#announcePresence(), PRESENCE_FIRST_MS + port.random() * PRESENCE_INTERVAL_MS);
      const subscriptions = [
        this.#o.gossip.subscribe(PRESENCE_DATA_TYPE, (n) => {
          const presence = decodePresence(n.data);
          this.#o.gossip.validate(n.id, presence !== undefined);
          if (presence && n.origin !== port.id) this.presence.heard(n.origin, presence, port.clock.now());
        }),
        this.#o.gossip.subscribe(CHAIN_BLOCK_DATA_TYPE, (n) => void this.#heardBlock(n.id, n.data)),
        this.#o.gossip.subscribe(CHAIN_TRANSFER_DATA_TYPE, (n) => this.#heardTransfer(n.id, n.data)),
      ];
      const unlisten = [
        port.onLinkChange((id, open) => {
          if (open) return this.#sendTip(id);
          this.#links.delete(id);
          this.#life.running?.sync.onLinkLost(id);
        }),
        this.chain.onMove((move) => this.#moved(move)),
      ];
      return { sync, tasks, subscriptions, unlisten };
    });
    for (const id of port.links()) this.#sendTip(id);
  }

  stop(): void {
    const running = this.#life.stop();
    if (!running) return;
    running.tasks.stop();
    running.sync.stop();
    for (const s of running.subscriptions) s.unsubscribe();
    for (const u of running.unlisten) u();
  }

  /** A block this node mined: its image published, the block accepted here, then spread. */
  async publishBlock(block: Block, image: Uint8Array): Promise<Result<BlockOutcome>> {
    const key = await this.#o.images.put(image);
    if (key !== block.header.imageKey) return err('hash-mismatch', 'the image published is not the one the header names');
    const r = await this.chain.submitBlock(block);
    if (r.ok && r.value === 'tip') this.#o.gossip.announce(0, CHAIN_BLOCK_DATA_TYPE, encodeBlock(block));
    return r;
  }

  /** Coins sent from this node: into its pool, then to everyone's. */
  sendTransfer(t: SignedTransfer): Result<void> {
    const r = this.chain.submitTransfer(t);
    if (!r.ok) return r;
    this.#own.set(t.hash, t);
    if (this.#own.size > MAX_OWN_TRANSFERS) this.#own.delete(this.#own.keys().next().value!);
    this.#o.gossip.announce(0, CHAIN_TRANSFER_DATA_TYPE, encodeTransfer(t));
    return r;
  }

  /** This node's chain roles: full always, miner while it mines, seed and head as configured. */
  roles(): ChainRole[] {
    const r = this.#o.roles ?? {};
    return CHAIN_ROLES.filter((role) => role === 'full' || (role === 'miner' && this.#mining) || (role === 'seed' && r.seed) || (role === 'head' && r.head));
  }

  /** Mining started or stopped here (the Nodes page shows miners). */
  setMining(mining: boolean): void {
    if (mining === this.#mining) return;
    this.#mining = mining;
    if (mining) this.#announcePresence();
  }

  /** What a neighbour last said its tip was. */
  peerTip(id: PeerId): { height: number; hash: string } | undefined {
    return this.#life.running?.sync.tipOf(id);
  }

  async #heardBlock(notification: number, data: Uint8Array): Promise<void> {
    const block = decodeBlock(data);
    if (!block.ok) {
      this.#refused(block.error.code);
      return this.#o.gossip.validate(notification, false);
    }
    const r = await this.chain.submitBlock(block.value);
    if (!r.ok && r.error.code !== 'duplicate') this.#refused(r.error.code);
    // Forward what this node now holds as valid; an orphan is checked once its parents came.
    this.#o.gossip.validate(notification, (r.ok && r.value !== 'orphan') || (!r.ok && r.error.code === 'duplicate'));
    if (r.ok && r.value === 'orphan') this.#life.running?.sync.tick();
  }

  #refused(code: ErrorCode): void {
    this.refusals.set(code, (this.refusals.get(code) ?? 0) + 1);
  }

  #announcePresence(): void {
    if (!this.#life.running) return;
    const tip = this.chain.tip();
    try {
      this.#o.gossip.announce(0, PRESENCE_DATA_TYPE, encodePresence({ height: tip.height, tip: tip.hash, roles: this.roles() }));
    } catch (error) {
      if (!(error instanceof TabmeshError)) throw error;
    }
  }

  #heardTransfer(notification: number, data: Uint8Array): void {
    const t = decodeTransfer(data);
    // A transfer already pending here is still valid: forwarding it lets a re-spread (after a
    // reorganisation) cross nodes that kept it, towards those that never saw it.
    const r = t.ok ? this.chain.submitTransfer(t.value) : t;
    this.#o.gossip.validate(notification, r.ok || r.error.code === 'duplicate');
  }

  #moved(move: ChainMove): void {
    // A wallet's duty, as in Bitcoin: this node's own transfers that a reorganisation took off the
    // chain may sit only in pools of the losing side, so they are spread again.
    if (move.disconnected.length > 0) {
      for (const t of this.#own.values()) if (this.chain.mempool.has(t.hash)) this.#o.gossip.announce(0, CHAIN_TRANSFER_DATA_TYPE, encodeTransfer(t));
    }
    if (move.connected.length === 0) return;
    for (const id of this.#port?.links() ?? []) this.#sendTip(id);
    this.#port?.changed();
  }

  #sendTip(id: PeerId): void {
    const tip = this.chain.tip();
    this.#send(id, { kind: 'chainTip', height: tip.height, hash: tip.hash, work: bytesOf(tip.work) });
  }

  #send(to: PeerId, msg: ChainMessage): boolean {
    try {
      this.#channel?.send(to, msg);
      return true;
    } catch (error) {
      if (error instanceof TabmeshError) return false;
      throw error;
    }
  }

  /** Counted against the link like any malformed message: enough of them and the peers layer closes it. */
  #penalise(id: PeerId, why: string): void {
    this.penalties.push({ peer: id, why });
    if (this.penalties.length > 64) this.penalties.shift();
    this.#links.get(id)?.reportMalformed();
  }

  /** Blocks this node refused (from gossip or sync), by code. */
  readonly refusals = new Map<ErrorCode, number>();
  /** The last refusals that counted against a neighbour, for diagnostics. */
  readonly penalties: { peer: PeerId; why: string }[] = [];
  readonly #links = new Map<PeerId, ServiceLink>();
  /** Other nodes' heights and chain roles, from gossip. */
  readonly presence = new PresenceBook();
  #mining = false;
  /** Transfers this node sent, re-spread after a reorganisation. */
  readonly #own = new Map<string, SignedTransfer>();
}

const MAX_OWN_TRANSFERS = 256;

function bytesOf(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31, v = n; i >= 0 && v > 0n; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

function bigintOf(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

