/**
 * Brokers keep each other's jobs: every change a primary makes goes to its backup as a copy; the
 * primary renews a lease with its backups every LEASE_INTERVAL_MS, and a backup that hears
 * nothing for LEASE_TIMEOUT_MS takes over the primary's jobs (a crashed tab says no goodbye).
 * A broker that leaves hands its jobs to their backups first (takeOver), so nothing waits out a
 * lease. Copies are taken only from the job's primary, and never replace a newer version.
 */
import type { PeerId } from '../base/peer-id.ts';
import type { BrokerContext } from './broker-context.ts';
import { FINISHED_TTL_MS, LEASE_INTERVAL_MS, LEASE_TIMEOUT_MS, MAX_FINISHED } from './constants.ts';
import type { JobMessageOf } from './messages.ts';
import { decodeJobRecord, encodeJobRecord, isFinished, type JobRecord } from './records.ts';

export class Replication {
  readonly #ctx: BrokerContext;
  /** When each primary we back was last heard from. */
  readonly #heard = new Map<PeerId, number>();
  #lastLease = Number.NEGATIVE_INFINITY;

  constructor(ctx: BrokerContext) {
    this.#ctx = ctx;
    ctx.takeOverHook = (record) => {
      ctx.counters.takenOver++;
      this.#takeOver(record, 'takeover');
    };
  }

  /** Anything from a node proves it alive for the jobs it is primary of. */
  heard(from: PeerId): void {
    if (this.#heard.has(from)) this.#heard.set(from, this.#ctx.now());
  }

  onReplicate(msg: JobMessageOf<'jobReplicate'>, from: PeerId): void {
    const ctx = this.#ctx;
    const decoded = decodeJobRecord(msg.record);
    if (!decoded.ok || decoded.value.primary !== from) return;
    const copy = decoded.value;
    const held = ctx.jobs.get(copy.id);
    if (held && held.version >= copy.version && !(msg.takeOver === 1 && held.primary === from)) {
      ctx.deps.send(from, { kind: 'jobReplicated', id: copy.id, version: copy.version });
      return;
    }
    if (held && held.primary === ctx.self && msg.takeOver !== 1) return; // ours now; an old primary's late copy
    this.#heard.set(from, ctx.now());
    if (msg.takeOver === 1) {
      ctx.counters.takenOver++;
      this.#takeOver(copy, 'handoff', from);
      return;
    }
    copy.backup = ctx.self;
    ctx.jobs.set(copy.id, copy);
    void ctx.deps.store.save(copy.id, encodeJobRecord(copy)).catch(() => undefined);
    ctx.payments.set(copy.tx, copy.id);
    ctx.deps.send(from, { kind: 'jobReplicated', id: copy.id, version: copy.version });
    ctx.deps.changed();
  }

  onLease(from: PeerId): void {
    this.#heard.set(from, this.#ctx.now());
  }

  /** Leases out, silent primaries' jobs taken over, old finished jobs forgotten. */
  tick(): void {
    const ctx = this.#ctx;
    const now = ctx.now();
    if (now - this.#lastLease >= LEASE_INTERVAL_MS) {
      this.#lastLease = now;
      const backed = new Map<PeerId, number>();
      for (const r of ctx.activePrimary()) if (r.backup !== undefined) backed.set(r.backup, (backed.get(r.backup) ?? 0) + 1);
      for (const [backup, jobs] of backed) ctx.deps.send(backup, { kind: 'jobLease', jobs: Math.min(jobs, 0xffff) });
    }
    const primaries = new Set([...ctx.jobs.values()].filter((r) => r.backup === ctx.self && r.primary !== ctx.self && !isFinished(r.stage)).map((r) => r.primary));
    for (const primary of primaries) {
      const last = this.#heard.get(primary);
      if (last === undefined) this.#heard.set(primary, now);
      else if (now - last > LEASE_TIMEOUT_MS) {
        for (const record of ctx.backedFor(primary)) {
          ctx.counters.takenOver++;
          this.#takeOver(record, 'takeover', primary);
        }
        this.#heard.delete(primary);
      }
    }
    this.#rebackup(now);
    this.#prune(now);
  }

  /** A job whose backup left or went silent (no advert) gets a new one, and a copy. */
  #rebackup(now: number): void {
    const ctx = this.#ctx;
    const live = new Set(ctx.deps.adverts.brokers(now));
    for (const record of ctx.activePrimary()) {
      if (record.backup !== undefined && live.has(record.backup)) continue;
      const backup = ctx.pickBackup(new Set(record.backup === undefined ? [] : [record.backup]));
      if (backup === undefined || backup === record.backup) continue;
      record.backup = backup;
      void ctx.deps.connect(backup).then(() => ctx.commit(record), () => undefined);
    }
  }

  /** Before leaving: every job this broker runs goes to its backup (or another broker), which runs it from now on. */
  handOff(): void {
    const ctx = this.#ctx;
    for (const record of ctx.activePrimary()) {
      const target = record.backup ?? ctx.pickBackup();
      if (target === undefined) continue; // alone: the jobs stay on disk for when this broker returns
      record.version += 1;
      if (ctx.deps.send(target, { kind: 'jobReplicate', takeOver: 1, record: encodeJobRecord(record) })) {
        record.primary = target;
        delete record.backup;
        ctx.counters.handedOver++;
        void ctx.deps.store.save(record.id, encodeJobRecord(record)).catch(() => undefined);
      }
    }
    ctx.announce('leaving');
  }

  /** This broker runs the job from now on, with a new backup (not the one it took it from). */
  #takeOver(record: JobRecord, change: 'takeover' | 'handoff', from?: PeerId): void {
    const ctx = this.#ctx;
    record.primary = ctx.self;
    const exclude = new Set<PeerId>(from === undefined ? [] : [from]);
    const backup = ctx.pickBackup(exclude);
    if (backup === undefined) delete record.backup;
    else record.backup = backup;
    ctx.payments.set(record.tx, record.id);
    ctx.commit(record, change);
    // The new backup may not be linked yet, and a copy sent over no link is lost: link, then
    // send the copy again (a crash of this broker would otherwise lose the job).
    const chosen = record.backup;
    if (chosen !== undefined) {
      void ctx.deps.connect(chosen).then(
        () => {
          if (record.primary === ctx.self && record.backup === chosen) ctx.commit(record);
        },
        () => undefined,
      );
    }
  }

  #prune(now: number): void {
    const finished = [...this.#ctx.jobs.values()].filter((r) => isFinished(r.stage)).sort((a, b) => a.updatedAt - b.updatedAt);
    const over = finished.length - MAX_FINISHED;
    finished.forEach((r, i) => {
      if (i < over || now - r.updatedAt > FINISHED_TTL_MS) {
        this.#ctx.jobs.delete(r.id);
        void this.#ctx.deps.store.remove(r.id).catch(() => undefined);
      }
    });
  }
}
