/**
 * A tab's Photoblocks chain in its own database: every accepted block (its bytes and the labels
 * its image was recognised as), its image, and the tab's account key. The key is kept as a browser wallet
 * without a password keeps it: readable by this origin's pages, which the Users page says.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { PeerId } from '../node/base/peer-id.ts';
import type { ChainKeyStore } from '../node/chain/app.ts';
import { decodeBlock, encodeBlock } from '../node/chain/block.ts';
import type { ImageShelf } from '../node/chain/kept-images.ts';
import type { ChainStore, StoredBlock } from '../node/chain/storage.ts';

const BLOCKS = 'blocks';
const KEYS = 'keys';
const IMAGES = 'images';
const ACCOUNT = 'account';

interface StoredRow {
  bytes: Uint8Array;
  accepted: string[];
}

function open(id: PeerId): Promise<IDBPDatabase> {
  return openDB(`tabmesh-chain-${id}`, 2, {
    upgrade: (d) => {
      for (const store of [BLOCKS, KEYS, IMAGES]) if (!d.objectStoreNames.contains(store)) d.createObjectStore(store);
    },
  });
}

export function idbChainStores(id: PeerId): { blocks: ChainStore; keys: ChainKeyStore; images: ImageShelf } {
  const db = open(id);
  return {
    images: {
      read: async (key) => {
        const bytes: unknown = await (await db).get(IMAGES, key);
        return bytes instanceof Uint8Array ? bytes : undefined;
      },
      write: async (key, bytes) => void (await (await db).put(IMAGES, bytes, key)),
      onCorrupt: (key) => void db.then((d) => d.delete(IMAGES, key)).catch(() => undefined),
    },
    blocks: {
      async load() {
        const rows = (await (await db).getAll(BLOCKS)) as StoredRow[];
        const blocks: StoredBlock[] = [];
        for (const row of rows) {
          const block = row?.bytes instanceof Uint8Array ? decodeBlock(row.bytes) : undefined;
          if (block?.ok && Array.isArray(row.accepted)) blocks.push({ block: block.value, accepted: row.accepted.filter((l) => typeof l === 'string') });
        }
        return blocks;
      },
      save: async ({ block, accepted }) => void (await (await db).put(BLOCKS, { bytes: encodeBlock(block), accepted } satisfies StoredRow, block.hash)),
    },
    keys: {
      load: async () => {
        const key: unknown = await (await db).get(KEYS, ACCOUNT);
        return typeof key === 'string' ? key : undefined;
      },
      save: async (privateKey) => void (await (await db).put(KEYS, privateKey, ACCOUNT)),
    },
  };
}
