/**
 * The chain this node follows: the blocks from genesis to the fork-choice winner, and the balances
 * they add up to. When the index's best tip changes, update() walks back to the fork point
 * (undoing each block's ledger changes) and forward along the winning branch; a block whose
 * transfers do not apply there is marked invalid, and fork choice runs again — possibly back to
 * the branch it left, which it reconnects.
 */
import type { ErrorCode } from '../base/errors.ts';
import type { Block } from './block.ts';
import { betterThan, type BlockIndex, type IndexEntry } from './block-index.ts';
import { Ledger, type LedgerUndo } from './ledger.ts';

export interface ChainMove {
  /** Blocks taken off the chain, tip first. */
  disconnected: Block[];
  /** Blocks put on it, lowest first. */
  connected: Block[];
  /** Blocks whose transfers did not apply on their branch. */
  invalid: { hash: string; code: ErrorCode; message: string }[];
}

export class ActiveChain {
  readonly ledger: Ledger;
  readonly #index: BlockIndex;
  readonly #body: (hash: string) => Block | undefined;
  readonly #chain: IndexEntry[];
  readonly #undo: LedgerUndo[] = [new Map()];

  constructor(index: BlockIndex, chainId: bigint, body: (hash: string) => Block | undefined) {
    this.#index = index;
    this.#body = body;
    this.ledger = new Ledger(chainId);
    this.#chain = [index.genesis];
  }

  tip(): IndexEntry {
    return this.#chain[this.#chain.length - 1]!;
  }

  get height(): number {
    return this.#chain.length - 1;
  }

  at(height: number): IndexEntry | undefined {
    return this.#chain[height];
  }

  contains(entry: IndexEntry): boolean {
    return this.#chain[entry.height] === entry;
  }

  /** Follows the index's best tip; returns what moved. */
  update(): ChainMove {
    const move: ChainMove = { disconnected: [], connected: [], invalid: [] };
    for (;;) {
      const best = this.#index.bestTip();
      if (best === this.tip() || !betterThan(best, this.tip())) return move;
      const fork = this.#forkPoint(best);
      while (this.tip() !== fork) move.disconnected.push(this.#disconnect());
      const path: IndexEntry[] = [];
      for (let e: IndexEntry = best; e !== fork; e = e.parent!) path.push(e);
      for (const entry of path.reverse()) {
        const block = this.#body(entry.hash);
        const applied = block ? this.ledger.applyBlock(block.header.miner, block.transfers) : undefined;
        if (!block || !applied?.ok) {
          const error = applied && !applied.ok ? applied.error : { code: 'not-found' as const, message: 'the block body is gone' };
          move.invalid.push({ hash: entry.hash, code: error.code, message: error.message });
          this.#index.markInvalid(entry);
          break;
        }
        this.#chain.push(entry);
        this.#undo.push(applied.value);
        move.connected.push(block);
      }
    }
  }

  /** Hashes from the tip back, dense for the last ten then doubling, ending at genesis (Bitcoin's locator). */
  locator(): string[] {
    const hashes: string[] = [];
    let step = 1;
    for (let h = this.height; h > 0; h -= step) {
      hashes.push(this.#chain[h]!.hash);
      if (hashes.length >= 10) step *= 2;
    }
    hashes.push(this.#index.genesis.hash);
    return hashes;
  }

  #forkPoint(other: IndexEntry): IndexEntry {
    let e = this.#index.ancestor(other, Math.min(other.height, this.height));
    while (!this.contains(e)) e = e.parent!;
    return e;
  }

  #disconnect(): Block {
    const entry = this.#chain.pop()!;
    this.ledger.undo(this.#undo.pop()!);
    const block = this.#body(entry.hash);
    if (!block) throw new Error(`the body of connected block ${entry.hash} is gone`);
    return block;
  }
}
