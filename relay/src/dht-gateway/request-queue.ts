/**
 * One client's requests. At most `maxInFlight` run at once, the rest wait in arrival order, and
 * the owner is told when requests start waiting (stop reading the socket) and when none wait any
 * more (read again). Requests for different keys run concurrently, so their answers may leave
 * out of order; requests for the same key run one after another in arrival order, so a GET sent
 * after a PUT on the same connection sees that PUT (the course PUT has no answer to wait for).
 */
import { TabmeshError } from '../../../web/src/node/base/errors.ts';

/** A request's work; it must settle (the client bounds it with a deadline) and never reject. */
export type Job = () => Promise<void>;

interface Entry {
  readonly key: string;
  readonly job: Job;
}

const settled = (): void => {};

export class RequestQueue {
  readonly #maxInFlight: number;
  readonly #onBacklog: (waiting: boolean) => void;
  readonly #waiting: Entry[] = [];
  /** key → the promise that settles when the latest started request for it has finished. */
  readonly #tails = new Map<string, Promise<void>>();
  #inFlight = 0;
  #idleWaiters: (() => void)[] = [];
  #cleared = false;

  /** @param onBacklog true when a request had to wait for a place, false when none waits any more */
  constructor(maxInFlight: number, onBacklog: (waiting: boolean) => void) {
    if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new TabmeshError('bad-field', `maxInFlight ${maxInFlight} must be ≥ 1`);
    this.#maxInFlight = maxInFlight;
    this.#onBacklog = onBacklog;
  }

  /** Requests started and not yet finished (those queued behind the same key included). */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Requests waiting for a place. */
  get waiting(): number {
    return this.#waiting.length;
  }

  get idle(): boolean {
    return this.#inFlight === 0 && this.#waiting.length === 0;
  }

  add(key: string, job: Job): void {
    if (this.#cleared) return;
    if (this.#inFlight < this.#maxInFlight) {
      this.#start({ key, job });
      return;
    }
    this.#waiting.push({ key, job });
    if (this.#waiting.length === 1) this.#onBacklog(true);
  }

  /** Resolves once nothing runs or waits (at once if already so). */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops the waiting requests and refuses new ones; running ones finish on their own. */
  clear(): void {
    this.#cleared = true;
    this.#waiting.length = 0;
    this.#checkIdle();
  }

  #start(entry: Entry): void {
    this.#inFlight++;
    const previous = this.#tails.get(entry.key);
    const tail = (previous ? previous.then(entry.job) : entry.job()).then(settled, settled);
    this.#tails.set(entry.key, tail);
    void tail.then(() => {
      if (this.#tails.get(entry.key) === tail) this.#tails.delete(entry.key);
      this.#inFlight--;
      this.#pump();
    });
  }

  #pump(): void {
    const hadWaiting = this.#waiting.length > 0;
    while (this.#inFlight < this.#maxInFlight && this.#waiting.length > 0) this.#start(this.#waiting.shift()!);
    if (hadWaiting && this.#waiting.length === 0 && !this.#cleared) this.#onBacklog(false);
    this.#checkIdle();
  }

  #checkIdle(): void {
    if (!this.idle || this.#idleWaiters.length === 0) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
