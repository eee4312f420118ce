/**
 * Entries in order of expiry (a binary min-heap on `expiresAt`), for records whose lifetimes
 * differ. Removal is lazy: the owner skips entries it no longer holds as they surface, and
 * rebuilds the queue from what it holds when stale entries pile up.
 */
export interface Expiring {
  readonly expiresAt: number;
}

export class ExpiryQueue<T extends Expiring> {
  #heap: T[] = [];

  get size(): number {
    return this.#heap.length;
  }

  push(entry: T): void {
    const heap = this.#heap;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.expiresAt <= entry.expiresAt) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
  }

  /** The entry expiring first, if any. */
  peek(): T | undefined {
    return this.#heap[0];
  }

  /** Removes and returns the entry expiring first. */
  pop(): T | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let child = -1;
      if (left < heap.length && heap[left]!.expiresAt < last.expiresAt) child = left;
      if (right < heap.length && heap[right]!.expiresAt < (child === -1 ? last : heap[left]!).expiresAt) child = right;
      if (child === -1) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** Replaces the queue with `entries` (a sorted array is a valid heap). */
  rebuild(entries: Iterable<T>): void {
    this.#heap = [...entries].sort((a, b) => a.expiresAt - b.expiresAt);
  }
}
