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

  /** The lowest-height orphan's missing ancestor: what to ask peers for. */
  missingParents(): string[] {
    return [...new Set([...this.#byHash.values()].filter((b) => !this.#byHash.has(b.header.prevHash)).map((b) => b.header.prevHash))];
  }
}
