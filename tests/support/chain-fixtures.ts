/**
 * Photoblocks chains built by hand for tests: a classifier that reads an image's "label" out of
 * its bytes ("cat#3" shows a cat), images in memory, a clock a year after genesis, and blocks
 * mined on any parent (the easiest targets take a few hundred hashes).
 */
import { computeAddress } from 'ethers';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import type { Clock } from '../../web/src/node/base/clock.ts';
import { makeBlock, type Block } from '../../web/src/node/chain/block.ts';
import type { IndexEntry } from '../../web/src/node/chain/block-index.ts';
import { Chain } from '../../web/src/node/chain/chain.ts';
import { expectedBits, medianTimePast } from '../../web/src/node/chain/consensus.ts';
import { GENESIS_HEADER } from '../../web/src/node/chain/genesis.ts';
import { headerHash, HEADER_VERSION, type BlockHeader } from '../../web/src/node/chain/header.ts';
import { imageKeyOf } from '../../web/src/node/chain/image-check.ts';
import { meetsTarget, TARGET_BLOCK_MS, targetOf } from '../../web/src/node/chain/pow.ts';
import type { ImageClassifier, Prediction } from '../../web/src/node/chain/recognition.ts';
import { memoryChainStore, type ChainImages } from '../../web/src/node/chain/storage.ts';
import { txRoot, type SignedTransfer } from '../../web/src/node/chain/transfer.ts';

// Anvil's well-known dev keys (test money only).
export const KEYS = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
] as const;
export const ADDRESSES = KEYS.map((k) => computeAddress(k).toLowerCase());

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** An image showing `label` (and nothing else), made distinct by `n`. */
export function fakeImage(label: string, n = 0): Uint8Array {
  return utf8.encode(`${label}#${n}`);
}

export const fakeClassifier: ImageClassifier & { calls: number } = {
  id: 'fake@test',
  calls: 0,
  classify(image: Uint8Array): Promise<Prediction[]> {
    this.calls++;
    const text = fromUtf8.decode(image);
    if (!text.includes('#')) return Promise.reject(new TabmeshError('bad-image', 'not a fake image'));
    return Promise.resolve([{ label: text.split('#')[0]!, score: 0.9 }]);
  },
};

export function memoryImages(): ChainImages & { readonly map: Map<string, Uint8Array> } {
  const map = new Map<string, Uint8Array>();
  return {
    map,
    put(bytes) {
      const key = imageKeyOf(bytes);
      map.set(key, bytes);
      return Promise.resolve(key);
    },
    get(key) {
      const image = map.get(key);
      return image ? Promise.resolve(image) : Promise.reject(new TabmeshError('not-found', `no image ${key.slice(0, 8)}`));
    },
  };
}

/** A fixed clock: one year after genesis. */
export const laterClock: Clock = {
  now: () => GENESIS_HEADER.timestamp + 365 * 24 * 3600_000,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function testChain(images = memoryImages()): { chain: Chain; images: ReturnType<typeof memoryImages>; store: ReturnType<typeof memoryChainStore> } {
  const store = memoryChainStore();
  return { chain: new Chain({ classifier: fakeClassifier, images, store, clock: laterClock }), images, store };
}

/** Finds a nonce meeting the header's own target. */
export function solve(header: BlockHeader): BlockHeader {
  const target = targetOf(header.bits);
  if (!target.ok) throw new Error('bad bits');
  for (let nonce = 0n; ; nonce++) {
    const h = { ...header, nonce };
    if (meetsTarget(headerHash(h), target.value)) return h;
  }
}

export interface ChildFields {
  label?: string;
  prevLabel?: string;
  image?: Uint8Array;
  miner?: string;
  transfers?: SignedTransfer[];
  /** Milliseconds after the parent; default the target block time. */
  after?: number;
  /** Overrides applied to the header before solving. */
  header?: Partial<BlockHeader>;
}

/** A valid child of `parent` (its image published to `images`), mined. */
export function childOf(chain: Chain, parent: IndexEntry, images: ChainImages, fields: ChildFields = {}): Block {
  const label = fields.label ?? 'cat';
  const image = fields.image ?? fakeImage(label, parent.height + 1 + Math.floor(Math.random() * 1e9));
  void images.put(image);
  const ancestorAt = (h: number): BlockHeader => chain.index.ancestor(parent, h).header;
  const transfers = fields.transfers ?? [];
  const header: BlockHeader = {
    version: HEADER_VERSION,
    height: parent.height + 1,
    timestamp: Math.max(parent.header.timestamp + (fields.after ?? TARGET_BLOCK_MS), medianTimePast(parent.header, ancestorAt) + 1),
    prevHash: parent.hash,
    txRoot: txRoot(transfers.map((t) => t.hash)),
    imageKey: imageKeyOf(image),
    miner: fields.miner ?? ADDRESSES[0]!,
    bits: expectedBits(parent.header, ancestorAt),
    label,
    prevLabel: fields.prevLabel ?? (parent.height === 0 ? 'The Void' : [...parent.accepted][0] ?? ''),
    nonce: 0n,
    ...fields.header,
  };
  return makeBlock(solve(header), transfers);
}

/** Mines `n` blocks on `parent` (default the tip), submitting each; returns them. */
export async function extend(chain: Chain, images: ChainImages, n: number, parent: IndexEntry = chain.tip(), fields: ChildFields = {}): Promise<Block[]> {
  const blocks: Block[] = [];
  let at = parent;
  for (let i = 0; i < n; i++) {
    const block = childOf(chain, at, images, fields);
    const r = await chain.submitBlock(block);
    if (!r.ok) throw new Error(`block ${i}: ${r.error.code} ${r.error.message}`);
    blocks.push(block);
    at = chain.index.get(block.hash)!;
  }
  return blocks;
}
