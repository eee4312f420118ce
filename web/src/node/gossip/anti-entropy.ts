/**
 * Anti-entropy, push-pull over digests: every round a node sends one random neighbour an ihave
 * listing the rumours it accepted recently (even an empty one, so a node that missed everything
 * can still pull). The receiver asks with iwant for the ids it lacks — never for one id twice
 * within the iwant timeout — and, unless it sent that neighbour a digest itself this round,
 * answers with an ihave of what the neighbour's digest lacked. Holders answer iwant with the
 * rumours, at most once per id and neighbour per digest window, within a per-link budget.
 */
import type { PeerId } from '../base/peer-id.ts';
import { MAX_DIGEST_IDS } from './messages.ts';
import type { GossipMessageOf } from './messages.ts';
import { rumorIdHex } from './rumor-id.ts';
import type { RumorStore, StoredRumor } from './rumor-store.ts';
import { ExpiringMap } from '../base/expiring-map.ts';
import { TokenBuckets } from '../base/token-buckets.ts';
import type { ServiceLink } from '../service.ts';
import type { GossipContext } from './types.ts';

export interface AntiEntropyParts {
  seen: ExpiringMap<string>;
  store: RumorStore;
  sendRumor(peer: PeerId, rumor: StoredRumor): boolean;
}

/** (neighbour, rumour) pairs remembered as served: MAX_DIGEST_IDS per neighbour for a few dozen neighbours. */
const MAX_SERVED_PAIRS = 32 * MAX_DIGEST_IDS;

export class AntiEntropy {
  readonly #ctx: GossipContext;
  readonly #parts: AntiEntropyParts;
  /** id → when we may ask for it again; equal timeouts, so insertion order is expiry order. */
  readonly #asked = new Map<string, number>();
  /** neighbour → when we last sent it a digest. */
  readonly #digestSentTo = new Map<PeerId, number>();
  readonly #served: ExpiringMap<string>;
  readonly #digestBuckets: TokenBuckets<string>;
  readonly #iwantBuckets: TokenBuckets<string>;
  readonly #serveBuckets: TokenBuckets<string>;

  constructor(ctx: GossipContext, parts: AntiEntropyParts) {
    this.#ctx = ctx;
    this.#parts = parts;
    const { config } = ctx;
    this.#served = new ExpiringMap<string>(config.digestWindowMs, MAX_SERVED_PAIRS);
    this.#digestBuckets = new TokenBuckets<string>(config.linkDigestRate.burst, config.linkDigestRate.ratePerS, config.maxTrackedPeers);
    this.#iwantBuckets = new TokenBuckets<string>(config.linkIwantRate.burst, config.linkIwantRate.ratePerS, config.maxTrackedPeers);
    this.#serveBuckets = new TokenBuckets<string>(config.linkServeRate.burst, config.linkServeRate.ratePerS, config.maxTrackedPeers);
  }

  /** One round: a digest to one random neighbour. */
  round(): void {
    const { deps } = this.#ctx;
    const now = this.#ctx.now();
    this.#expire(now);
    const neighbours = deps.neighbours();
    const peer = neighbours[Math.floor(deps.random() * neighbours.length)];
    if (peer === undefined) return;
    this.#sendDigest(peer, this.#parts.store.recent(now, MAX_DIGEST_IDS), now);
  }

  /** The rumour is here: no need to ask for it any more. */
  arrived(key: string): void {
    this.#asked.delete(key);
  }

  onIhave(msg: GossipMessageOf<'ihave'>, link: ServiceLink): void {
    const { config, stats } = this.#ctx;
    const now = this.#ctx.now();
    const peer = link.remoteId;
    if (!this.#digestBuckets.take(peer, now)) {
      stats.dropped['digest-flood']++;
      return;
    }
    this.#expire(now);
    const theirs = new Set<string>();
    const wanted: Uint8Array[] = [];
    for (const id of msg.ids) {
      const key = rumorIdHex(id);
      theirs.add(key);
      if (this.#parts.seen.has(key, now) || this.#asked.has(key) || this.#asked.size >= config.maxPendingIwants) continue;
      this.#asked.set(key, now + config.iwantTimeoutMs);
      wanted.push(id);
    }
    if (wanted.length > 0 && this.#ctx.send(peer, { kind: 'iwant', ids: wanted })) {
      stats.iwantsSent++;
      stats.idsRequested += wanted.length;
    }
    // The pull half: tell the neighbour what its digest lacked, unless we just sent it ours
    // (then this digest is its answer, and answering again would ping-pong).
    const last = this.#digestSentTo.get(peer);
    if (last !== undefined && now - last < config.antiEntropyIntervalMs) return;
    const missing = this.#parts.store.recent(now, MAX_DIGEST_IDS).filter((rumor) => !theirs.has(rumor.key));
    if (missing.length > 0) this.#sendDigest(peer, missing, now);
  }

  onIwant(msg: GossipMessageOf<'iwant'>, link: ServiceLink): void {
    const { stats } = this.#ctx;
    const now = this.#ctx.now();
    const peer = link.remoteId;
    if (!this.#iwantBuckets.take(peer, now)) {
      stats.dropped['iwant-flood']++;
      return;
    }
    for (const id of msg.ids) {
      const key = rumorIdHex(id);
      const rumor = this.#parts.store.get(key, now);
      const pair = `${peer}/${key}`;
      if (!rumor || this.#served.has(pair, now)) continue;
      if (!this.#serveBuckets.take(peer, now)) {
        stats.dropped['serve-limit']++;
        return;
      }
      if (!this.#parts.sendRumor(peer, rumor)) return;
      this.#served.admit(pair, now);
      stats.rumorsServed++;
    }
  }

  #sendDigest(peer: PeerId, rumors: readonly StoredRumor[], now: number): void {
    if (!this.#ctx.send(peer, { kind: 'ihave', ids: rumors.map((r) => r.id) })) return;
    this.#digestSentTo.set(peer, now);
    this.#ctx.stats.digestsSent++;
  }

  #expire(now: number): void {
    for (const [key, until] of this.#asked) {
      if (until > now) break;
      this.#asked.delete(key);
    }
    for (const [peer, at] of this.#digestSentTo) if (now - at >= this.#ctx.config.antiEntropyIntervalMs) this.#digestSentTo.delete(peer);
  }
}
