/**
 * The broker role: intake (BINT with payment checks), dispatch (TRSC, TRAN, results, re-dispatch)
 * and replication (copies, leases, takeover, handoff) over one shared context. The jobs service
 * feeds it the broker-side messages and ticks it once a second while the node holds the role.
 */
import type { PeerId } from '../base/peer-id.ts';
import { BrokerContext, type BrokerCounters, type BrokerDeps } from './broker-context.ts';
import { MAIL_ORPHAN_MS, MAIL_RETRY_MS } from './constants.ts';
import { Dispatch } from './broker-dispatch.ts';
import { Intake } from './broker-intake.ts';
import { Replication } from './broker-replication.ts';
import type { JobId } from './job.ts';
import { JOB_OK, type JobMessageOf } from './messages.ts';
import { decodeJobRecord, isFinished, statusOf, type JobRecord, type JobStatusView } from './records.ts';
import { wireCode } from './broker-dispatch.ts';

export class Broker {
  readonly #ctx: BrokerContext;
  readonly #intake: Intake;
  readonly #dispatch: Dispatch;
  readonly #replication: Replication;
  #lastMailRetry: number;

  constructor(deps: BrokerDeps) {
    this.#ctx = new BrokerContext(deps);
    this.#intake = new Intake(this.#ctx);
    this.#dispatch = new Dispatch(this.#ctx);
    this.#replication = new Replication(this.#ctx);
    this.#ctx.queuedHook = () => this.#dispatch.tick();
    this.#lastMailRetry = this.#ctx.now();
  }

  /** Jobs and payments from the store; assignments left from before are given out again. */
  async load(): Promise<number> {
    const ctx = this.#ctx;
    for (const [tx, id] of await ctx.deps.store.loadPayments().catch(() => [])) ctx.payments.set(tx, id);
    let loaded = 0;
    for (const json of await ctx.deps.store.load().catch(() => [])) {
      const decoded = decodeJobRecord(json);
      if (!decoded.ok) continue;
      const record = decoded.value;
      if (record.primary === ctx.self && !isFinished(record.stage) && record.worker !== undefined) record.deadline = ctx.now();
      ctx.jobs.set(record.id, record);
      ctx.payments.set(record.tx, record.id);
      loaded++;
    }
    return loaded;
  }

  tick(): void {
    this.#replication.tick();
    this.#dispatch.tick();
    const now = this.#ctx.now();
    if (now - this.#lastMailRetry >= MAIL_RETRY_MS) {
      this.#lastMailRetry = now;
      this.retryMail();
    }
  }

  /** Every message a broker handles; anything from a node counts as hearing from it. */
  handle(msg: BrokerMessage, from: PeerId): void {
    this.#replication.heard(from);
    switch (msg.kind) {
      case 'jobSubmit':
        return this.#intake.onSubmit(msg, from);
      case 'jobProgress':
        return this.#dispatch.onProgress(msg, from);
      case 'jobBtcr':
        return this.#dispatch.onTranscribed(msg, from);
      case 'jobTrdn':
        return this.#dispatch.onTranslated(msg, from);
      case 'jobRefuse':
        return this.#dispatch.onRefused(msg, from);
      case 'jobReplicate':
        return this.#replication.onReplicate(msg, from);
      case 'jobReplicated':
        return this.#intake.onReplicated(msg.id, msg.version);
      case 'jobLease':
        return this.#replication.onLease(from);
      case 'jobMailed':
        return this.#dispatch.onMailed(msg);
      case 'jobQuery':
        return this.#answer(msg, from);
    }
  }

  /** Before the node leaves: the jobs go to their backups. */
  /** A link closed: the peer's assignments go elsewhere unless it is back soon. */
  onLinkLost(peer: PeerId): void {
    this.#dispatch.onLinkLost(peer);
  }

  handOff(): void {
    this.#replication.handOff();
  }

  status(id: JobId): JobStatusView | undefined {
    const record = this.#ctx.jobs.get(id);
    return record ? statusOf(record) : undefined;
  }

  /** Every job held here, as primary or backup. */
  records(): JobRecord[] {
    return [...this.#ctx.jobs.values()];
  }

  counters(): BrokerCounters {
    const c = this.#ctx.counters;
    return { ...c, refused: { ...c.refused } };
  }

  /**
   * Results not confirmed mailed are asked for again (a lost answer, a relay that failed or came
   * back): a primary's own, and a backup's copies its primary left unmailed for MAIL_ORPHAN_MS (it
   * may have died right after finishing). The relay mails each job once, whoever asks.
   */
  retryMail(): void {
    const now = this.#ctx.now();
    for (const record of this.#ctx.jobs.values()) {
      if (record.stage !== 'done' || record.mailed) continue;
      if (record.primary === this.#ctx.self || now - record.updatedAt > MAIL_ORPHAN_MS) this.#dispatch.mail(record);
    }
  }

  #answer(msg: JobMessageOf<'jobQuery'>, from: PeerId): void {
    const record = this.#ctx.jobs.get(msg.id);
    this.#ctx.deps.send(from, {
      kind: 'jobStatus',
      rid: msg.rid,
      id: msg.id,
      code: record ? JOB_OK : wireCode('not-found'),
      status: record ? JSON.stringify(statusOf(record)) : '',
    });
  }
}

export type BrokerMessage = JobMessageOf<'jobSubmit' | 'jobProgress' | 'jobBtcr' | 'jobTrdn' | 'jobRefuse' | 'jobReplicate' | 'jobReplicated' | 'jobLease' | 'jobMailed' | 'jobQuery'>;
