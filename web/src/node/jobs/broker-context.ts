/**
 * What a broker's parts share: the host (send, connect, clock), the payment verifier, the store,
 * the adverts, and the jobs it holds — as primary (it runs them) or as backup (it keeps a copy
 * to take over). Every change to a job goes through `commit`, which bumps its version, saves it,
 * sends the copy to its backup and tells the network.
 */
import type { Clock, Random } from '../base/clock.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { PayloadVerifier } from '../peers/signer.ts';
import type { AdvertBook } from './adverts.ts';
import type { PaymentVerifier } from './engines.ts';
import type { FlowChange, FlowEvent } from './flow.ts';
import type { JobId } from './job.ts';
import type { JobMessage } from './messages.ts';
import { encodeJobRecord, isFinished, type JobRecord } from './records.ts';
import type { JobStore } from './store.ts';

export interface BrokerDeps {
  selfId: PeerId;
  clock: Clock;
  random: Random;
  /** Sends over an open link; false when there is none or it refused the frame. */
  send(to: PeerId, msg: JobMessage): boolean;
  /** Opens a link (workers, backups, requesters, relays); rejects when it cannot. */
  connect(to: PeerId): Promise<void>;
  /** The chain, through this broker's own JSON-RPC connection; none: it accepts no jobs. */
  payments: PaymentVerifier | undefined;
  store: JobStore;
  adverts: AdvertBook;
  verifyResult: PayloadVerifier;
  /** Relays this node knows (they mail results). */
  relays(): PeerId[];
  flow(event: FlowEvent): void;
  /** Something the pages show changed. */
  changed(): void;
}

export interface BrokerCounters {
  accepted: number;
  refused: Record<string, number>;
  dispatched: number;
  redispatched: number;
  completed: number;
  failed: number;
  takenOver: number;
  handedOver: number;
  /** Results from a node the job was not assigned to, or with a bad signature. */
  rejectedResults: number;
  mailed: number;
}

export function emptyCounters(): BrokerCounters {
  return { accepted: 0, refused: {}, dispatched: 0, redispatched: 0, completed: 0, failed: 0, takenOver: 0, handedOver: 0, rejectedResults: 0, mailed: 0 };
}

export class BrokerContext {
  readonly deps: BrokerDeps;
  readonly jobs = new Map<JobId, JobRecord>();
  /** tx hash → the job it paid for: a payment is never used twice. */
  readonly payments = new Map<string, JobId>();
  readonly counters = emptyCounters();
  /** Set by the replication part: a backup taking a job over because a worker reached it instead. */
  takeOverHook: ((record: JobRecord) => void) | undefined;
  /** Set by the broker: a job was just queued, so it goes to a worker now rather than at the next tick. */
  queuedHook: (() => void) | undefined;

  constructor(deps: BrokerDeps) {
    this.deps = deps;
  }

  get self(): PeerId {
    return this.deps.selfId;
  }

  now(): number {
    return this.deps.clock.now();
  }

  /** Jobs this broker runs and has not finished. */
  activePrimary(): JobRecord[] {
    return [...this.jobs.values()].filter((r) => r.primary === this.self && !isFinished(r.stage));
  }

  /** Jobs for which this broker holds the copy of `primary`. */
  backedFor(primary: PeerId): JobRecord[] {
    return [...this.jobs.values()].filter((r) => r.primary === primary && r.backup === this.self && !isFinished(r.stage));
  }

  /**
   * Applies a change: version up, saved, copied to the backup, told to the network. `change`
   * names the event for the Flow page (none for bookkeeping that nobody needs to see).
   */
  commit(record: JobRecord, change?: FlowChange): void {
    record.version += 1;
    record.updatedAt = this.now();
    this.jobs.set(record.id, record);
    const json = encodeJobRecord(record);
    void this.deps.store.save(record.id, json).catch(() => undefined);
    if (record.primary === this.self && record.backup !== undefined) this.deps.send(record.backup, { kind: 'jobReplicate', takeOver: 0, record: json });
    if (change !== undefined) this.announce(change, record);
    this.deps.changed();
  }

  announce(change: FlowChange, record?: JobRecord): void {
    const event: FlowEvent = { change, broker: this.self, queue: this.activePrimary().length, at: this.now() };
    if (record?.backup !== undefined) event.backup = record.backup;
    if (record) {
      event.job = { id: record.id, stage: record.stage, attempt: record.attempt, progress: record.progress, requester: record.requester };
      if (record.worker !== undefined) event.job.worker = record.worker;
    }
    this.deps.flow(event);
  }

  refuse(code: string): void {
    this.counters.refused[code] = (this.counters.refused[code] ?? 0) + 1;
  }

  /** Another live broker to hold copies, drawn among those that advertised lately, else among any advertised. */
  pickBackup(exclude: ReadonlySet<PeerId> = new Set()): PeerId | undefined {
    const usable = (ids: PeerId[]): PeerId[] => ids.filter((id) => id !== this.self && !exclude.has(id));
    const fresh = usable(this.deps.adverts.freshBrokers(this.now()));
    const brokers = fresh.length > 0 ? fresh : usable(this.deps.adverts.brokers(this.now()));
    if (brokers.length === 0) return undefined;
    return brokers[Math.floor(this.deps.random() * brokers.length)];
  }
}
