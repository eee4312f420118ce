/**
 * Proof of work: try nonces over a header's bytes until its hash meets a target (pow.ts). The
 * search itself is synchronous (`searchNonces`, one call for a bounded count); `Miner` runs it in
 * batches, handing the host a turn between them through an injected scheduler, so the same loop
 * runs in a Web Worker, a Node worker thread or inline in the simulator, hears cancels and new
 * tips between batches, and reports progress on the injected clock.
 */
import type { Clock } from '../base/clock.ts';
import { err, ok, tabmeshError, type Result } from '../base/errors.ts';
import { NonceHasher, wordsToHex } from './sha256.ts';

/** The nonce is the header's last 8 bytes, a big-endian u64 (header.ts). */
export const NONCE_BYTES = 8;
const NONCE_LIMIT = 1n << 64n;
/**
 * The longest header the miner takes. Photoblocks headers are at most 272 bytes (header.ts), but
 * the layout is not the miner's business: the bound only keeps a bad request from holding memory.
 * (header.ts is not imported: it pulls in ethers, hundreds of ms at every mining thread's start.)
 */
export const MAX_MINING_HEADER_BYTES = 1024;
const TWO_32 = 0x1_0000_0000;
/** Hashes in a first batch: a few ms anywhere, so the first progress comes quickly. */
export const DEFAULT_BATCH_SIZE = 4096;
/** Later batches are sized to take about this long: the most a cancel or a new tip waits. */
export const DEFAULT_BATCH_MS = 50;
/** Hash rates are averaged over this much recent time. */
export const DEFAULT_RATE_WINDOW_MS = 2000;
const MIN_BATCH_SIZE = 256;
const MAX_BATCH_SIZE = 1 << 22;

/** A whole header (its last 8 bytes, the nonce, are ignored), or the bytes before the nonce. */
export type HeaderInput = { readonly header: Uint8Array } | { readonly prefix: Uint8Array };
export type SearchParams = HeaderInput & { readonly target: bigint; readonly startNonce: bigint; readonly count: number };

export interface Hit {
  readonly nonce: bigint;
  /** The block hash: 64 lowercase hex digits, as headerHash gives it. */
  readonly hash: string;
}

export interface SearchResult {
  /** The first nonce from the start whose hash meets the target. */
  readonly found: Hit | undefined;
  readonly hashes: number;
  /** The lowest hash seen. */
  readonly best: Hit | undefined;
}

/** One header and target, and where the search has got to. */
class NonceSearch {
  readonly #hasher: NonceHasher;
  readonly #target = new Int32Array(8);
  readonly #best = new Int32Array(8).fill(-1);
  best: Hit | undefined;
  next: bigint;

  constructor(prefix: Uint8Array, target: bigint, startNonce: bigint) {
    this.#hasher = new NonceHasher(prefix);
    for (let i = 0; i < 8; i++) this.#target[i] = Number((target >> BigInt(224 - 32 * i)) & 0xffff_ffffn) | 0;
    this.next = startNonce;
  }

  get exhausted(): boolean {
    return this.next >= NONCE_LIMIT;
  }

  /** Tries up to `count` nonces from `next`; stops at the first hit or the end of the nonce space. */
  run(count: number): { found: Hit | undefined; hashes: number } {
    let hashes = 0;
    while (hashes < count && !this.exhausted) {
      const hi = Number(this.next >> 32n);
      const lo = Number(this.next & 0xffff_ffffn);
      const n = Math.min(count - hashes, TWO_32 - lo);
      const base = this.next;
      const index = this.#hasher.scan(hi, lo, n, this.#target, this.#best, (i) => {
        this.best = { nonce: base + BigInt(i), hash: wordsToHex(this.#hasher.hash) };
      });
      if (index >= 0) {
        this.next = base + BigInt(index) + 1n;
        return { found: { nonce: base + BigInt(index), hash: wordsToHex(this.#hasher.hash) }, hashes: hashes + index + 1 };
      }
      hashes += n;
      this.next = base + BigInt(n);
    }
    return { found: undefined, hashes };
  }
}

type JobParams = HeaderInput & { readonly target: bigint; readonly startNonce?: bigint };

/** A checked search, or 'truncated' (header under 8 bytes), 'oversized' or 'bad-field'. */
function prepare(params: JobParams): Result<NonceSearch> {
  let prefix: Uint8Array;
  if ('header' in params) {
    if (!(params.header instanceof Uint8Array)) return err('bad-field', 'header is not bytes');
    if (params.header.length < NONCE_BYTES) return err('truncated', `a header ends in an ${NONCE_BYTES}-byte nonce; got ${params.header.length} bytes`);
    prefix = params.header.subarray(0, params.header.length - NONCE_BYTES);
  } else {
    if (!(params.prefix instanceof Uint8Array)) return err('bad-field', 'prefix is not bytes');
    prefix = params.prefix;
  }
  if (prefix.length + NONCE_BYTES > MAX_MINING_HEADER_BYTES) return err('oversized', `a header is at most ${MAX_MINING_HEADER_BYTES} bytes`);
  const { target } = params;
  if (typeof target !== 'bigint' || target <= 0n || target >= 1n << 256n) return err('bad-field', 'target is not in 1 … 2^256 − 1');
  const start = params.startNonce ?? 0n;
  if (typeof start !== 'bigint' || start < 0n || start >= NONCE_LIMIT) return err('bad-field', 'startNonce is not a u64');
  return ok(new NonceSearch(prefix, target, start));
}

/** Tries `count` nonces from `startNonce` (fewer at the end of the u64 space); a typed error for bad input. */
export function searchNonces(params: SearchParams): Result<SearchResult> {
  if (!Number.isSafeInteger(params.count) || params.count <= 0) return err('bad-field', `count ${params.count} is not a positive integer`);
  const search = prepare(params);
  if (!search.ok) return search;
  const { found, hashes } = search.value.run(params.count);
  return ok({ found, hashes, best: search.value.best });
}

export type MiningJob = JobParams;

export type MineOutcome =
  | { readonly status: 'found'; readonly nonce: bigint; readonly hash: string; readonly hashes: number }
  /** Cancelled through its signal or `cancel()`. */
  | { readonly status: 'cancelled'; readonly hashes: number }
  /** Replaced by a newer job (a new tip) before it found anything. */
  | { readonly status: 'superseded'; readonly hashes: number }
  /** Every nonce from its start was tried. */
  | { readonly status: 'exhausted'; readonly hashes: number };

export interface MiningProgress {
  /** Counts the jobs this miner was given: 1 for the first. */
  readonly job: number;
  /** Hashes on this job, and since the miner was made. */
  readonly hashes: number;
  readonly totalHashes: number;
  /** Hashes per second over the last rate window (across jobs: the machine's rate). */
  readonly hashRate: number;
  readonly best: Hit | undefined;
  readonly nextNonce: bigint;
  readonly elapsedMs: number;
}

export interface MinerOptions {
  readonly clock: Clock;
  /** Resolves once the host has had a turn (its messages, timers, I/O): awaited between batches. */
  readonly schedule: () => Promise<void>;
  readonly batchSize?: number;
  /** 0 keeps every batch at batchSize. */
  readonly batchMs?: number;
  readonly rateWindowMs?: number;
  readonly onProgress?: (progress: MiningProgress) => void;
}

interface ActiveJob {
  readonly id: number;
  readonly search: NonceSearch;
  readonly startedAt: number;
  hashes: number;
  readonly settle: (outcome: MineOutcome) => void;
  readonly fail: (error: unknown) => void;
  readonly detach: () => void;
}

/** Mines one job at a time; a new job replaces the running one at the next batch boundary. */
export class Miner {
  readonly #options: MinerOptions;
  #batchSize: number;
  #job: ActiveJob | undefined;
  #jobs = 0;
  #totalHashes = 0;
  #looping = false;
  readonly #samples: { at: number; total: number }[] = [];
  #last: MiningProgress | undefined;

  constructor(options: MinerOptions) {
    this.#options = options;
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  get mining(): boolean {
    return this.#job !== undefined;
  }

  /** The figures after the last batch. */
  get progress(): MiningProgress | undefined {
    return this.#last;
  }

  /** Mines `job` until a hit, a cancel or a newer job; rejects with a TabmeshError for bad input. */
  mine(job: MiningJob, signal?: AbortSignal): Promise<MineOutcome> {
    const search = prepare(job);
    if (!search.ok) return Promise.reject(search.error);
    if (signal?.aborted) return Promise.reject(tabmeshError('aborted', 'mining aborted before it started'));
    this.#finish({ status: 'superseded' });
    return new Promise<MineOutcome>((resolve, reject) => {
      const onAbort = (): void => {
        if (this.#job === active) this.#finish({ status: 'cancelled' });
      };
      const active: ActiveJob = {
        id: ++this.#jobs,
        search: search.value,
        startedAt: this.#options.clock.now(),
        hashes: 0,
        settle: resolve,
        fail: reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#job = active;
      if (!this.#looping) void this.#loop();
    });
  }

  /** Cancels the running job, if any. */
  cancel(): void {
    this.#finish({ status: 'cancelled' });
  }

  #finish(outcome: { status: 'cancelled' | 'superseded' | 'exhausted' } | { status: 'found'; nonce: bigint; hash: string }): void {
    const job = this.#job;
    if (!job) return;
    this.#job = undefined;
    job.detach();
    job.settle({ ...outcome, hashes: job.hashes });
  }

  async #loop(): Promise<void> {
    this.#looping = true;
    // The rate counts from here: time the miner sat idle is not time it hashed slowly.
    this.#samples.length = 0;
    this.#samples.push({ at: this.#options.clock.now(), total: this.#totalHashes });
    try {
      for (;;) {
        let failure: unknown;
        try {
          await this.#options.schedule();
          if (this.#job) this.#batch(this.#job);
        } catch (error) {
          failure = error;
        }
        const job = this.#job;
        if (!job) return;
        if (failure !== undefined) {
          this.#job = undefined;
          job.detach();
          job.fail(failure);
          return;
        }
      }
    } finally {
      this.#looping = false;
    }
  }

  #batch(job: ActiveJob): void {
    const { clock } = this.#options;
    const started = clock.now();
    const { found, hashes } = job.search.run(this.#batchSize);
    const now = clock.now();
    job.hashes += hashes;
    this.#totalHashes += hashes;
    this.#resize(hashes, now - started);
    this.#report(job, now);
    if (found) this.#finish({ status: 'found', ...found });
    else if (job.search.exhausted) this.#finish({ status: 'exhausted' });
  }

  #resize(hashes: number, ms: number): void {
    const target = this.#options.batchMs ?? DEFAULT_BATCH_MS;
    if (target <= 0 || ms <= 0 || hashes < this.#batchSize) return;
    const next = Math.round((hashes * target) / ms);
    // At most doubling per batch: one slow batch (a GC, a busy core) must not make the next huge.
    this.#batchSize = Math.max(MIN_BATCH_SIZE, Math.min(MAX_BATCH_SIZE, 2 * this.#batchSize, next));
  }

  #report(job: ActiveJob, now: number): void {
    const window = this.#options.rateWindowMs ?? DEFAULT_RATE_WINDOW_MS;
    this.#samples.push({ at: now, total: this.#totalHashes });
    // Keep one sample at or before the window's start, so the rate spans the whole window.
    while (this.#samples.length > 2 && this.#samples[1]!.at <= now - window) this.#samples.shift();
    const oldest = this.#samples[0]!;
    const span = now - oldest.at;
    this.#last = {
      job: job.id,
      hashes: job.hashes,
      totalHashes: this.#totalHashes,
      hashRate: span > 0 ? ((this.#totalHashes - oldest.total) * 1000) / span : 0,
      best: job.search.best,
      nextNonce: job.search.next,
      elapsedMs: now - job.startedAt,
    };
    this.#options.onProgress?.(this.#last);
  }
}
