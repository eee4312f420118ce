/**
 * A Node peer's jobs on disk: one file per job record and one per accepted payment, each written
 * to a temporary file and renamed (the DHT's keyed file store: job ids and transaction hashes are
 * 64 hex characters, as DHT keys are). Also the relay's record of which jobs it has mailed.
 */
import { join } from 'node:path';
import type { JobStore } from '../node/jobs/store.ts';
import { dhtDiskStorage } from './dht-disk-storage.ts';

const utf8 = new TextEncoder();
const text = new TextDecoder();

export function diskJobStore(dir: string): JobStore {
  const records = dhtDiskStorage(join(dir, 'records'));
  // Payments are named by their tx hash without 0x; the file holds the job id.
  const payments = dhtDiskStorage(join(dir, 'payments'));
  return {
    load: async () => (await records.load()).map((bytes) => text.decode(bytes)),
    save: (id, json) => records.save(id, utf8.encode(json)),
    remove: (id) => records.remove(id),
    loadPayments: async () => {
      const out: [string, string][] = [];
      for (const bytes of await payments.load()) {
        const [tx, id] = text.decode(bytes).split(' ');
        if (tx !== undefined && id !== undefined) out.push([tx, id]);
      }
      return out;
    },
    savePayment: (tx, id) => payments.save(tx.replace(/^0x/, '').toLowerCase(), utf8.encode(`${tx} ${id}`)),
  };
}

/** The jobs a relay has mailed, kept across restarts so a result is never mailed twice. */
export function diskMailedJobs(dir: string): { has(id: string): Promise<boolean>; add(id: string): Promise<void> } {
  const store = dhtDiskStorage(dir);
  let known: Promise<Set<string>> | undefined;
  const all = (): Promise<Set<string>> => (known ??= store.load().then((list) => new Set(list.map((b) => text.decode(b)))));
  return {
    has: async (id) => (await all()).has(id),
    add: async (id) => {
      (await all()).add(id);
      await store.save(id, utf8.encode(id));
    },
  };
}
