/**
 * createGossip: peer sampling, pub/sub and anti-entropy as a service. On a TabmeshNode its open
 * links are the neighbours and its view becomes a source of peers to dial; the simulator gives it
 * a light port over in-process links.
 */
import type { PeerId } from '../base/peer-id.ts';
import { PeriodicTasks } from '../base/periodic.ts';
import { Lifecycle, requirePort, type ServicePort, type ServiceState } from '../service.ts';
import type { AnnounceOptions, Notification, Subscription, ViewEntry } from './api.ts';
import { AntiEntropy } from './anti-entropy.ts';
import { GOSSIP_MESSAGES, type GossipMessage } from './messages.ts';
import { PeerSampling } from './peer-sampling.ts';
import { PubSub } from './pubsub.ts';
import { RumorStore } from './rumor-store.ts';
import { ExpiringMap } from '../base/expiring-map.ts';
import { emptyStats, gossipConfig, type GossipContext, type GossipServiceOptions, type GossipService, type GossipStats } from './types.ts';

interface Parts {
  ctx: GossipContext;
  sampling: PeerSampling;
  pubsub: PubSub;
  antiEntropy: AntiEntropy;
}

/** The running state owns the timers and the view's place among the dial candidates. */
interface Running {
  tasks: PeriodicTasks;
  withdrawView: () => void;
}

class Gossip implements GossipService {
  readonly name = 'gossip';
  readonly #options: GossipServiceOptions;
  readonly #life = new Lifecycle<Running>();
  #port: ServicePort | undefined;
  #parts: Parts | undefined;

  constructor(options: GossipServiceOptions) {
    this.#options = options;
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  attach(port: ServicePort): void {
    this.#port = port;
    const { signer, verify, ...settings } = this.#options;
    const config = gossipConfig(settings);
    const stats = emptyStats();
    const channel = port.register(GOSSIP_MESSAGES, {
      gossipPush: (msg, link) => this.#ifRunning()?.sampling.onPush(msg, link),
      gossipPull: (msg, link) => this.#ifRunning()?.sampling.onPull(msg, link),
      gossipResponse: (msg, link) => this.#ifRunning()?.sampling.onResponse(msg, link),
      rumor: (msg, link) => this.#ifRunning()?.pubsub.onRumor(msg, link),
      ihave: (msg, link) => this.#ifRunning()?.antiEntropy.onIhave(msg, link),
      iwant: (msg, link) => this.#ifRunning()?.antiEntropy.onIwant(msg, link),
    });
    const deps = {
      selfId: port.id,
      clock: port.clock,
      random: port.random,
      neighbours: () => port.links(),
      send: (id: PeerId, msg: GossipMessage) => channel.send(id, msg),
      signer,
      verify,
    };
    const ctx: GossipContext = {
      deps,
      config,
      stats,
      now: () => port.clock.now(),
      send: (id, msg) => {
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
    const seen = new ExpiringMap<string>(config.seenTtlMs, config.seenEntries);
    const store = new RumorStore({ maxEntries: config.storeEntries, maxBytes: config.storeBytes, windowMs: config.digestWindowMs });
    const sampling = new PeerSampling(ctx);
    const antiEntropy: AntiEntropy = new AntiEntropy(ctx, { seen, store, sendRumor: (peer, rumor) => pubsub.sendRumor(peer, rumor) });
    const pubsub: PubSub = new PubSub(ctx, { seen, store, arrived: (key) => antiEntropy.arrived(key) });
    this.#parts = { ctx, sampling, pubsub, antiEntropy };
  }

  start(): void {
    const port = requirePort(this.#port, this.name);
    const parts = this.#requireParts();
    this.#life.start(() => {
      const { clock, random } = port;
      const { config } = parts.ctx;
      const tasks = new PeriodicTasks(clock, random);
      // First rounds at a random point of the interval, so nodes started together do not beat in step.
      tasks.add('sampling', config.samplingIntervalMs, () => parts.sampling.round(), random() * config.samplingIntervalMs);
      tasks.add(
        'anti-entropy',
        config.antiEntropyIntervalMs,
        () => {
          parts.pubsub.sweep();
          parts.antiEntropy.round();
        },
        random() * config.antiEntropyIntervalMs,
      );
      const withdrawView = port.offerCandidates(() => parts.sampling.view().map((entry) => entry.id));
      return { tasks, withdrawView };
    });
  }

  stop(): void {
    const running = this.#life.stop();
    if (!running) return;
    running.tasks.stop();
    running.withdrawView();
    this.#parts?.pubsub.stop();
  }

  stats(): GossipStats {
    const parts = this.#requireParts();
    const stats = parts.ctx.stats;
    return { ...stats, viewSize: parts.sampling.ids().length, dropped: { ...stats.dropped } };
  }

  subscribe(dataType: number, listener: (notification: Notification) => void): Subscription {
    return this.#requireParts().pubsub.subscribe(dataType, listener);
  }

  announce(ttl: number, dataType: number, data: Uint8Array, options?: AnnounceOptions): string {
    return this.#requireParts().pubsub.announce(ttl, dataType, data, options);
  }

  validate(notificationId: number, valid: boolean): void {
    this.#requireParts().pubsub.validate(notificationId, valid);
  }

  view(): ViewEntry[] {
    return this.#requireParts().sampling.view();
  }

  #ifRunning(): Parts | undefined {
    return this.#life.running ? this.#parts : undefined;
  }

  #requireParts(): Parts {
    requirePort(this.#port, this.name);
    return this.#parts as Parts;
  }
}

export function createGossip(options: GossipServiceOptions): GossipService {
  return new Gossip(options);
}
