/**
 * Catching up, headers first: a neighbour whose tip has more work than this node's best header is
 * asked for headers after this node's locator (seed nodes asked first), which are checked and
 * indexed as they come; then the bodies of the best header branch are fetched a few at a time from
 * several neighbours, validated (image included) and connected in order. Every request has a
 * deadline; a neighbour that sends a header or block breaking a rule is reported.
 */
import type { Clock, TimerHandle } from '../base/clock.ts';
import type { ErrorCode } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { decodeBlock, encodeBlock } from './block.ts';
import type { IndexEntry } from './block-index.ts';
import type { Chain } from './chain.ts';
import { decodeHeader, encodeHeader, headerHash } from './header.ts';
import { MAX_HEADERS_PER_MESSAGE, type ChainMessage } from './messages.ts';

/** Bodies asked for at once, over all neighbours; and from one neighbour. */
export const MAX_BODIES_IN_FLIGHT = 8;
export const MAX_BODIES_PER_PEER = 4;
export const REQUEST_TIMEOUT_MS = 10_000;
const MAX_LACKS = 1024;
/** A neighbour is asked for headers at most this often (each message it sends may prompt a tick). */
export const HEADERS_ASK_GAP_MS = 2_000;

/** Refusals that prove the sender sent something no honest node would. */
const RULE_BREAKS = new Set<ErrorCode>(['bad-pow', 'bad-difficulty', 'bad-field', 'hash-mismatch', 'label-not-recognised', 'invalid-parent', 'truncated', 'trailing-bytes', 'bad-signature', 'oversized', 'replayed']);

export interface SyncDeps {
  chain: Chain;
  clock: Clock;
  send(to: PeerId, msg: ChainMessage): boolean;
  links(): PeerId[];
  isSeed(id: PeerId): boolean;
  /** A neighbour sent something that breaks the rules. */
  penalise(id: PeerId, why: string): void;
  /** A block from a neighbour was refused (counted by code). */
  refused(code: ErrorCode): void;
}

interface PeerTip {
  height: number;
  hash: string;
  work: bigint;
}

interface Request {
  peer: PeerId;
  kind: 'headers' | 'block';
  hash?: string;
  timer: TimerHandle;
}

export class ChainSync {
  readonly #d: SyncDeps;
  readonly #tips = new Map<PeerId, PeerTip>();
  readonly #requests = new Map<number, Request>();
  readonly #bodiesWanted = new Set<string>();
  /** "peer:hash" pairs a neighbour said it does not have. */
  readonly #lacks = new Set<string>();
  readonly #askedAt = new Map<PeerId, number>();
  #rid = 1;

  constructor(deps: SyncDeps) {
    this.#d = deps;
  }

  tipOf(id: PeerId): PeerTip | undefined {
    return this.#tips.get(id);
  }

  onTip(from: PeerId, tip: PeerTip): void {
    this.#tips.set(from, tip);
    this.tick();
  }

  onLinkLost(id: PeerId): void {
    this.#tips.delete(id);
    this.#askedAt.delete(id);
    for (const [rid, r] of this.#requests) if (r.peer === id) this.#finish(rid);
    this.tick();
  }

  stop(): void {
    for (const rid of [...this.#requests.keys()]) this.#finish(rid);
  }

  /** Starts whatever catching up is due: headers from the best neighbour, then bodies. */
  tick(): void {
    const chain = this.#d.chain;
    const bestHeader = chain.index.bestHeader();
    const ahead = [...this.#tips].filter(([, t]) => t.work > bestHeader.work && !chain.index.get(t.hash));
    if (ahead.length > 0 && ![...this.#requests.values()].some((r) => r.kind === 'headers')) {
      ahead.sort(([a, ta], [b, tb]) => Number(this.#d.isSeed(b)) - Number(this.#d.isSeed(a)) || (tb.work > ta.work ? 1 : -1));
      this.askHeaders(ahead[0]![0]);
    }
    if (chain.missingParents().length > 0) for (const [id, t] of this.#tips) if (t.work >= chain.tip().work) this.askHeaders(id);
    this.#askBodies();
  }

  /** Asks `peer` for the headers after this node's locator; at most once a HEADERS_ASK_GAP_MS unless continuing a full answer. */
  askHeaders(peer: PeerId, continuing = false): void {
    if ([...this.#requests.values()].some((r) => r.kind === 'headers' && r.peer === peer)) return;
    const now = this.#d.clock.now();
    if (!continuing && now - (this.#askedAt.get(peer) ?? -Infinity) < HEADERS_ASK_GAP_MS) return;
    this.#askedAt.set(peer, now);
    const rid = this.#request(peer, 'headers');
    if (!this.#d.send(peer, { kind: 'chainGetHeaders', rid, locator: this.#locator(), max: MAX_HEADERS_PER_MESSAGE })) this.#finish(rid);
  }

  onGetHeaders(from: PeerId, rid: number, locator: readonly string[], max: number): void {
    const chain = this.#d.chain;
    let start = 0;
    for (const hash of locator) {
      const entry = chain.index.get(hash);
      if (entry && chain.active.contains(entry)) {
        start = entry.height + 1;
        break;
      }
    }
    const headers: Uint8Array[] = [];
    for (let h = start; h <= chain.active.height && headers.length < Math.min(max, MAX_HEADERS_PER_MESSAGE); h++) headers.push(encodeHeader(chain.active.at(h)!.header));
    this.#d.send(from, { kind: 'chainHeaders', rid, headers });
  }

  onHeaders(from: PeerId, rid: number, headers: readonly Uint8Array[]): void {
    if (this.#requests.get(rid)?.peer !== from) return;
    this.#finish(rid);
    for (const bytes of headers) {
      const header = decodeHeader(bytes);
      if (!header.ok) return this.#d.penalise(from, `header: ${header.error.message}`);
      const added = this.#d.chain.addHeader(header.value, headerHash(bytes));
      if (!added.ok && added.error.code !== 'duplicate') {
        if (RULE_BREAKS.has(added.error.code)) this.#d.penalise(from, `header: ${added.error.message}`);
        break;
      }
    }
    if (headers.length === MAX_HEADERS_PER_MESSAGE) this.askHeaders(from, true);
    this.tick();
  }

  onGetBlock(from: PeerId, rid: number, hash: string): void {
    const block = this.#d.chain.block(hash);
    this.#d.send(from, block ? { kind: 'chainBlock', rid, block: encodeBlock(block) } : { kind: 'chainNotFound', rid, hash });
  }

  onNotFound(from: PeerId, rid: number): void {
    const request = this.#requests.get(rid);
    if (request?.peer !== from) return;
    this.#finish(rid);
    if (request.hash !== undefined) {
      this.#lacks.add(`${from}:${request.hash}`);
      if (this.#lacks.size > MAX_LACKS) this.#lacks.delete(this.#lacks.values().next().value!);
    }
    this.tick();
  }

  async onBlock(from: PeerId, rid: number, bytes: Uint8Array): Promise<void> {
    const request = this.#requests.get(rid);
    if (request?.peer !== from) return;
    this.#finish(rid);
    const block = decodeBlock(bytes);
    if (!block.ok || block.value.hash !== request.hash) return this.#d.penalise(from, block.ok ? 'a block that was not asked for' : block.error.message);
    const r = await this.#d.chain.submitBlock(block.value);
    if (!r.ok && r.error.code !== 'duplicate') this.#d.refused(r.error.code);
    if (!r.ok && RULE_BREAKS.has(r.error.code)) this.#d.penalise(from, `block: ${r.error.message}`);
    this.tick();
  }

  /** Bodies missing on the best header branch, lowest first, spread over neighbours that have them. */
  #askBodies(): void {
    const chain = this.#d.chain;
    const missing: IndexEntry[] = [];
    for (let e: IndexEntry | undefined = chain.index.bestHeader(); e && !e.haveChain; e = e.parent) if (e.status === 'header') missing.push(e);
    missing.reverse();
    for (const entry of missing) {
      if (this.#requests.size >= MAX_BODIES_IN_FLIGHT) return;
      if (this.#bodiesWanted.has(entry.hash)) continue;
      const peer = this.#pickPeer(entry);
      if (!peer) return;
      const rid = this.#request(peer, 'block', entry.hash);
      if (!this.#d.send(peer, { kind: 'chainGetBlock', rid, hash: entry.hash })) this.#finish(rid);
    }
  }

  /** A linked neighbour whose tip has at least `entry`'s work, least busy first, seeds preferred. */
  #pickPeer(entry: IndexEntry): PeerId | undefined {
    const linked = new Set(this.#d.links());
    const busy = (id: PeerId): number => [...this.#requests.values()].filter((r) => r.peer === id).length;
    const able = [...this.#tips].filter(([id, t]) => linked.has(id) && this.#tipHolds(t, entry) && !this.#lacks.has(`${id}:${entry.hash}`) && busy(id) < MAX_BODIES_PER_PEER).map(([id]) => id);
    able.sort((a, b) => busy(a) - busy(b) || Number(this.#d.isSeed(b)) - Number(this.#d.isSeed(a)));
    return able[0];
  }

  /** Whether a neighbour's tip is `entry` or above it on its branch (so it holds the body). */
  #tipHolds(tip: PeerTip, entry: IndexEntry): boolean {
    const top = this.#d.chain.index.get(tip.hash);
    return top !== undefined && top.height >= entry.height && this.#d.chain.index.ancestor(top, entry.height) === entry;
  }

  #locator(): string[] {
    const chain = this.#d.chain;
    const best = chain.index.bestHeader();
    // Locate from the best header, so headers already fetched are not fetched again.
    const hashes: string[] = [];
    let step = 1;
    for (let h = best.height; h > 0; h -= step) {
      hashes.push(chain.index.ancestor(best, h).hash);
      if (hashes.length >= 10) step *= 2;
    }
    hashes.push(chain.index.genesis.hash);
    return hashes;
  }

  #request(peer: PeerId, kind: Request['kind'], hash?: string): number {
    const rid = this.#rid++;
    const timer = this.#d.clock.setTimeout(() => {
      this.#finish(rid);
      this.tick();
    }, REQUEST_TIMEOUT_MS);
    this.#requests.set(rid, { peer, kind, ...(hash !== undefined && { hash }), timer });
    if (hash !== undefined) this.#bodiesWanted.add(hash);
    return rid;
  }

  #finish(rid: number): void {
    const r = this.#requests.get(rid);
    if (!r) return;
    this.#d.clock.clearTimeout(r.timer);
    this.#requests.delete(rid);
    if (r.hash !== undefined) this.#bodiesWanted.delete(r.hash);
  }
}
