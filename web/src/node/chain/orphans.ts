/**
 * Blocks whose parent is not known yet, kept (bounded, oldest dropped first) until it arrives:
 * gossip can deliver a child before its parent, and a node catching up hears of new blocks while
 * it still syncs old ones.
 */
import type { Block } from './block.ts';

export const MAX_ORPHANS = 64;

export class OrphanPool {
  readonly #byHash = new Map<string, Block>();
  readonly #max: number;

  constructor(max = MAX_ORPHANS) {
    this.#max = max;
  }

  get size(): number {
    return this.#byHash.size;
  }

  has(hash: string): boolean {
    return this.#byHash.has(hash);
  }

  add(block: Block): void {
    if (this.#byHash.has(block.hash)) return;
    if (this.#byHash.size >= this.#max) this.#byHash.delete(this.#byHash.keys().next().value!);
    this.#byHash.set(block.hash, block);
  }

  /** Removes and returns the orphans whose parent is `hash`. */
  takeChildren(hash: string): Block[] {
    const children = [...this.#byHash.values()].filter((b) => b.header.prevHash === hash);
    for (const child of children) this.#byHash.delete(child.hash);
    return children;
  }

  /**
   * Missing ancestors of orphans above `height` (those that could extend the tip): what to ask
   * peers for. Orphans at or below it are most likely of a losing branch, and only wait.
   */
  missingParents(height: number): string[] {
    const above = [...this.#byHash.values()].filter((b) => b.header.height > height && !this.#byHash.has(b.header.prevHash));
    return [...new Set(above.map((b) => b.header.prevHash))];
  }
}
