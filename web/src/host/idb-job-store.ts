/**
 * A node's jobs in its own database: as a broker (records and the payments it accepted, so a
 * replay is refused after a reload too) and as a requester (its own jobs, so a result stays on
 * the page after a reload). Records are JSON; the core checks each when it loads them.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { PeerId } from '../node/base/peer-id.ts';
import type { ClientJob } from '../node/jobs/client.ts';
import type { JobId } from '../node/jobs/job.ts';
import type { JobStore } from '../node/jobs/store.ts';

const RECORDS = 'records';
const PAYMENTS = 'payments';
const MINE = 'mine';

function open(id: PeerId): Promise<IDBPDatabase> {
  return openDB(`tabmesh-jobs-${id}`, 1, {
    upgrade: (d) => {
      d.createObjectStore(RECORDS);
      d.createObjectStore(PAYMENTS);
      d.createObjectStore(MINE);
    },
  });
}

export function idbJobStores(id: PeerId): { broker: JobStore; mine: { load(): Promise<ClientJob[]>; save(job: ClientJob): void; remove(id: JobId): void } } {
  const db = open(id);
  return {
    broker: {
      load: async () => ((await (await db).getAll(RECORDS)) as unknown[]).filter((v): v is string => typeof v === 'string'),
      save: async (jobId, json) => void (await (await db).put(RECORDS, json, jobId)),
      remove: async (jobId) => void (await (await db).delete(RECORDS, jobId)),
      loadPayments: async () => {
        const d = await db;
        const keys = (await d.getAllKeys(PAYMENTS)) as string[];
        const values = (await d.getAll(PAYMENTS)) as string[];
        return keys.map((k, i) => [k, values[i] as string]);
      },
      savePayment: async (tx, jobId) => void (await (await db).put(PAYMENTS, jobId, tx)),
    },
    mine: {
      load: async () => ((await (await db).getAll(MINE)) as unknown[]).filter(isClientJob),
      save: (job) => void db.then((d) => d.put(MINE, structuredClone(job), job.id)).catch(() => undefined),
      remove: (id) => void db.then((d) => d.delete(MINE, id)).catch(() => undefined),
    },
  };
}

function isClientJob(x: unknown): x is ClientJob {
  const j = x as Partial<ClientJob> | null;
  return typeof j === 'object' && j !== null && typeof j.id === 'string' && typeof j.stage === 'string' && typeof j.spec === 'object' && typeof j.createdAt === 'number';
}
