/**
 * Push-pull peer sampling (seed 004): each round every descriptor ages by one, and the node sends
 * a random neighbour a push (a sample of its view plus itself at age 0) and a pull; the neighbour
 * merges the push and answers with a sample of its own. Dead nodes stop advertising themselves,
 * so their descriptors only age and leave after maxAge rounds.
 */
import type { PeerId } from '../base/peer-id.ts';
import type { GossipMessageOf } from './messages.ts';
import type { ViewEntry } from './api.ts';
import type { ServiceLink } from '../service.ts';
import type { GossipContext } from './types.ts';
import { ageView, asReceived, isCorruptList, mergeView, viewSample } from './view.ts';

interface PendingPull {
  peer: PeerId;
  sentAt: number;
}

/** Pulls awaiting an answer; one is sent per round, so a handful suffices. */
const MAX_PENDING_PULLS = 16;

export class PeerSampling {
  readonly #ctx: GossipContext;
  #view: ViewEntry[] = [];
  readonly #pulls = new Map<number, PendingPull>();

  constructor(ctx: GossipContext) {
    this.#ctx = ctx;
  }

  view(): ViewEntry[] {
    return this.#view.map((e) => ({ ...e }));
  }

  ids(): PeerId[] {
    return this.#view.map((e) => e.id);
  }

  /** One round: age the view, then push-pull with a random neighbour. */
  round(): void {
    const { deps, config, stats } = this.#ctx;
    stats.samplingRounds++;
    this.#view = ageView(this.#view, config.maxAgeRounds);
    this.#expirePulls();
    const neighbours = deps.neighbours();
    const peer = neighbours[Math.floor(deps.random() * neighbours.length)];
    if (peer === undefined) return;
    const entries = viewSample(this.#view, deps.selfId, peer, config.sampleSize, deps.random);
    const nonce = Math.floor(deps.random() * 0x1_0000_0000) >>> 0;
    if (!this.#ctx.send(peer, { kind: 'gossipPush', entries })) return;
    if (this.#pulls.size >= MAX_PENDING_PULLS) this.#pulls.delete(this.#pulls.keys().next().value as number);
    this.#pulls.set(nonce, { peer, sentAt: this.#ctx.now() });
    this.#ctx.send(peer, { kind: 'gossipPull', nonce });
  }

  onPush(msg: GossipMessageOf<'gossipPush'>, link: ServiceLink): void {
    this.#merge(msg.entries, link);
  }

  onPull(msg: GossipMessageOf<'gossipPull'>, link: ServiceLink): void {
    const { deps, config } = this.#ctx;
    const entries = viewSample(this.#view, deps.selfId, link.remoteId, config.sampleSize, deps.random);
    this.#ctx.send(link.remoteId, { kind: 'gossipResponse', nonce: msg.nonce, entries });
  }

  onResponse(msg: GossipMessageOf<'gossipResponse'>, link: ServiceLink): void {
    const pending = this.#pulls.get(msg.nonce);
    // A nonce we did not send, or sent to someone else, answers nothing of ours.
    if (!pending || pending.peer !== link.remoteId) return;
    this.#pulls.delete(msg.nonce);
    if (this.#ctx.now() - pending.sentAt > this.#ctx.config.pullTimeoutMs) return;
    this.#merge(msg.entries, link);
  }

  #merge(entries: readonly ViewEntry[], link: ServiceLink): void {
    const { deps, config, stats } = this.#ctx;
    if (isCorruptList(entries)) {
      stats.dropped.malformed++;
      link.reportMalformed();
      return;
    }
    this.#view = mergeView(this.#view, asReceived(entries, link.remoteId), {
      selfId: deps.selfId,
      viewSize: config.viewSize,
      maxAge: config.maxAgeRounds,
      random: deps.random,
    });
  }

  #expirePulls(): void {
    const now = this.#ctx.now();
    for (const [nonce, pull] of this.#pulls) if (now - pull.sentAt > this.#ctx.config.pullTimeoutMs) this.#pulls.delete(nonce);
  }
}
