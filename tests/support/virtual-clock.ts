import type { Clock, TimerHandle } from '../../web/src/node/clock.ts';

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

  constructor(start = 1_700_000_000_000) {
    this.#now = start;
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
    this.#timers.delete(handle as number);
  }

  get pending(): number {
    return this.#timers.size;
  }

  /** Runs every timer due within `ms`, letting microtasks settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    for (;;) {
      await flushMicrotasks();
      const next = this.#peek();
      if (!next || next.at > end) break;
      this.#pop();
      if (!this.#timers.delete(next.id)) continue;
      this.#now = Math.max(this.#now, next.at);
      next.fn();
    }
    this.#now = end;
    await flushMicrotasks();
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
      if (l < heap.length && before(heap[l] as Timer, smallest)) [smallest, at] = [heap[l] as Timer, l];
      if (r < heap.length && before(heap[r] as Timer, smallest)) [smallest, at] = [heap[r] as Timer, r];
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
