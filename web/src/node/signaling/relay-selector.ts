/**
 * Lowest-latency relay choice (seed 002): measures the TURN service of every relay the signaling
 * server offers — min of PROBES_PER_MEASUREMENT round trips — re-measures periodically and when
 * the offers change, and puts the reachable relay with the lowest RTT into this node's ICE
 * configuration. A relay whose probes all fail is marked unreachable and the next lowest takes
 * its place. New connections wait (briefly) for the first result; until then every relay still
 * being measured is in the ICE configuration, so a link opened meanwhile works through any relay
 * that works at all. Credentials are fetched again at half their lifetime and dropped once expired.
 *
 * Pure: the clock, the probe (a browser RTCPeerConnection, or a fake in tests) and the refresh
 * call are passed in.
 */
import { delay, type Clock, type TimerHandle } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { IceServer, RelayOffer } from './protocol.ts';

export type RelayState = 'measuring' | 'ok' | 'unreachable';

/** A relay this node knows from the signaling server, with the RTT measured to its TURN service. */
export interface RelayRow {
  id: PeerId;
  urls: string[];
  state: RelayState;
  /** Min over 3 probes of one round trip to the relay's TURN port. */
  rttMs?: number;
  /** This relay's TURN server is the one in this node's ICE configuration. */
  inUse: boolean;
}

/** Min over three probes: one slow sample (a GC pause, a retransmit) does not misrank a relay. */
export const PROBES_PER_MEASUREMENT = 3;
/** RTTs drift slowly; a minute keeps the choice current at 3 probes per relay per minute. */
export const REMEASURE_INTERVAL_MS = 60_000;
/** A probe that has not answered by then failed (the browser probe gives up after 3 s itself). */
export const PROBE_TIMEOUT_MS = 5_000;
/**
 * A new connection waits at most this long for the first measurement result (a reachable relay
 * answers three probes in well under a second): with trickle off, a connection configured with a
 * dead TURN server waits for its allocation to time out before the offer can even be sent.
 */
export const FIRST_CHOICE_WAIT_MS = 2_000;
/** Relays measured at once; the protocol offers at most 16, so a cycle takes a few rounds at most. */
export const MAX_PARALLEL_MEASUREMENTS = 4;
/** How often the offer list is fetched even when credentials are far from expiry: new relays show up. */
export const RELAY_LIST_REFRESH_MS = 5 * 60_000;
/** After a failed refresh (signaling down), the next try. */
export const REFRESH_RETRY_MS = 30_000;
/** No two refreshes closer than this, whatever the server hands out. */
export const MIN_REFRESH_GAP_MS = 10_000;
/**
 * Another relay replaces the one in use only when faster by this fraction of its RTT (and at
 * least SWITCH_MARGIN_MIN_MS): two relays with equal RTTs must not swap on every measurement.
 */
export const SWITCH_MARGIN_FRACTION = 0.1;
export const SWITCH_MARGIN_MIN_MS = 1;

export interface RelaySelectorOptions {
  clock: Clock;
  /** One round trip to the offer's TURN service, in ms; rejects when it does not answer. */
  probe: (offer: RelayOffer, signal: AbortSignal) => Promise<number>;
  /** ICE servers from the signaling server's configuration, always first in iceServers(). */
  staticIceServers: () => IceServer[];
  /** Fetches fresh offers (SignalingClient.refreshRelays): before credentials expire, and now and then for new relays. */
  refresh?: () => Promise<RelayOffer[]>;
  /** Default REMEASURE_INTERVAL_MS. */
  remeasureMs?: number;
  /** Default PROBE_TIMEOUT_MS. */
  probeTimeoutMs?: number;
}

interface Entry {
  offer: RelayOffer;
  /** Clock time the current credential arrived; it is valid for offer.ttlSeconds from then. */
  receivedAt: number;
  state: RelayState;
  rttMs: number | undefined;
}

/** Timers and the measurement in progress exist only while running, so stop() cannot miss one. */
interface Running {
  measureTimer: TimerHandle | undefined;
  refreshTimer: TimerHandle | undefined;
  expiryTimer: TimerHandle | undefined;
  /** Aborts the measurement cycle in progress. */
  cycle: AbortController | undefined;
  /** The offers changed during a cycle: measure again when it ends. */
  again: boolean;
  refreshing: boolean;
  lastRefreshAt: number;
  lastRefreshFailed: boolean;
  /** Callers of iceServersWhenChosen() still waiting, with their timeout timers. */
  waiters: Map<() => void, TimerHandle>;
}

export class RelaySelector {
  readonly #o: RelaySelectorOptions;
  readonly #remeasureMs: number;
  readonly #probeTimeoutMs: number;
  /** In the order the server offered them. */
  #entries = new Map<PeerId, Entry>();
  /** The reachable relay in use; undefined while none has been measured reachable. */
  #chosen: PeerId | undefined;
  readonly #listeners = new Set<() => void>();
  #lastEmitted = '';
  #run: Running | undefined;

  constructor(options: RelaySelectorOptions) {
    this.#o = options;
    this.#remeasureMs = options.remeasureMs ?? REMEASURE_INTERVAL_MS;
    this.#probeTimeoutMs = options.probeTimeoutMs ?? PROBE_TIMEOUT_MS;
    this.#run = {
      measureTimer: undefined,
      refreshTimer: undefined,
      expiryTimer: undefined,
      cycle: undefined,
      again: false,
      refreshing: false,
      lastRefreshAt: options.clock.now(),
      lastRefreshFailed: false,
      waiters: new Map(),
    };
    this.#scheduleCredentialTimers();
  }

  /** The offers now on hand (all of them, replacing the previous list). */
  update(offers: readonly RelayOffer[]): void {
    if (this.#run === undefined) return;
    const now = this.#o.clock.now();
    const next = new Map<PeerId, Entry>();
    let setChanged = offers.length !== this.#entries.size;
    for (const offer of offers) {
      const old = this.#entries.get(offer.id);
      if (old !== undefined && sameUrls(old.offer.urls, offer.urls)) {
        // Same service, maybe new credentials: the measurements stand.
        if (old.offer.username !== offer.username || old.offer.credential !== offer.credential || old.offer.ttlSeconds !== offer.ttlSeconds) {
          old.receivedAt = now;
        }
        old.offer = offer;
        next.set(offer.id, old);
      } else {
        setChanged = true;
        next.set(offer.id, { offer, receivedAt: now, state: 'measuring', rttMs: undefined });
      }
    }
    this.#entries = next;
    if (setChanged) this.#measureAll();
    this.#changed();
  }

  /** The static servers plus the chosen relay's TURN service (before a first result: every relay being measured). */
  iceServers(): IceServer[] {
    const servers = this.#o.staticIceServers().map((s) => ({ ...s }));
    for (const entry of this.#inUse()) {
      const { urls, username, credential } = entry.offer;
      servers.push({ urls: [...urls], username, credential });
    }
    return servers;
  }

  /**
   * iceServers() once the choice is made: at once when a relay is chosen or none is being
   * measured, else after the first measurement result or `maxWaitMs`, whichever comes first.
   */
  iceServersWhenChosen(maxWaitMs = FIRST_CHOICE_WAIT_MS): IceServer[] | Promise<IceServer[]> {
    const run = this.#run;
    if (run === undefined || !this.#undecided()) return this.iceServers();
    return new Promise<IceServer[]>((resolve) => {
      const done = (): void => {
        const timer = run.waiters.get(done);
        if (timer !== undefined) this.#o.clock.clearTimeout(timer);
        run.waiters.delete(done);
        resolve(this.iceServers());
      };
      run.waiters.set(done, this.#o.clock.setTimeout(done, maxWaitMs));
    });
  }

  /** Every offered relay: reachable ones lowest RTT first, then those being measured, then unreachable ones. */
  rows(): RelayRow[] {
    const order: Record<RelayState, number> = { ok: 0, measuring: 1, unreachable: 2 };
    const entries = [...this.#entries.values()];
    const sorted = entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => order[a.entry.state] - order[b.entry.state] || (a.entry.rttMs ?? 0) - (b.entry.rttMs ?? 0) || a.index - b.index);
    const inUse = new Set(this.#inUse());
    return sorted.map(({ entry }) => {
      const row: RelayRow = { id: entry.offer.id, urls: [...entry.offer.urls], state: entry.state, inUse: inUse.has(entry) };
      if (entry.rttMs !== undefined) row.rttMs = entry.rttMs;
      return row;
    });
  }

  /** Called when rows() changes (states, RTTs, the relay in use); returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Measures every relay now (also done periodically and when the offers change). */
  remeasure(): void {
    this.#measureAll();
  }

  stop(): void {
    const run = this.#run;
    if (run === undefined) return;
    this.#run = undefined;
    run.cycle?.abort(new TabmeshError('aborted', 'relay selector stopped'));
    for (const timer of [run.measureTimer, run.refreshTimer, run.expiryTimer]) {
      if (timer !== undefined) this.#o.clock.clearTimeout(timer);
    }
    for (const done of [...run.waiters.keys()]) done();
  }

  #measureAll(): void {
    const run = this.#run;
    if (run === undefined) return;
    if (run.cycle !== undefined) {
      run.again = true;
      return;
    }
    if (run.measureTimer !== undefined) this.#o.clock.clearTimeout(run.measureTimer);
    run.measureTimer = undefined;
    const cycle = new AbortController();
    run.cycle = cycle;
    const queue = [...this.#entries.values()];
    const worker = async (): Promise<void> => {
      for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) await this.#measure(entry, cycle.signal);
    };
    const workers = Array.from({ length: Math.min(MAX_PARALLEL_MEASUREMENTS, queue.length) }, worker);
    void Promise.all(workers).then(() => {
      if (this.#run !== run) return;
      run.cycle = undefined;
      if (run.again) {
        run.again = false;
        this.#measureAll();
        return;
      }
      run.measureTimer = this.#o.clock.setTimeout(() => {
        run.measureTimer = undefined;
        this.#measureAll();
      }, this.#remeasureMs);
    });
  }

  async #measure(entry: Entry, signal: AbortSignal): Promise<void> {
    const samples: number[] = [];
    for (let i = 0; i < PROBES_PER_MEASUREMENT; i++) {
      if (signal.aborted || this.#entries.get(entry.offer.id) !== entry) return;
      try {
        // The entry's latest credentials: a refresh may have replaced them meanwhile.
        const rtt = await this.#probeOnce(entry.offer, signal);
        if (Number.isFinite(rtt) && rtt >= 0) samples.push(rtt);
      } catch {
        // a failed probe counts as no sample
      }
    }
    if (signal.aborted || this.#entries.get(entry.offer.id) !== entry) return;
    if (samples.length === 0) {
      entry.state = 'unreachable';
      entry.rttMs = undefined;
    } else {
      entry.state = 'ok';
      entry.rttMs = Math.min(...samples);
    }
    this.#changed();
  }

  /** One probe, bounded by the probe timeout and aborted with the cycle. */
  async #probeOnce(offer: RelayOffer, cycle: AbortSignal): Promise<number> {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(cycle.reason);
    cycle.addEventListener('abort', onAbort, { once: true });
    const timeout = delay(this.#o.clock, this.#probeTimeoutMs, controller.signal).then(() => {
      throw new TabmeshError('timeout', 'relay probe timed out');
    });
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    try {
      return await Promise.race([this.#o.probe(offer, controller.signal), timeout, aborted]);
    } finally {
      cycle.removeEventListener('abort', onAbort);
      controller.abort(new TabmeshError('aborted', 'probe finished'));
      timeout.catch(() => undefined);
      aborted.catch(() => undefined);
    }
  }

  /** Picks the relay in use, drops expired credentials, reschedules, and tells listeners. */
  #changed(): void {
    this.#dropExpired();
    this.#choose();
    this.#scheduleCredentialTimers();
    if (this.#run !== undefined && !this.#undecided()) for (const done of [...this.#run.waiters.keys()]) done();
    const snapshot = JSON.stringify(this.rows());
    if (snapshot === this.#lastEmitted) return;
    this.#lastEmitted = snapshot;
    for (const listener of [...this.#listeners]) listener();
  }

  #choose(): void {
    const current = this.#chosen === undefined ? undefined : this.#entries.get(this.#chosen);
    const reachable = [...this.#entries.values()].filter((e) => e.state === 'ok').sort((a, b) => (a.rttMs ?? 0) - (b.rttMs ?? 0));
    const best = reachable[0];
    const keep = best !== undefined && current?.state === 'ok' && !clearlyFaster(best.rttMs ?? 0, current.rttMs ?? 0);
    this.#chosen = keep ? current.offer.id : best?.offer.id;
  }

  /** No relay chosen yet while some are still being measured. */
  #undecided(): boolean {
    return this.#chosen === undefined && [...this.#entries.values()].some((e) => e.state === 'measuring');
  }

  /** The relays in the ICE configuration: the chosen one, or while there is none, those still being measured. */
  #inUse(): Entry[] {
    const chosen = this.#chosen === undefined ? undefined : this.#entries.get(this.#chosen);
    if (chosen !== undefined) return [chosen];
    return [...this.#entries.values()].filter((e) => e.state === 'measuring');
  }

  #dropExpired(): void {
    const now = this.#o.clock.now();
    for (const [id, entry] of this.#entries) {
      if (expiresAt(entry) <= now) this.#entries.delete(id);
    }
  }

  #scheduleCredentialTimers(): void {
    const run = this.#run;
    if (run === undefined) return;
    const clock = this.#o.clock;
    const now = clock.now();
    if (run.expiryTimer !== undefined) clock.clearTimeout(run.expiryTimer);
    run.expiryTimer = undefined;
    const entries = [...this.#entries.values()];
    if (entries.length > 0) {
      const firstExpiry = Math.min(...entries.map(expiresAt));
      run.expiryTimer = clock.setTimeout(() => {
        run.expiryTimer = undefined;
        this.#changed();
      }, Math.max(0, firstExpiry - now));
    }
    if (this.#o.refresh === undefined || run.refreshing) return;
    if (run.refreshTimer !== undefined) clock.clearTimeout(run.refreshTimer);
    // Half the lifetime of the credential that expires first, or the periodic list refresh; after
    // a failure, the retry.
    let due = run.lastRefreshAt + RELAY_LIST_REFRESH_MS;
    for (const entry of entries) due = Math.min(due, entry.receivedAt + (entry.offer.ttlSeconds * 1000) / 2);
    due = run.lastRefreshFailed ? run.lastRefreshAt + REFRESH_RETRY_MS : Math.max(due, run.lastRefreshAt + MIN_REFRESH_GAP_MS);
    run.refreshTimer = clock.setTimeout(() => {
      run.refreshTimer = undefined;
      void this.#refresh(run);
    }, Math.max(0, due - now));
  }

  async #refresh(run: Running): Promise<void> {
    const refresh = this.#o.refresh;
    if (refresh === undefined || this.#run !== run) return;
    run.refreshing = true;
    let offers: RelayOffer[] | undefined;
    try {
      offers = await refresh();
    } catch {
      offers = undefined;
    }
    if (this.#run !== run) return;
    run.refreshing = false;
    run.lastRefreshAt = this.#o.clock.now();
    run.lastRefreshFailed = offers === undefined;
    if (offers !== undefined) this.update(offers);
    else this.#changed();
  }
}

function expiresAt(entry: Entry): number {
  return entry.receivedAt + entry.offer.ttlSeconds * 1000;
}

function sameUrls(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((url, i) => url === b[i]);
}

function clearlyFaster(candidateMs: number, currentMs: number): boolean {
  return candidateMs < currentMs - Math.max(SWITCH_MARGIN_MIN_MS, currentMs * SWITCH_MARGIN_FRACTION);
}
