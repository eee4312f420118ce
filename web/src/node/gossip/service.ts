/**
 * createGossip: peer sampling, pub/sub and anti-entropy over whatever host supplies neighbours,
 * send and handler registration — a TabmeshNode (attach.ts) or the in-process simulator.
 */
import { PeriodicTasks } from '../base/periodic.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { AnyMessage } from '../wire/messages.ts';
import type { AnnounceOptions, Notification, Subscription, ViewEntry } from './api.ts';
import { AntiEntropy } from './anti-entropy.ts';
import { PeerSampling } from './peer-sampling.ts';
import { PubSub } from './pubsub.ts';
import { RumorStore } from './rumor-store.ts';
import { SeenCache } from './seen-cache.ts';
import {
  emptyStats,
  gossipConfig,
  type GossipContext,
  type GossipDeps,
  type GossipHandler,
  type GossipKind,
  type GossipService,
  type GossipStats,
} from './types.ts';

/** Running or not, as a tagged union: the timers exist only in the running state, so stop() cannot miss one. */
type State = { running: false } | { running: true; tasks: PeriodicTasks; unregister: (() => void)[] };

class Gossip implements GossipService {
  readonly #deps: GossipDeps;
  readonly #ctx: GossipContext;
  readonly #sampling: PeerSampling;
  readonly #pubsub: PubSub;
  readonly #antiEntropy: AntiEntropy;
  #state: State = { running: false };

  constructor(deps: GossipDeps) {
    this.#deps = deps;
    const config = gossipConfig(deps.options);
    const stats = emptyStats();
    this.#ctx = {
      deps,
      config,
      stats,
      now: () => deps.clock.now(),
      send: (id: PeerId, msg: AnyMessage): boolean => {
        try {
          deps.send(id, msg);
          return true;
        } catch {
          // the link closed or is backed up; the round after next picks another neighbour
          stats.dropped['send-failed']++;
          return false;
        }
      },
    };
    const seen = new SeenCache(config.seenEntries, config.seenTtlMs);
    const store = new RumorStore({ maxEntries: config.storeEntries, maxBytes: config.storeBytes, windowMs: config.digestWindowMs });
    this.#sampling = new PeerSampling(this.#ctx);
    this.#pubsub = new PubSub(this.#ctx, { seen, store, arrived: (key) => this.#antiEntropy.arrived(key) });
    this.#antiEntropy = new AntiEntropy(this.#ctx, { seen, store, sendRumor: (peer, rumor) => this.#pubsub.sendRumor(peer, rumor) });
  }

  start(): void {
    if (this.#state.running) return;
    const { clock, random } = this.#deps;
    const { config } = this.#ctx;
    const unregister: (() => void)[] = [];
    const on = <K extends GossipKind>(kind: K, handler: GossipHandler<K>): void => {
      const off = this.#deps.handle(kind, handler);
      if (off) unregister.push(off);
    };
    on('gossipPush', (msg, link) => this.#sampling.onPush(msg, link));
    on('gossipPull', (msg, link) => this.#sampling.onPull(msg, link));
    on('gossipResponse', (msg, link) => this.#sampling.onResponse(msg, link));
    on('rumor', (msg, link) => this.#pubsub.onRumor(msg, link));
    on('ihave', (msg, link) => this.#antiEntropy.onIhave(msg, link));
    on('iwant', (msg, link) => this.#antiEntropy.onIwant(msg, link));
    const tasks = new PeriodicTasks(clock, random);
    // First rounds at a random point of the interval, so nodes started together do not beat in step.
    tasks.add('sampling', config.samplingIntervalMs, () => this.#sampling.round(), random() * config.samplingIntervalMs);
    tasks.add(
      'anti-entropy',
      config.antiEntropyIntervalMs,
      () => {
        this.#pubsub.sweep();
        this.#antiEntropy.round();
      },
      random() * config.antiEntropyIntervalMs,
    );
    this.#state = { running: true, tasks, unregister };
  }

  stop(): void {
    const state = this.#state;
    if (!state.running) return;
    this.#state = { running: false };
    state.tasks.stop();
    for (const off of state.unregister) off();
    this.#pubsub.stop();
  }

  stats(): GossipStats {
    const stats = this.#ctx.stats;
    return { ...stats, viewSize: this.#sampling.ids().length, dropped: { ...stats.dropped } };
  }

  subscribe(dataType: number, listener: (notification: Notification) => void): Subscription {
    return this.#pubsub.subscribe(dataType, listener);
  }

  announce(ttl: number, dataType: number, data: Uint8Array, options?: AnnounceOptions): string {
    return this.#pubsub.announce(ttl, dataType, data, options);
  }

  validate(notificationId: number, valid: boolean): void {
    this.#pubsub.validate(notificationId, valid);
  }

  view(): ViewEntry[] {
    return this.#sampling.view();
  }
}

export function createGossip(deps: GossipDeps): GossipService {
  return new Gossip(deps);
}
