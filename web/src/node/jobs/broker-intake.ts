/**
 * A broker taking a job (BINT): the spec must hash to the job id, the payment must pay for that id
 * (checked through the broker's own JSON-RPC connection), the payment must not have paid for a
 * job before, and the queue must have room. The job is acknowledged only once its backup holds a
 * copy (or no other broker exists to hold one).
 */
import { ERROR_CODES, TabmeshError, type ErrorCode } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { hexlify } from 'ethers';
import type { BrokerContext } from './broker-context.ts';
import { withTimeout } from '../base/timeout.ts';
import { BROKER_DIAL_MS, MAX_QUEUE, MAX_QUEUE_PER_PAYER, REPLICA_CANDIDATES, REPLICATE_TIMEOUT_MS } from './constants.ts';
import { jobIdOf, parseJobSpec, type JobId } from './job.ts';
import { JOB_OK, type JobMessageOf } from './messages.ts';
import { encodeJobRecord, isFinished, type JobRecord } from './records.ts';
import { PendingRequests } from '../base/pending-requests.ts';

export class Intake {
  readonly #ctx: BrokerContext;
  /** Copies sent to a backup and not yet confirmed, by job id and version. */
  readonly #replicas: PendingRequests<string, void>;
  /** Submissions being checked (payment confirmations take a while): a second copy waits for the first. */
  readonly #checking = new Map<JobId, Promise<ErrorCode | 'ok'>>();

  constructor(ctx: BrokerContext) {
    this.#ctx = ctx;
    this.#replicas = new PendingRequests(ctx.deps.clock);
  }

  onSubmit(msg: JobMessageOf<'jobSubmit'>, from: PeerId): void {
    void this.#submit(msg).then((code) => this.#ack(from, msg, code));
  }

  /** The backup confirmed a copy. */
  onReplicated(id: JobId, version: number): void {
    this.#replicas.settle(`${id}/${version}`, undefined);
  }

  async #submit(msg: JobMessageOf<'jobSubmit'>): Promise<ErrorCode | 'ok'> {
    const spec = parseJobSpec({ imageKey: msg.imageKey, imageBytes: msg.imageBytes, email: msg.email, from: msg.from, to: msg.to, nonce: hexlify(msg.nonce).slice(2) });
    if (!spec.ok) return this.#refused(spec.error.code);
    if (jobIdOf(spec.value) !== msg.id) return this.#refused('wrong-job');
    const known = this.#ctx.jobs.get(msg.id);
    // The same job again (a client retrying after a lost ack): its state, not a second run.
    if (known) return isFinished(known.stage) ? this.#refused('tx-reused') : 'ok';
    const inProgress = this.#checking.get(msg.id);
    if (inProgress) return inProgress;
    const checked = this.#accept(msg, spec.value);
    this.#checking.set(msg.id, checked);
    try {
      return await checked;
    } finally {
      this.#checking.delete(msg.id);
    }
  }

  async #accept(msg: JobMessageOf<'jobSubmit'>, spec: JobRecord['spec']): Promise<ErrorCode | 'ok'> {
    const ctx = this.#ctx;
    const tx = hexlify(msg.tx);
    const payments = ctx.deps.payments;
    if (payments === undefined) return this.#refused('unknown-tx');
    if (ctx.payments.has(tx)) return this.#refused('tx-reused');
    if (ctx.activePrimary().length >= MAX_QUEUE) return this.#refused('at-capacity');
    let check;
    try {
      check = await payments.verify(tx, msg.id);
    } catch {
      return this.#refused('unknown-tx');
    }
    if (!check.ok) return this.#refused(check.code);
    const payer = check.payment.payer.toLowerCase();
    // Checked again after the wait: another submission may have used the payment meanwhile.
    if (ctx.payments.has(tx)) return this.#refused('tx-reused');
    if (ctx.activePrimary().filter((r) => r.payer === payer).length >= MAX_QUEUE_PER_PAYER) return this.#refused('at-capacity');
    ctx.payments.set(tx, msg.id);
    void ctx.deps.store.savePayment(tx, msg.id).catch(() => undefined);
    const now = ctx.now();
    const record: JobRecord = {
      id: msg.id,
      spec,
      tx,
      payer,
      requester: msg.requester,
      stage: 'queued',
      attempt: 0,
      progress: 0,
      primary: ctx.self,
      version: 0,
      acceptedAt: now,
      updatedAt: now,
      mailed: false,
    };
    const backup = ctx.pickBackup();
    if (backup !== undefined) record.backup = backup;
    ctx.commit(record, 'accepted');
    ctx.counters.accepted++;
    ctx.queuedHook?.();
    if (backup !== undefined) await this.#replicated(record, backup);
    return 'ok';
  }

  /** Waits for the backup's copy; a slow or unreachable backup is replaced (REPLICA_CANDIDATES in all), then dropped. */
  async #replicated(record: JobRecord, backup: PeerId): Promise<void> {
    const ctx = this.#ctx;
    const tried = new Set<PeerId>();
    for (let candidate: PeerId | undefined = backup; candidate !== undefined && tried.size < REPLICA_CANDIDATES; candidate = ctx.pickBackup(tried)) {
      tried.add(candidate);
      if (record.backup !== candidate) {
        record.backup = candidate;
        ctx.commit(record);
      }
      try {
        await withTimeout(ctx.deps.clock, BROKER_DIAL_MS, ctx.deps.connect(candidate));
        const confirmed = this.#replicas.wait(`${record.id}/${record.version}`, REPLICATE_TIMEOUT_MS);
        ctx.deps.send(candidate, { kind: 'jobReplicate', takeOver: 0, record: encodeJobRecord(record) });
        await confirmed;
        return;
      } catch {
        // Gone, most likely (a crashed tab's advert outlives it): not picked again until it advertises anew.
        ctx.deps.adverts.forget(candidate);
      }
    }
    delete record.backup;
    ctx.commit(record);
  }

  #refused(code: ErrorCode): ErrorCode {
    this.#ctx.refuse(code);
    return code;
  }

  #ack(to: PeerId, msg: JobMessageOf<'jobSubmit'>, code: ErrorCode | 'ok'): void {
    const record = this.#ctx.jobs.get(msg.id);
    const wire = code === 'ok' ? JOB_OK : ERROR_CODES.indexOf(code);
    if (wire < 0) throw new TabmeshError('bad-field', `no wire code for ${code}`);
    this.#ctx.deps.send(to, {
      kind: 'jobAck',
      rid: msg.rid,
      id: msg.id,
      code: wire,
      primary: record?.primary ?? this.#ctx.self,
      backup: record?.backup === undefined ? [] : [record.backup],
    });
  }
}
