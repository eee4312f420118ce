import type { Clock, TimerHandle } from '../../web/src/node/base/clock.ts';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * A discrete-event clock: timers fire in time order when the test advances time, and promise
 * continuations run between them, so thousands of nodes run deterministically in one process.
 */
export class VirtualClock implements Clock {
  #now: number;
  #nextId = 1;
  readonly #timers = new Map<number, Timer>();
  #heap: Timer[] = [];
  readonly #timersPerTurn: number;

  /**
   * `timersPerTurn`: timers fired per turn of Node's event loop. Each fires in its own
   * setImmediate callback, and Node settles every microtask (and nextTick) between two such
   * callbacks, so any value keeps the order of events; what it changes is how often real I/O
   * gets a turn. 1 (the default) suits tests that mix the clock with real sockets; a large
   * simulation with no real I/O runs several times faster with hundreds.
   */
  constructor(start = 1_700_000_000_000, options: { timersPerTurn?: number } = {}) {
    this.#now = start;
    this.#timersPerTurn = Math.max(1, Math.floor(options.timersPerTurn ?? 1));
  }

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { id: this.#nextId++, at: this.#now + Math.max(0, ms), fn };
    this.#timers.set(timer.id, timer);
    this.#push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    if (!this.#timers.delete(handle as number)) return;
    // Cleared timers stay in the heap until they surface; when they are most of it (a timeout per
    // request, nearly all cleared), drop them at once. A sorted array is a valid heap.
    if (this.#heap.length > 1024 && this.#heap.length > 4 * this.#timers.size) {
      this.#heap = this.#heap.filter((t) => this.#timers.has(t.id)).sort((a, b) => (before(a, b) ? -1 : 1));
    }
  }

  get pending(): number {
    return this.#timers.size;
  }

  /** Runs every timer due within `ms`, letting microtasks settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    while (await this.#turn(end));
    this.#now = end;
    await flushMicrotasks();
  }

  /** Fires up to timersPerTurn timers due by `end`, one per setImmediate callback; false once none is left. */
  #turn(end: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      let left = this.#timersPerTurn;
      let settled = false;
      const step = (): void => {
        if (settled) return;
        try {
          const next = this.#peek();
          if (!next || next.at > end) {
            settled = true;
            return resolve(false);
          }
          this.#pop();
          this.#timers.delete(next.id);
          this.#now = Math.max(this.#now, next.at);
          next.fn();
        } catch (error) {
          settled = true;
          return reject(error);
        }
        if (--left === 0) {
          settled = true;
          resolve(true);
        }
      };
      for (let i = 0; i < this.#timersPerTurn; i++) setImmediate(step);
    });
  }

  /** Advances in steps until `done()` holds; returns the virtual ms it took, or throws at the bound. */
  async runUntil(done: () => boolean, maxMs: number, stepMs = 100): Promise<number> {
    const start = this.#now;
    while (!done()) {
      if (this.#now - start >= maxMs) throw new Error(`condition not reached within ${maxMs} virtual ms`);
      await this.advance(stepMs);
    }
    return this.#now - start;
  }

  #peek(): Timer | undefined {
    while (this.#heap.length > 0 && !this.#timers.has((this.#heap[0] as Timer).id)) this.#pop();
    return this.#heap[0];
  }

  #push(timer: Timer): void {
    const heap = this.#heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent] as Timer, timer)) break;
      heap[i] = heap[parent] as Timer;
      i = parent;
    }
    heap[i] = timer;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (!last || heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = last;
      let at = -1;
      if (l < heap.length && before(heap[l] as Timer, smallest)) {
        smallest = heap[l] as Timer;
        at = l;
      }
      if (r < heap.length && before(heap[r] as Timer, smallest)) {
        smallest = heap[r] as Timer;
        at = r;
      }
      if (at < 0) break;
      heap[i] = smallest;
      i = at;
    }
    heap[i] = last;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise<void>((resolve) => setImmediate(resolve));
}
