/**
 * One identity per tab. All tabs of an origin share IndexedDB, so identities live in numbered
 * slots and a tab claims one exclusively with a Web Lock held for its lifetime: a reload gets its
 * slot back (remembered in sessionStorage), a second tab takes another, a closed tab's slot is
 * reused. Where Web Locks are missing (plain-HTTP origins other than localhost), the tab keeps
 * its key in sessionStorage: it survives reloads of that tab only.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { Identity } from '../node/peers/identity.ts';

const DB_NAME = 'tabmesh';
const STORE = 'identities';
const SESSION_SLOT_KEY = 'tabmesh-slot';
const SESSION_KEY_KEY = 'tabmesh-ephemeral-key';
/** More tabs than this in one browser is beyond what one browser sensibly hosts. */
const MAX_SLOTS = 512;
/** A reloading tab waits this long for its previous document to release the slot. */
const RECLAIM_WAIT_MS = 1500;

export interface ClaimedIdentity {
  identity: Identity;
  slot: number;
}

export async function claimIdentity(): Promise<ClaimedIdentity> {
  if (!('locks' in navigator)) return { identity: sessionIdentity(), slot: -1 };
  const slot = await claimSlot();
  sessionStorage.setItem(SESSION_SLOT_KEY, String(slot));
  const db = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  const identity = await loadOrCreate(db, slot);
  db.close();
  return { identity, slot };
}

async function loadOrCreate(db: IDBPDatabase, slot: number): Promise<Identity> {
  const stored: unknown = await db.get(STORE, slot);
  if (typeof stored === 'object' && stored !== null && typeof (stored as { privateKey?: unknown }).privateKey === 'string') {
    try {
      return Identity.fromPrivateKey((stored as { privateKey: string }).privateKey);
    } catch {
      // a corrupt record is replaced below
    }
  }
  const identity = Identity.generate();
  await db.put(STORE, { privateKey: identity.exportPrivateKey(), createdAt: Date.now() }, slot);
  return identity;
}

async function claimSlot(): Promise<number> {
  const stored = sessionStorage.getItem(SESSION_SLOT_KEY);
  const remembered = stored === null ? Number.NaN : Number(stored);
  if (Number.isInteger(remembered) && remembered >= 0 && remembered < MAX_SLOTS) {
    if (await holdLock(remembered, RECLAIM_WAIT_MS)) return remembered;
  }
  for (let slot = 0; slot < MAX_SLOTS; slot++) {
    if (await holdLock(slot, 0)) return slot;
  }
  throw new Error('no free identity slot');
}

/** Takes the slot's lock and holds it until the page goes away. */
function holdLock(slot: number, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const name = `tabmesh-slot-${slot}`;
    const hold = (lock: Lock | null): Promise<void> | undefined => {
      if (!lock) {
        resolve(false);
        return undefined;
      }
      resolve(true);
      return new Promise<void>(() => undefined);
    };
    if (waitMs === 0) {
      void navigator.locks.request(name, { ifAvailable: true }, hold);
      return;
    }
    const signal = AbortSignal.timeout(waitMs);
    navigator.locks.request(name, { signal }, hold).catch(() => resolve(false));
  });
}

function sessionIdentity(): Identity {
  const stored = sessionStorage.getItem(SESSION_KEY_KEY);
  if (stored) {
    try {
      return Identity.fromPrivateKey(stored);
    } catch {
      // replaced below
    }
  }
  const identity = Identity.generate();
  sessionStorage.setItem(SESSION_KEY_KEY, identity.exportPrivateKey());
  return identity;
}
