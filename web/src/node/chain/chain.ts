/**
 * One node's Photoblocks chain: every block it accepted, the chain it follows, balances and the
 * transaction buffer. A block is accepted only after everything a verifier can check: its proof of
 * work and transfer root, its place on its parent's branch (height, difficulty, time), its image
 * (fetched by content key, hashed, re-classified here: the label must be among the model's
 * answers, and the previous block's label the miner gave among the answers for that image), and
 * on connecting, its transfers against the balances below it.
 */
import type { Clock } from '../base/clock.ts';
import { err, ok, TabmeshError, type ErrorCode, type Result } from '../base/errors.ts';
import { ActiveChain, type ChainMove } from './active-chain.ts';
import { checkBlock, type Block } from './block.ts';
import { BlockIndex, type IndexEntry } from './block-index.ts';
import { medianTimePast, expectedBits } from './consensus.ts';
import { GENESIS_HASH, GENESIS_HEADER, GENESIS_LABELS, PHOTOBLOCKS_CHAIN_ID } from './genesis.ts';
import { HEADER_VERSION, type BlockHeader } from './header.ts';
import type { ChainImages, ChainStore } from './storage.ts';
import { imageKeyOf, recogniseBlockImage } from './image-check.ts';
import { Mempool } from './mempool.ts';
import { OrphanPool } from './orphans.ts';
import type { ImageClassifier } from './recognition.ts';
import { MAX_TRANSFERS_PER_BLOCK } from './block.ts';
import { txRoot, type SignedTransfer } from './transfer.ts';

/** A block this far above the tip is not kept as an orphan: sync fetches what lies between. */
export const MAX_BLOCKS_AHEAD = 256;

export type BlockOutcome = 'tip' | 'side' | 'orphan';

/** Refusals that say nothing about the block: its image is not reachable yet, or the model failed. */
const NOT_THE_BLOCKS_FAULT = new Set<ErrorCode>(['not-found', 'aborted', 'unavailable']);

export interface ChainOptions {
  classifier: ImageClassifier;
  images: ChainImages;
  store: ChainStore;
  clock: Clock;
  chainId?: bigint;
}

export interface TransferLocation {
  blockHash: string;
  height: number;
}

export class Chain {
  readonly index = new BlockIndex(GENESIS_HEADER, GENESIS_HASH, GENESIS_LABELS);
  readonly active: ActiveChain;
  readonly mempool = new Mempool();
  readonly chainId: bigint;
  readonly #o: ChainOptions;
  readonly #bodies = new Map<string, Block>();
  readonly #orphans = new OrphanPool();
  readonly #txIndex = new Map<string, TransferLocation>();
  readonly #verdicts = new Map<string, ReadonlySet<string>>();
  readonly #inFlight = new Map<string, Promise<Result<BlockOutcome>>>();
  readonly #listeners = new Set<(move: ChainMove) => void>();

  constructor(options: ChainOptions) {
    this.#o = options;
    this.chainId = options.chainId ?? PHOTOBLOCKS_CHAIN_ID;
    this.active = new ActiveChain(this.index, this.chainId, (hash) => this.#bodies.get(hash));
  }

  /** Reads the stored blocks back (their images were recognised when they were first accepted). */
  async load(): Promise<number> {
    const stored = (await this.#o.store.load()).sort((a, b) => a.block.header.height - b.block.header.height);
    for (const { block, accepted } of stored) {
      const entry = this.index.addHeader(block.header, block.hash, Number.MAX_SAFE_INTEGER);
      if (!entry.ok) continue;
      this.#bodies.set(block.hash, block);
      this.index.setData(entry.value, new Set(accepted));
    }
    this.#moved(this.active.update());
    // Blocks that arrived while the store was read wait for parents it held.
    for (const { block } of stored) for (const child of this.#orphans.takeChildren(block.hash)) void this.submitBlock(child);
    return stored.length;
  }

  tip(): IndexEntry {
    return this.active.tip();
  }

  block(hash: string): Block | undefined {
    return this.#bodies.get(hash);
  }

  /** The block at `height` on the followed chain. */
  blockAt(height: number): Block | undefined {
    const entry = this.active.at(height);
    return entry && this.#bodies.get(entry.hash);
  }

  hasOrphan(hash: string): boolean {
    return this.#orphans.has(hash);
  }

  /** Parents of orphans that could extend the tip, unknown here. */
  missingParents(): string[] {
    return this.#orphans.missingParents(this.tip().height).filter((hash) => !this.index.get(hash));
  }

  transferLocation(hash: string): TransferLocation | undefined {
    return this.#txIndex.get(hash);
  }

  onMove(listener: (move: ChainMove) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A header from sync, ahead of its body. */
  addHeader(header: BlockHeader, hash: string): Result<IndexEntry> {
    return this.index.addHeader(header, hash, this.#o.clock.now());
  }

  submitTransfer(t: SignedTransfer): Result<void> {
    if (this.#txIndex.has(t.hash)) return err('replayed', `transfer ${t.hash.slice(0, 12)}… is already on the chain`);
    return this.mempool.add(t, this.active.ledger);
  }

  /** Validates and stores a block; see the file comment. Concurrent calls for one block share a verdict. */
  submitBlock(block: Block, signal?: AbortSignal): Promise<Result<BlockOutcome>> {
    const pending = this.#inFlight.get(block.hash);
    if (pending) return pending;
    const verdict = this.#submit(block, signal).finally(() => this.#inFlight.delete(block.hash));
    this.#inFlight.set(block.hash, verdict);
    return verdict;
  }

  /** The header a miner of the next block on the tip fills in (nonce 0) and the transfers it carries. */
  template(fields: { miner: string; label: string; prevLabel: string; image: Uint8Array }): { header: BlockHeader; transfers: SignedTransfer[] } {
    const parent = this.tip();
    const ancestorAt = (h: number): BlockHeader => this.index.ancestor(parent, h).header;
    const transfers = this.mempool.select(this.active.ledger, MAX_TRANSFERS_PER_BLOCK);
    const timestamp = Math.max(Math.floor(this.#o.clock.now()), medianTimePast(parent.header, ancestorAt) + 1);
    const header: BlockHeader = {
      version: HEADER_VERSION,
      height: parent.height + 1,
      timestamp,
      prevHash: parent.hash,
      txRoot: txRoot(transfers.map((t) => t.hash)),
      imageKey: imageKeyOf(fields.image),
      miner: fields.miner.toLowerCase(),
      bits: expectedBits(parent.header, ancestorAt),
      label: fields.label,
      prevLabel: fields.prevLabel,
      nonce: 0n,
    };
    return { header, transfers };
  }

  async #submit(block: Block, signal?: AbortSignal): Promise<Result<BlockOutcome>> {
    const alone = checkBlock(block);
    if (!alone.ok) return alone;
    const known = this.index.get(block.hash);
    if (known?.status === 'data') return err('duplicate', `block ${block.hash.slice(0, 12)}… is known`);
    if (known && this.index.isInvalid(known)) return err('invalid-parent', `block ${block.hash.slice(0, 12)}… or one below it broke a rule`);
    // A block is checked against its parent's image labels: it waits until the parent's data did.
    const parent = this.index.get(block.header.prevHash);
    if (!parent || (parent.status === 'header' && !this.index.isInvalid(parent))) {
      if (block.header.height > this.tip().height + MAX_BLOCKS_AHEAD) return err('too-far-ahead', `height ${block.header.height} is more than ${MAX_BLOCKS_AHEAD} above the tip`);
      this.#orphans.add(block);
      return ok('orphan');
    }
    const added = known ? ok(known) : this.addHeader(block.header, block.hash);
    if (!added.ok) return added;
    const entry = added.value;
    const accepted = await recogniseBlockImage(block.header, entry.parent!.accepted, { classifier: this.#o.classifier, images: this.#o.images, verdicts: this.#verdicts }, signal);
    if (!accepted.ok) {
      // An image nobody serves yet is not the block's fault; a wrong label is.
      if (!NOT_THE_BLOCKS_FAULT.has(accepted.error.code)) this.index.markInvalid(entry);
      return accepted;
    }
    if (entry.status !== 'header') return err('duplicate', `block ${block.hash.slice(0, 12)}… is known`);
    // A full node keeps the image for good (it serves it to peers); failing that, it is fetched again when needed.
    await this.#o.images.keep?.(block.header.imageKey, signal).catch(() => undefined);
    this.#bodies.set(block.hash, block);
    await this.#o.store.save({ block, accepted: [...accepted.value] });
    this.index.setData(entry, accepted.value);
    this.#moved(this.active.update());
    for (const child of this.#orphans.takeChildren(block.hash)) void this.submitBlock(child);
    if (this.index.isInvalid(entry)) return err('invalid-parent', `block ${block.hash.slice(0, 12)}… does not apply on its branch`);
    return ok(this.active.contains(entry) ? 'tip' : 'side');
  }

  #moved(move: ChainMove): void {
    if (move.connected.length === 0 && move.disconnected.length === 0) return;
    const returned: SignedTransfer[] = [];
    for (const block of move.disconnected) {
      for (const t of block.transfers) this.#txIndex.delete(t.hash);
      returned.unshift(...block.transfers);
    }
    for (const block of move.connected) for (const t of block.transfers) this.#txIndex.set(t.hash, { blockHash: block.hash, height: block.header.height });
    this.mempool.rebuild(this.active.ledger, returned);
    for (const listener of this.#listeners) {
      try {
        listener(move);
      } catch (error) {
        queueMicrotask(() => {
          throw error instanceof TabmeshError ? error : new Error(String(error));
        });
      }
    }
  }
}
