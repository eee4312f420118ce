import { openDB } from 'idb';
import type { PeerId } from '../node/base/peer-id.ts';
import type { PeerTableSnapshot } from '../node/peers/peer-table.ts';
import type { NodeStorage } from '../node/peers/ports.ts';

const STORE = 'state';

/** A node's own database, named by its id: tabs of one origin share IndexedDB. */
export function idbStorage(id: PeerId): NodeStorage {
  const db = openDB(`tabmesh-node-${id}`, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  return {
    loadPeerTable: async () => {
      const value: unknown = await (await db).get(STORE, 'peer-table');
      return isSnapshot(value) ? value : undefined;
    },
    savePeerTable: async (snapshot) => {
      await (await db).put(STORE, snapshot, 'peer-table');
    },
  };
}

function isSnapshot(x: unknown): x is PeerTableSnapshot {
  return typeof x === 'object' && x !== null && (x as { version?: unknown }).version === 1 && Array.isArray((x as { entries?: unknown }).entries);
}
