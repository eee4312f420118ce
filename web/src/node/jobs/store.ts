/**
 * Where a broker keeps its jobs across restarts: IndexedDB in tabs, disk on Node peers, memory in
 * tests and the simulator. Records are saved as JSON and checked again when loaded; the payment
 * ledger (which transaction paid for which job) is kept with them, so a replay is refused after
 * a restart too.
 */
import type { JobId } from './job.ts';

export interface JobStore {
  /** Every saved record as JSON (decodeJobRecord checks each). */
  load(): Promise<string[]>;
  save(id: JobId, json: string): Promise<void>;
  remove(id: JobId): Promise<void>;
  /** tx hash → job id, for every payment this broker accepted. */
  loadPayments(): Promise<[string, JobId][]>;
  savePayment(txHash: string, id: JobId): Promise<void>;
}

export function memoryJobStore(): JobStore & { records: Map<JobId, string>; payments: Map<string, JobId> } {
  const records = new Map<JobId, string>();
  const payments = new Map<string, JobId>();
  return {
    records,
    payments,
    load: async () => [...records.values()],
    save: async (id, json) => void records.set(id, json),
    remove: async (id) => void records.delete(id),
    loadPayments: async () => [...payments],
    savePayment: async (tx, id) => void payments.set(tx, id),
  };
}
