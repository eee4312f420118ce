/**
 * Every header this node accepted, as a tree rooted at genesis, with each one's cumulative work.
 * An entry is 'header' until its whole block (transfers and a recognised image) checked out,
 * then 'data'; 'invalid' marks a block that broke a rule, and every block above it is refused.
 *
 * Fork choice reads from here: the candidate tip is the entry with the most cumulative work whose
 * whole branch has data and none of it invalid; on equal work the one that arrived first stays
 * (so a tie never flips a node back and forth). The best header, by the same rule over headers,
 * is what sync aims at.
 */
import { err, ok, type Result } from '../base/errors.ts';
import { checkHeaderAlone } from './block.ts';
import { checkHeaderInContext } from './consensus.ts';
import type { BlockHeader } from './header.ts';
import { targetOf, workOf } from './pow.ts';

export type EntryStatus = 'header' | 'data' | 'invalid';

export interface IndexEntry {
  readonly hash: string;
  readonly header: BlockHeader;
  readonly parent: IndexEntry | undefined;
  readonly height: number;
  /** Cumulative work from genesis to this block, included. */
  readonly work: bigint;
  /**
   * The order in which blocks' data checked out here: the tie-break of fork choice (as Bitcoin's
   * sequence id, it counts whole blocks, not headers: a rival whose header came first but whose
   * image was checked later never displaces a tip of equal work).
   */
  seq: number;
  status: EntryStatus;
  /** This block and every one below it have data. */
  haveChain: boolean;
  /** Labels the recognition gate accepts for this block's image, once its data checked out. */
  accepted: ReadonlySet<string>;
  readonly children: IndexEntry[];
}

/** Headers without data rank after every block of equal work. */
const HEADER_ONLY_SEQ = Number.MAX_SAFE_INTEGER;

/** Ranks entries for fork choice: more work first, then earlier arrival. */
export function betterThan(a: IndexEntry, b: IndexEntry): boolean {
  return a.work > b.work || (a.work === b.work && a.seq < b.seq);
}

export class BlockIndex {
  readonly genesis: IndexEntry;
  readonly #byHash = new Map<string, IndexEntry>();
  /** Entries with haveChain and no child with haveChain: where the best chain can end. */
  readonly #leaves = new Set<IndexEntry>();
  #seq = 0;
  #bestHeader: IndexEntry;

  constructor(genesisHeader: BlockHeader, genesisHash: string, genesisLabels: ReadonlySet<string>) {
    // Genesis is fixed in code, not mined: only its target counts.
    const target = targetOf(genesisHeader.bits);
    if (!target.ok) throw new RangeError(`genesis: ${target.error.message}`);
    this.genesis = { hash: genesisHash, header: genesisHeader, parent: undefined, height: 0, work: workOf(target.value), seq: this.#seq++, status: 'data', haveChain: true, accepted: genesisLabels, children: [] };
    this.#byHash.set(genesisHash, this.genesis);
    this.#leaves.add(this.genesis);
    this.#bestHeader = this.genesis;
  }

  get(hash: string): IndexEntry | undefined {
    return this.#byHash.get(hash);
  }

  get size(): number {
    return this.#byHash.size;
  }

  /** The ancestor of `entry` at `height` (≤ its own). */
  ancestor(entry: IndexEntry, height: number): IndexEntry {
    let at = entry;
    while (at.height > height) at = at.parent!;
    return at;
  }

  /**
   * Accepts a header whose parent is indexed: 'duplicate', 'unknown-parent', 'invalid-parent',
   * or the header's own refusal (block.ts, consensus.ts).
   */
  addHeader(header: BlockHeader, hash: string, now: number): Result<IndexEntry> {
    if (this.#byHash.has(hash)) return err('duplicate', `block ${hash.slice(0, 12)}… is known`);
    const parent = this.#byHash.get(header.prevHash);
    if (!parent) return err('unknown-parent', `parent ${header.prevHash.slice(0, 12)}… is not known`);
    if (this.isInvalid(parent)) return err('invalid-parent', `parent ${parent.hash.slice(0, 12)}… broke a rule`);
    const target = checkHeaderAlone(header, hash);
    if (!target.ok) return target;
    const context = checkHeaderInContext(header, parent.header, (h) => this.ancestor(parent, h).header, now);
    if (!context.ok) return context;
    const entry: IndexEntry = { hash, header, parent, height: header.height, work: parent.work + workOf(target.value), seq: HEADER_ONLY_SEQ, status: 'header', haveChain: false, accepted: new Set(), children: [] };
    parent.children.push(entry);
    this.#byHash.set(hash, entry);
    if (betterThan(entry, this.#bestHeader)) this.#bestHeader = entry;
    return ok(entry);
  }

  /** The block's data checked out: it may now end the best chain. */
  setData(entry: IndexEntry, accepted: ReadonlySet<string>): void {
    if (entry.status !== 'header') return;
    entry.status = 'data';
    entry.seq = this.#seq++;
    entry.accepted = accepted;
    this.#spreadHaveChain(entry);
  }

  /** The block broke a rule: it and everything above it are out of fork choice for good. */
  markInvalid(entry: IndexEntry): void {
    const stack = [entry];
    while (stack.length > 0) {
      const e = stack.pop()!;
      e.status = 'invalid';
      e.haveChain = false;
      this.#leaves.delete(e);
      stack.push(...e.children);
    }
    if (entry.parent?.haveChain && !entry.parent.children.some((c) => c.haveChain)) this.#leaves.add(entry.parent);
    if (this.isInvalid(this.#bestHeader)) this.#bestHeader = this.#recomputeBestHeader();
  }

  isInvalid(entry: IndexEntry): boolean {
    for (let e: IndexEntry | undefined = entry; e; e = e.parent) if (e.status === 'invalid') return true;
    return false;
  }

  /** The fork-choice winner among complete branches. */
  bestTip(): IndexEntry {
    let best = this.genesis;
    for (const leaf of this.#leaves) if (betterThan(leaf, best)) best = leaf;
    return best;
  }

  /** The header with the most work not known to be invalid: what sync downloads toward. */
  bestHeader(): IndexEntry {
    return this.#bestHeader;
  }

  #spreadHaveChain(from: IndexEntry): void {
    if (!from.parent?.haveChain) return;
    const stack = [from];
    while (stack.length > 0) {
      const e = stack.pop()!;
      if (e.status !== 'data' || e.haveChain) continue;
      e.haveChain = true;
      if (e.parent) this.#leaves.delete(e.parent);
      this.#leaves.add(e);
      stack.push(...e.children);
    }
  }

  #recomputeBestHeader(): IndexEntry {
    let best = this.genesis;
    for (const e of this.#byHash.values()) if (e.status !== 'invalid' && betterThan(e, best) && !this.isInvalid(e)) best = e;
    return best;
  }
}
