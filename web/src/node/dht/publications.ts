/** What this node put and keeps alive: re-published with a fresh expiry every interval. */
import type { DhtKey } from './api.ts';

export interface Publication {
  kind: 'owned' | 'content';
  key: DhtKey;
  value: Uint8Array;
  ttlMs: number;
  replication: number;
}

/** Bounds what one node re-publishes, so a runaway caller cannot make it hold unbounded bytes. */
const MAX_PUBLICATIONS = 1024;

export class Publications {
  readonly #byKey = new Map<DhtKey, Publication>();

  add(p: Publication): void {
    this.#byKey.delete(p.key);
    this.#byKey.set(p.key, p);
    if (this.#byKey.size > MAX_PUBLICATIONS) {
      const oldest = this.#byKey.keys().next().value;
      if (oldest !== undefined) this.#byKey.delete(oldest);
    }
  }

  remove(key: DhtKey): void {
    this.#byKey.delete(key);
  }

  list(): Publication[] {
    return [...this.#byKey.values()];
  }
}
