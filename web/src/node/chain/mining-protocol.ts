/**
 * The messages between a page (or the relay) and the thread that mines for it: a Web Worker in
 * tabs (host/mining-worker.ts), a worker_thread in Node (host-node/mining-thread.ts). Both ends
 * are here, so both hosts speak the same protocol: `serveMining` runs in the thread around a
 * Miner, `MiningController` on the side that asks. Messages travel by structured clone (bigints
 * and bytes included) and are checked field by field on arrival all the same.
 *
 * Job numbers are the asking side's: a new `start` replaces the job running (a new tip) without
 * a new thread, and messages about a replaced job are ignored.
 */
import type { Clock } from '../base/clock.ts';
import { err, isErrorCode, ok, tabmeshError, type ErrorCode, type Result, TabmeshError } from '../base/errors.ts';
import { Miner, type Hit, type MineOutcome } from './miner.ts';

export type ToMiner =
  | { readonly type: 'start'; readonly job: number; readonly header: Uint8Array; readonly target: bigint; readonly startNonce: bigint }
  | { readonly type: 'cancel'; readonly job: number };

export interface MiningProgressMessage {
  readonly type: 'progress';
  readonly job: number;
  readonly hashes: number;
  readonly hashRate: number;
  readonly best: Hit | undefined;
  readonly nextNonce: bigint;
}

export type FromMiner =
  | MiningProgressMessage
  | { readonly type: 'found'; readonly job: number; readonly nonce: bigint; readonly hash: string; readonly hashes: number }
  /** Cancelled, or replaced by a newer start. */
  | { readonly type: 'cancelled'; readonly job: number; readonly hashes: number }
  | { readonly type: 'error'; readonly job: number; readonly code: ErrorCode; readonly message: string };

type Fields = Record<string, unknown>;
const isJob = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isHash = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);
const isHit = (x: unknown): x is Hit => typeof x === 'object' && x !== null && typeof (x as Fields)['nonce'] === 'bigint' && isHash((x as Fields)['hash']);

function fieldsOf(data: unknown): Fields | undefined {
  return typeof data === 'object' && data !== null && isJob((data as Fields)['job']) ? (data as Fields) : undefined;
}

/** A message for the mining thread; 'malformed' otherwise (the miner checks the job's values). */
export function parseToMiner(data: unknown): Result<ToMiner> {
  const m = fieldsOf(data);
  if (m?.['type'] === 'cancel') return ok({ type: 'cancel', job: m['job'] as number });
  if (m?.['type'] === 'start' && m['header'] instanceof Uint8Array && typeof m['target'] === 'bigint' && typeof m['startNonce'] === 'bigint') {
    return ok({ type: 'start', job: m['job'] as number, header: m['header'], target: m['target'], startNonce: m['startNonce'] });
  }
  return err('malformed', 'not a mining request');
}

/** A message from the mining thread; 'malformed' otherwise. */
export function parseFromMiner(data: unknown): Result<FromMiner> {
  const m = fieldsOf(data);
  const job = m?.['job'] as number;
  switch (m?.['type']) {
    case 'progress':
      if (isCount(m['hashes']) && isCount(m['hashRate']) && typeof m['nextNonce'] === 'bigint' && (m['best'] === undefined || isHit(m['best']))) {
        return ok({ type: 'progress', job, hashes: m['hashes'], hashRate: m['hashRate'], best: m['best'], nextNonce: m['nextNonce'] });
      }
      break;
    case 'found':
      if (typeof m['nonce'] === 'bigint' && isHash(m['hash']) && isCount(m['hashes'])) return ok({ type: 'found', job, nonce: m['nonce'], hash: m['hash'], hashes: m['hashes'] });
      break;
    case 'cancelled':
      if (isCount(m['hashes'])) return ok({ type: 'cancelled', job, hashes: m['hashes'] });
      break;
    case 'error':
      if (isErrorCode(m['code']) && typeof m['message'] === 'string') return ok({ type: 'error', job, code: m['code'], message: m['message'] });
      break;
  }
  return err('malformed', 'not a mining report');
}

export interface MiningHostOptions {
  readonly clock: Clock;
  /** Hands the thread's event loop a turn (so cancels and new starts arrive between batches). */
  readonly schedule: () => Promise<void>;
  readonly batchMs?: number;
}

/** The thread's side: returns the handler for incoming messages; reports go to `post`. */
export function serveMining(post: (message: FromMiner) => void, options: MiningHostOptions): (data: unknown) => void {
  let current: number | undefined;
  let controller: AbortController | undefined;
  const miner = new Miner({
    clock: options.clock,
    schedule: options.schedule,
    ...(options.batchMs === undefined ? {} : { batchMs: options.batchMs }),
    onProgress: (p) => {
      if (current !== undefined) post({ type: 'progress', job: current, hashes: p.hashes, hashRate: p.hashRate, best: p.best, nextNonce: p.nextNonce });
    },
  });
  const report = (job: number, outcome: MineOutcome): void => {
    if (outcome.status === 'found') post({ type: 'found', job, nonce: outcome.nonce, hash: outcome.hash, hashes: outcome.hashes });
    else if (outcome.status === 'exhausted') post({ type: 'error', job, code: 'not-found', message: 'every nonce from the start was tried' });
    else post({ type: 'cancelled', job, hashes: outcome.hashes });
  };
  return (data) => {
    const parsed = parseToMiner(data);
    if (!parsed.ok) {
      const job = fieldsOf(data)?.['job'];
      return post({ type: 'error', job: isJob(job) ? job : 0, code: parsed.error.code, message: parsed.error.message });
    }
    const m = parsed.value;
    if (m.type === 'cancel') {
      if (m.job === current) controller?.abort();
      return;
    }
    controller = new AbortController();
    const job = m.job;
    const mined = miner.mine({ header: m.header, target: m.target, startNonce: m.startNonce }, controller.signal);
    current = job;
    mined.then(
      (outcome) => {
        if (current === job) current = undefined;
        report(job, outcome);
      },
      (error: unknown) => {
        if (current === job) current = undefined;
        const e = error instanceof TabmeshError ? error : tabmeshError('bad-field', String(error));
        post({ type: 'error', job, code: e.code, message: e.message });
      },
    );
  };
}

export type MiningOutcome =
  | { readonly status: 'found'; readonly nonce: bigint; readonly hash: string; readonly hashes: number }
  | { readonly status: 'cancelled' | 'superseded'; readonly hashes: number };

export interface MiningJobRequest {
  /** The whole header; its last 8 bytes (the nonce) are what the miner varies. */
  readonly header: Uint8Array;
  readonly target: bigint;
  readonly startNonce?: bigint;
}

interface Pending {
  readonly job: number;
  readonly resolve: (outcome: MiningOutcome) => void;
  readonly reject: (error: TabmeshError) => void;
  readonly detach: () => void;
}

/** The asking side: one job at a time over `post`; feed the thread's messages to `receive`. */
export class MiningController {
  readonly #post: (message: ToMiner) => void;
  readonly #progress = new Set<(progress: MiningProgressMessage) => void>();
  #jobs = 0;
  #pending: Pending | undefined;

  constructor(post: (message: ToMiner) => void) {
    this.#post = post;
  }

  get mining(): boolean {
    return this.#pending !== undefined;
  }

  /** Starts mining `job`; a job already running ends 'superseded' (call again on a new tip). */
  start(job: MiningJobRequest, signal?: AbortSignal): Promise<MiningOutcome> {
    if (signal?.aborted) return Promise.reject(tabmeshError('aborted', 'mining aborted before it started'));
    this.#settle((p) => p.resolve({ status: 'superseded', hashes: 0 }));
    const id = ++this.#jobs;
    return new Promise<MiningOutcome>((resolve, reject) => {
      const onAbort = (): void => {
        if (this.#pending?.job === id) this.cancel();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending = { job: id, resolve, reject, detach: () => signal?.removeEventListener('abort', onAbort) };
      this.#post({ type: 'start', job: id, header: job.header, target: job.target, startNonce: job.startNonce ?? 0n });
    });
  }

  /** Cancels the running job: its promise ends 'cancelled' once the thread confirms. */
  cancel(): void {
    if (this.#pending) this.#post({ type: 'cancel', job: this.#pending.job });
  }

  onProgress(listener: (progress: MiningProgressMessage) => void): () => void {
    this.#progress.add(listener);
    return () => this.#progress.delete(listener);
  }

  /** A message from the thread. */
  receive(data: unknown): void {
    const parsed = parseFromMiner(data);
    if (!parsed.ok || parsed.value.job !== this.#pending?.job) return;
    const m = parsed.value;
    if (m.type === 'progress') for (const listener of this.#progress) listener(m);
    else if (m.type === 'found') this.#settle((p) => p.resolve({ status: 'found', nonce: m.nonce, hash: m.hash, hashes: m.hashes }));
    else if (m.type === 'cancelled') this.#settle((p) => p.resolve({ status: 'cancelled', hashes: m.hashes }));
    else this.#settle((p) => p.reject(tabmeshError(m.code, m.message)));
  }

  /** The thread is gone: the running job fails with `code`. */
  fail(code: ErrorCode, message: string): void {
    this.#settle((p) => p.reject(tabmeshError(code, message)));
  }

  #settle(how: (pending: Pending) => void): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    pending.detach();
    how(pending);
  }
}
