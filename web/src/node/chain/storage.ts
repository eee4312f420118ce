/**
 * Where a chain keeps what it accepted, and where block images live. Hosts supply both:
 * IndexedDB in tabs, files on the relay, memory in the simulator; images in the DHT as content.
 */
import type { Block } from './block.ts';

export interface StoredBlock {
  block: Block;
  /** The labels recognition accepted for its image when the block was validated. */
  accepted: string[];
}

export interface ChainStore {
  /** Every stored block, in any order. */
  load(): Promise<StoredBlock[]>;
  save(stored: StoredBlock): Promise<void>;
}

export interface ChainImages {
  /** Publishes an image; resolves with its content key (SHA-256 of the bytes, 64 hex digits). */
  put(bytes: Uint8Array): Promise<string>;
  /** The image under `key`; rejects TabmeshError 'not-found' when nobody serves it (yet). */
  get(key: string, signal?: AbortSignal): Promise<Uint8Array>;
  /** Full nodes: the image this node keeps under `key`, without asking anyone (what it serves to peers). */
  readLocal?(key: string): Promise<Uint8Array | undefined>;
  /** Full nodes: the block naming this image was accepted; keep the image for good. */
  keep?(key: string, signal?: AbortSignal): Promise<void>;
}

export function memoryChainStore(): ChainStore & { readonly blocks: Map<string, StoredBlock> } {
  const blocks = new Map<string, StoredBlock>();
  return {
    blocks,
    load: () => Promise.resolve([...blocks.values()]),
    save: (stored) => {
      blocks.set(stored.block.hash, stored);
      return Promise.resolve();
    },
  };
}
