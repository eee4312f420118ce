import { openDB } from 'idb';
import type { PeerId } from '../node/base/peer-id.ts';
import type { DhtStorage } from '../node/dht/types.ts';

const STORE = 'records';

/** A node's DHT records in its own database: tabs of one origin share IndexedDB. */
export function idbDhtStorage(id: PeerId): DhtStorage {
  const db = openDB(`tabmesh-dht-${id}`, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  return {
    load: async () => {
      const values: unknown[] = await (await db).getAll(STORE);
      return values.filter((v): v is Uint8Array => v instanceof Uint8Array);
    },
    save: async (key, encoded) => {
      await (await db).put(STORE, encoded, key);
    },
    remove: async (key) => {
      await (await db).delete(STORE, key);
    },
  };
}
