/**
 * The rumour pipeline: announce, receive (rate limits, dedupe, well-formedness), local delivery,
 * validation gating, and the eager push to a small random fanout on first acceptance. What the
 * eager push misses, anti-entropy (anti-entropy.ts) delivers.
 */
import { pickRandom } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { MAX_U16, MAX_U8 } from '../wire/constants.ts';
import { MAX_RUMOR_DATA_BYTES } from './messages.ts';
import type { GossipMessageOf } from './messages.ts';
import type { AnnounceOptions, Notification, Subscription } from './api.ts';
import { randomRumorId, rumorIdHex } from './rumor-id.ts';
import { rumorPayload } from './signing.ts';
import type { RumorStore, StoredRumor } from './rumor-store.ts';
import type { ExpiringMap } from '../base/expiring-map.ts';
import { Subscriptions, type PreparedNotification } from './subscriptions.ts';
import { TokenBuckets } from '../base/token-buckets.ts';
import type { ServiceLink } from '../service.ts';
import type { GossipContext } from './types.ts';
import { PendingValidations } from './validation.ts';

export interface PubSubParts {
  seen: ExpiringMap<string>;
  store: RumorStore;
  /** A rumour arrived (by any path): it need not be asked for any more. */
  arrived(key: string): void;
}

export class PubSub {
  readonly #ctx: GossipContext;
  readonly #parts: PubSubParts;
  readonly #subscriptions: Subscriptions;
  readonly #pending: PendingValidations;
  readonly #originBuckets: TokenBuckets<string>;
  readonly #linkBuckets: TokenBuckets<string>;

  constructor(ctx: GossipContext, parts: PubSubParts) {
    this.#ctx = ctx;
    this.#parts = parts;
    const { config } = ctx;
    this.#pending = new PendingValidations(config.maxPendingValidations);
    this.#subscriptions = new Subscriptions((subscription) => {
      ctx.stats.dropped.unvalidated += this.#pending.forgetSubscriber(subscription).length;
    });
    this.#originBuckets = new TokenBuckets<string>(config.originRate.burst, config.originRate.ratePerS, config.maxTrackedPeers);
    this.#linkBuckets = new TokenBuckets<string>(config.linkRumorRate.burst, config.linkRumorRate.ratePerS, config.maxTrackedPeers);
  }

  subscribe(dataType: number, listener: (notification: Notification) => void): Subscription {
    if (!Number.isInteger(dataType) || dataType < 0 || dataType > MAX_U16) throw new TabmeshError('bad-field', 'dataType is a u16');
    return this.#subscriptions.add(dataType, listener);
  }

  announce(ttl: number, dataType: number, data: Uint8Array, options: AnnounceOptions = {}): string {
    if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_U8) throw new TabmeshError('bad-field', 'ttl is a u8 (0 = unlimited)');
    if (!Number.isInteger(dataType) || dataType < 0 || dataType > MAX_U16) throw new TabmeshError('bad-field', 'dataType is a u16');
    if (data.length > MAX_RUMOR_DATA_BYTES) throw new TabmeshError('oversized', `data is over ${MAX_RUMOR_DATA_BYTES} bytes`);
    const { deps, stats } = this.#ctx;
    const now = this.#ctx.now();
    if (!this.#originBuckets.take(deps.selfId, now)) throw new TabmeshError('rate-limited', 'announcing too fast');
    const id = randomRumorId(deps.random);
    const key = rumorIdHex(id);
    this.#parts.seen.admit(key, now);
    stats.announced++;
    const fields = { id, origin: deps.selfId, ttl, dataType, data: data.slice() };
    const rumor: StoredRumor = { key, ...fields, hops: 0, signature: deps.signer.sign(rumorPayload(fields)), acceptedAt: now };
    const prepared = this.#subscriptions.prepare(rumor, options.except);
    this.#deliver(prepared);
    // Our own announce needs no verdict: it is spread at once (hops 0 < any ttl).
    this.#accept(rumor, new Set());
    return key;
  }

  validate(notificationId: number, valid: boolean): void {
    const verdict = this.#pending.verdict(notificationId, valid);
    if (!verdict) return;
    if (verdict.valid) this.#accept({ ...verdict.pending.rumor, acceptedAt: this.#ctx.now() }, verdict.pending.holders);
    else this.#ctx.stats.dropped.rejected++;
  }

  onRumor(msg: GossipMessageOf<'rumor'>, link: ServiceLink): void {
    const { stats } = this.#ctx;
    const now = this.#ctx.now();
    const from = link.remoteId;
    if (!this.#linkBuckets.take(from, now)) {
      stats.dropped['rate-link']++;
      return;
    }
    stats.rumorsReceived++;
    // A rumour that crossed a link has hops >= 1, and no honest node forwards one past its ttl.
    if (msg.hops === 0 || (msg.ttl !== 0 && msg.hops > msg.ttl)) {
      stats.dropped.malformed++;
      link.reportMalformed();
      return;
    }
    const key = rumorIdHex(msg.id);
    if (this.#parts.seen.has(key, now)) {
      stats.duplicates++;
      this.#pending.addHolder(key, from);
      return;
    }
    // Checked before it is marked seen: a forged copy must not shadow the genuine one.
    if (this.#ctx.deps.verify(rumorPayload(msg), msg.signature) !== msg.origin) {
      stats.dropped['bad-signature']++;
      link.reportMalformed();
      return;
    }
    this.#parts.seen.admit(key, now);
    this.#parts.arrived(key);
    // Counted once per new rumour; a dropped one stays seen, so a flood is not fetched again.
    if (!this.#originBuckets.take(msg.origin, now)) {
      stats.dropped['rate-origin']++;
      return;
    }
    const rumor: StoredRumor = { key, id: msg.id, origin: msg.origin, ttl: msg.ttl, hops: msg.hops, dataType: msg.dataType, data: msg.data, signature: msg.signature, acceptedAt: now };
    const holders = new Set<PeerId>([from]);
    const forwardable = (rumor.ttl === 0 || rumor.hops < rumor.ttl) && rumor.hops < MAX_U8;
    const prepared = this.#subscriptions.prepare(rumor);
    if (!forwardable) {
      this.#deliver(prepared);
      return;
    }
    if (prepared.length === 0) {
      this.#accept(rumor, holders);
      return;
    }
    // Registered before delivery, so a listener may validate synchronously.
    const deadline = now + this.#ctx.config.validationTimeoutMs;
    if (!this.#pending.add(rumor, holders, prepared, deadline)) stats.dropped.overloaded++;
    this.#deliver(prepared);
  }

  /** Sends a copy of a stored rumour one link further. */
  sendRumor(peer: PeerId, rumor: StoredRumor): boolean {
    const { id, origin, ttl, hops, dataType, data, signature } = rumor;
    const sent = this.#ctx.send(peer, { kind: 'rumor', id, origin, ttl, hops: hops + 1, dataType, signature, data });
    if (sent) this.#ctx.stats.rumorsSent++;
    return sent;
  }

  /** Drops rumours whose verdict is overdue; called every anti-entropy round. */
  sweep(): void {
    this.#ctx.stats.dropped.unvalidated += this.#pending.expire(this.#ctx.now()).length;
  }

  stop(): void {
    this.#ctx.stats.dropped.unvalidated += this.#pending.clear();
  }

  #deliver(prepared: readonly PreparedNotification[]): void {
    this.#ctx.stats.delivered += prepared.length;
    this.#subscriptions.deliver(prepared);
  }

  #accept(rumor: StoredRumor, holders: ReadonlySet<PeerId>): void {
    const { deps, config, stats } = this.#ctx;
    stats.accepted++;
    this.#parts.store.add(rumor);
    const targets = deps.neighbours().filter((id) => !holders.has(id) && id !== rumor.origin);
    for (const peer of pickRandom(targets, config.fanout, deps.random)) this.sendRumor(peer, rumor);
  }
}
