/**
 * Keeps a node at its target degree: dials candidates when below it, refuses links above the
 * hard cap, replaces lost neighbours, backs off from peers that fail, and resolves duplicate
 * links between a pair (glare) the same way on both sides: the link initiated by the smaller id
 * wins.
 */
import { pickRandom, type Clock, type Random, type TimerHandle } from '../base/clock.ts';
import { TabmeshError, type ErrorCode } from '../base/errors.ts';
import type { Link } from '../transport/types.ts';
import type { PeerId } from '../base/peer-id.ts';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  DEFAULT_MAX_DEGREE,
  DEFAULT_TARGET_DEGREE,
  INBOUND_DEGREE_FACTOR,
  MIN_INBOUND_DEGREE,
  DIAL_TIMEOUT_MS,
  MAINTAIN_INTERVAL_MS,
  MAX_PARALLEL_DIALS,
} from './constants.ts';

export interface ConnectionManagerOptions {
  selfId: PeerId;
  clock: Clock;
  random: Random;
  targetDegree?: number;
  maxDegree?: number;
  maxInboundDegree?: number;
  /** Opens an outbound link; rejects with a TabmeshError on failure. */
  dial(id: PeerId, signal: AbortSignal): Promise<Link>;
  /** Peers worth dialing, best first or in any order. */
  candidates(): PeerId[];
  /** Called with each link the manager keeps (after glare resolution). */
  onLinkOpen(link: Link): void;
  onLinkClosed(link: Link, reason: ErrorCode | 'remote'): void;
  /** Called when the manager needs more candidates than it has (e.g. ask for a bootstrap). */
  onStarved?(): void;
}

interface Backoff {
  failures: number;
  notBefore: number;
}

type State = { kind: 'stopped' } | { kind: 'running'; timer: TimerHandle | undefined };

export class ConnectionManager {
  readonly targetDegree: number;
  readonly maxDegree: number;
  /** Offers are answered only below this, so early nodes do not become hubs; dials may go up to maxDegree. */
  #maxInboundDegree: number;
  readonly #o: ConnectionManagerOptions;
  readonly #links = new Map<PeerId, Link>();
  readonly #dialing = new Map<PeerId, AbortController>();
  /** Dials asked for by connect() (the API, the DHT's ring links): they do not take the mesh's dial slots. */
  readonly #explicit = new Set<PeerId>();
  readonly #backoff = new Map<PeerId, Backoff>();
  #state: State = { kind: 'stopped' };

  constructor(options: ConnectionManagerOptions) {
    this.#o = options;
    this.targetDegree = options.targetDegree ?? DEFAULT_TARGET_DEGREE;
    this.maxDegree = options.maxDegree ?? DEFAULT_MAX_DEGREE;
    // A node that dials nobody itself (target 0) is a pure acceptor: only the hard cap applies.
    const softCap = this.targetDegree === 0 ? this.maxDegree : Math.max(INBOUND_DEGREE_FACTOR * this.targetDegree, MIN_INBOUND_DEGREE);
    this.#maxInboundDegree = Math.min(this.maxDegree, options.maxInboundDegree ?? softCap);
  }

  /** Links accepted from others before offers are refused (the hard cap still bounds everything). */
  get maxInboundDegree(): number {
    return this.#maxInboundDegree;
  }

  /** Make room for links others open for their own reasons (a DHT's ring neighbours and fingers). */
  allowInbound(degree: number): void {
    this.#maxInboundDegree = Math.min(this.maxDegree, Math.max(this.#maxInboundDegree, degree));
  }

  get degree(): number {
    return this.#links.size;
  }

  links(): Link[] {
    return [...this.#links.values()];
  }

  link(id: PeerId): Link | undefined {
    return this.#links.get(id);
  }

  isDialing(id: PeerId): boolean {
    return this.#dialing.has(id);
  }

  start(): void {
    if (this.#state.kind === 'running') return;
    this.#state = { kind: 'running', timer: undefined };
    this.#schedule(0);
  }

  /** Closes every link; with `reason` 'closed' neighbours see a clean leave. */
  stop(): void {
    if (this.#state.kind === 'stopped') return;
    if (this.#state.timer !== undefined) this.#o.clock.clearTimeout(this.#state.timer);
    this.#state = { kind: 'stopped' };
    for (const controller of this.#dialing.values()) controller.abort(new TabmeshError('aborted', 'stopping'));
    this.#dialing.clear();
    for (const link of [...this.#links.values()]) link.close('closed');
  }

  /** Whether an offer from `id` should be answered: room left, and no better link to it. */
  shouldAccept(id: PeerId): { ok: true } | { ok: false; code: ErrorCode } {
    if (this.#state.kind === 'stopped') return { ok: false, code: 'closed' };
    if (id === this.#o.selfId) return { ok: false, code: 'self' };
    const existing = this.#links.get(id);
    if (existing && this.#initiator(existing) === this.#canonicalInitiator(id)) return { ok: false, code: 'at-capacity' };
    if (!existing && this.#links.size >= this.#maxInboundDegree) return { ok: false, code: 'at-capacity' };
    if (this.#dialing.has(id) && this.#o.selfId < id) return { ok: false, code: 'at-capacity' };
    return { ok: true };
  }

  /**
   * Hand over a link opened by either side. Returns false if it was refused and closed. A link
   * that closed before it got here is refused too: nobody attached to it saw the close, so it
   * would stay counted as a neighbour forever.
   */
  adopt(link: Link): boolean {
    const id = link.remoteId;
    if (this.#state.kind === 'stopped' || id === this.#o.selfId || link.closed) {
      link.close('closed');
      return false;
    }
    const existing = this.#links.get(id);
    if (existing && !existing.closed) {
      const canonical = this.#canonicalInitiator(id);
      const keepNew = this.#initiator(link) === canonical && this.#initiator(existing) !== canonical;
      if (!keepNew) {
        link.close('closed');
        return false;
      }
      this.#links.delete(id);
      existing.close('closed');
    } else if (this.#links.size >= this.maxDegree) {
      link.close('at-capacity');
      return false;
    }
    this.#links.set(id, link);
    this.#backoff.delete(id);
    this.#dialing.get(id)?.abort(new TabmeshError('aborted', 'linked by the other side'));
    this.#o.onLinkOpen(link);
    return true;
  }

  /** The owner of the link saw it close. */
  linkClosed(link: Link, reason: ErrorCode | 'remote'): void {
    if (this.#links.get(link.remoteId) !== link) return;
    this.#links.delete(link.remoteId);
    this.#o.onLinkClosed(link, reason);
    if (reason !== 'closed' && reason !== 'remote') this.#fail(link.remoteId);
    this.#schedule(0);
  }

  /** Dial one peer now, regardless of degree (the API's connect). */
  async connect(id: PeerId, signal?: AbortSignal): Promise<Link> {
    const existing = this.#links.get(id);
    if (existing) return existing;
    if (id === this.#o.selfId) throw new TabmeshError('self', 'cannot connect to self');
    this.#explicit.add(id);
    try {
      return await this.#dial(id, signal);
    } finally {
      this.#explicit.delete(id);
    }
  }

  /** Ask for a maintenance pass soon, e.g. when new candidates arrive. */
  kick(): void {
    this.#schedule(0);
  }

  #schedule(ms: number): void {
    const state = this.#state;
    if (state.kind !== 'running') return;
    if (state.timer !== undefined) this.#o.clock.clearTimeout(state.timer);
    state.timer = this.#o.clock.setTimeout(() => {
      state.timer = undefined;
      this.#maintain();
      const jitter = 0.75 + this.#o.random() * 0.5;
      this.#schedule(MAINTAIN_INTERVAL_MS * jitter);
    }, ms);
  }

  #maintain(): void {
    if (this.#state.kind !== 'running') return;
    // Explicit dials (often to peers that may be gone, e.g. a DHT's old successors) must not
    // starve the mesh of the dials that replace lost neighbours.
    let ownDials = 0;
    for (const id of this.#dialing.keys()) if (!this.#explicit.has(id)) ownDials++;
    const missing = this.targetDegree - this.#links.size - ownDials;
    const slots = Math.min(missing, MAX_PARALLEL_DIALS - ownDials);
    if (slots <= 0) return;
    const now = this.#o.clock.now();
    const eligible = this.#o.candidates().filter(
      (id) => id !== this.#o.selfId && !this.#links.has(id) && !this.#dialing.has(id) && (this.#backoff.get(id)?.notBefore ?? 0) <= now,
    );
    if (eligible.length < missing) this.#o.onStarved?.();
    for (const id of pickRandom([...new Set(eligible)], slots, this.#o.random)) {
      this.#dial(id).catch(() => undefined);
    }
  }

  async #dial(id: PeerId, outer?: AbortSignal): Promise<Link> {
    const controller = new AbortController();
    const onOuterAbort = (): void => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const timer = this.#o.clock.setTimeout(() => controller.abort(new TabmeshError('timeout', 'dial timed out')), DIAL_TIMEOUT_MS);
    this.#dialing.set(id, controller);
    try {
      const link = await this.#o.dial(id, controller.signal);
      if (this.#dialing.get(id) === controller) this.#dialing.delete(id);
      if (!this.adopt(link)) {
        const kept = this.#links.get(id);
        if (kept) return kept;
        throw new TabmeshError('at-capacity', 'link refused locally');
      }
      return link;
    } catch (error) {
      if (this.#dialing.get(id) === controller) this.#dialing.delete(id);
      const kept = this.#links.get(id);
      if (kept) return kept;
      this.#fail(id);
      throw error instanceof TabmeshError ? error : new TabmeshError('closed', String(error));
    } finally {
      this.#o.clock.clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  #fail(id: PeerId): void {
    const previous = this.#backoff.get(id)?.failures ?? 0;
    const failures = previous + 1;
    const wait = Math.min(BACKOFF_BASE_MS * 2 ** (failures - 1), BACKOFF_MAX_MS) * (0.5 + this.#o.random());
    this.#backoff.set(id, { failures, notBefore: this.#o.clock.now() + wait });
  }

  #initiator(link: Link): PeerId {
    return link.direction === 'outbound' ? this.#o.selfId : link.remoteId;
  }

  #canonicalInitiator(other: PeerId): PeerId {
    return this.#o.selfId < other ? this.#o.selfId : other;
  }
}
