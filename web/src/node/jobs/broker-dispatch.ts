/**
 * A broker running its jobs: each queued job goes to a transcription worker (TRSC), its text to a
 * translation worker for the pair (TRAN, sentence-level engines first), the result to the
 * requester and, through a relay, to the user's mailbox. An assignment that runs past its
 * deadline, or a worker that refuses, sends the stage to another worker, up to MAX_ATTEMPTS.
 * Results are taken only from the assigned worker, signed by it.
 */
import { ERROR_CODES, type ErrorCode } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { BrokerContext } from './broker-context.ts';
import { BUSY_BACKOFF_MS, LINK_LOST_GRACE_MS, MAX_ATTEMPTS, TRANSCRIBE_TIMEOUT_MS, TRANSLATE_TIMEOUT_MS, WORKER_SILENCE_MS } from './constants.ts';
import { OCR_TEXT_LANGUAGE } from './engines.ts';
import type { JobId } from './job.ts';
import { JOB_OK, type JobMessageOf } from './messages.ts';
import { encodeJobRecord, isFinished, statusOf, type JobRecord } from './records.ts';
import { resultPayload } from './signing.ts';

export class Dispatch {
  readonly #ctx: BrokerContext;
  /** Workers that failed or refused a job's current stage: not asked again for it. */
  readonly #tried = new Map<JobId, Set<PeerId>>();
  /** Assignments being set up (a link being opened): not started twice. */
  readonly #assigning = new Set<JobId>();
  /** Workers that said they are full, until when: not asked again before. */
  readonly #busyUntil = new Map<PeerId, number>();

  constructor(ctx: BrokerContext) {
    this.#ctx = ctx;
  }

  /** One pass: overdue assignments released, waiting stages assigned. */
  tick(): void {
    const now = this.#ctx.now();
    for (const record of this.#ctx.activePrimary()) {
      if (record.worker !== undefined && record.deadline !== undefined && now > record.deadline) this.#release(record, record.worker);
      if (record.worker === undefined && (record.stage === 'queued' || record.stage === 'transcribed')) void this.#assign(record);
    }
  }

  onProgress(msg: JobMessageOf<'jobProgress'>, from: PeerId): void {
    const record = this.#assigned(msg.id, msg.attempt, from);
    if (!record) return;
    const before = record.progress;
    record.progress = Math.min(1000, msg.progress);
    record.deadline = this.#deadline(record);
    // A heartbeat without news is kept in memory only: no store write, no replica, no flow event.
    if (record.progress !== before) this.#ctx.commit(record, 'progress');
  }

  /** The worker's link closed: unless it is back within a grace period, its stages go elsewhere. */
  onLinkLost(worker: PeerId): void {
    const soon = this.#ctx.now() + LINK_LOST_GRACE_MS;
    for (const record of this.#ctx.activePrimary()) {
      if (record.worker === worker && (record.deadline === undefined || record.deadline > soon)) record.deadline = soon;
    }
  }

  /** Heard from now: silence is allowed for WORKER_SILENCE_MS, never past the stage's cap. */
  #deadline(record: JobRecord): number {
    const cap = (record.assignedAt ?? this.#ctx.now()) + (record.stage === 'translating' ? TRANSLATE_TIMEOUT_MS : TRANSCRIBE_TIMEOUT_MS);
    return Math.min(cap, this.#ctx.now() + WORKER_SILENCE_MS);
  }

  onTranscribed(msg: JobMessageOf<'jobBtcr'>, from: PeerId): void {
    const record = this.#assigned(msg.id, msg.attempt, from, 'transcribing');
    if (!record || !this.#signedBy(from, msg.signature, resultPayload(msg.id, msg.attempt, 'transcribed', msg.message))) return;
    record.text = msg.message;
    record.confidence = Math.min(100, msg.confidence);
    this.#advance(record, 'transcribed');
    this.#ctx.commit(record, 'transcribed');
    void this.#assign(record);
  }

  onTranslated(msg: JobMessageOf<'jobTrdn'>, from: PeerId): void {
    const record = this.#assigned(msg.id, msg.attempt, from, 'translating');
    if (!record || !this.#signedBy(from, msg.signature, resultPayload(msg.id, msg.attempt, 'translated', msg.message, msg.engine))) return;
    record.translation = msg.message;
    record.engine = msg.engine;
    record.quality = msg.quality === 1 ? 'sentence' : 'word';
    this.#advance(record, 'done');
    this.#ctx.counters.completed++;
    this.#ctx.commit(record, 'done');
    this.#finish(record);
  }

  onRefused(msg: JobMessageOf<'jobRefuse'>, from: PeerId): void {
    const record = this.#assigned(msg.id, msg.attempt, from);
    if (!record) return;
    if (msg.code === wireCode('at-capacity')) {
      // Full is no failure of the job: it waits for a free worker without losing an attempt.
      this.#busyUntil.set(from, this.#ctx.now() + BUSY_BACKOFF_MS);
      record.attempt -= 1;
      this.#release(record, undefined, false);
      return;
    }
    this.#release(record, from);
  }

  onMailed(msg: JobMessageOf<'jobMailed'>): void {
    const record = this.#ctx.jobs.get(msg.id);
    if (!record || record.mailed || msg.code !== JOB_OK) return;
    record.mailed = true;
    this.#ctx.counters.mailed++;
    this.#ctx.commit(record);
    this.pushStatus(record);
  }

  /** The requester is told (it may have gone: it can ask again), and a relay mails the result. */
  #finish(record: JobRecord): void {
    this.#tried.delete(record.id);
    this.pushStatus(record);
    if (record.stage === 'done' && !record.mailed) this.mail(record);
  }

  pushStatus(record: JobRecord): void {
    const status = JSON.stringify(statusOf(record));
    const send = (): boolean => this.#ctx.deps.send(record.requester, { kind: 'jobStatus', rid: 0, id: record.id, code: JOB_OK, status });
    if (!send()) void this.#ctx.deps.connect(record.requester).then(send, () => undefined);
  }

  /** Asks each known relay in turn; the relay checks the payment and mails once per job. */
  mail(record: JobRecord): void {
    const json = encodeJobRecord(record);
    for (const relay of this.#ctx.deps.relays()) {
      if (this.#ctx.deps.send(relay, { kind: 'jobMail', rid: 0, record: json })) return;
    }
    const [first] = this.#ctx.deps.relays();
    if (first !== undefined) void this.#ctx.deps.connect(first).then(() => this.#ctx.deps.send(first, { kind: 'jobMail', rid: 0, record: json }), () => undefined);
  }

  async #assign(record: JobRecord): Promise<void> {
    const ctx = this.#ctx;
    if (this.#assigning.has(record.id) || record.worker !== undefined || isFinished(record.stage)) return;
    const translating = record.stage === 'transcribed';
    const pair = `${OCR_TEXT_LANGUAGE[record.spec.from]}-${record.spec.to}`;
    const tried = this.#tried.get(record.id) ?? new Set<PeerId>();
    const now = ctx.now();
    const load = this.#assignedCounts();
    // This broker's own assignments are known now; the adverts' load is only an ordering hint.
    const free = (translating ? ctx.deps.adverts.translators(pair, now) : ctx.deps.adverts.transcribers(record.spec.from, now))
      .filter((id) => (this.#busyUntil.get(id) ?? 0) <= now && (load.get(id) ?? 0) < (ctx.deps.adverts.capacityOf(id, now) ?? 1))
      .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0));
    // With everyone free tried once, anyone free may try again (a worker may have been only unlucky).
    const worker = free.find((id) => !tried.has(id)) ?? free[0];
    if (worker === undefined) return;
    this.#assigning.add(record.id);
    try {
      await ctx.deps.connect(worker);
    } catch {
      this.#noteTried(record.id, worker);
      return;
    } finally {
      this.#assigning.delete(record.id);
    }
    if (record.worker !== undefined || isFinished(record.stage) || record.primary !== ctx.self) return;
    record.attempt += 1;
    record.worker = worker;
    record.progress = 0;
    record.stage = translating ? 'translating' : 'transcribing';
    record.assignedAt = ctx.now();
    record.deadline = this.#deadline(record);
    const backup = record.backup === undefined ? [] : [record.backup];
    const sent = translating
      ? ctx.deps.send(worker, { kind: 'jobTran', id: record.id, attempt: record.attempt, requester: record.requester, from: OCR_TEXT_LANGUAGE[record.spec.from], to: record.spec.to, backup, message: record.text ?? '' })
      : ctx.deps.send(worker, { kind: 'jobTrsc', id: record.id, attempt: record.attempt, requester: record.requester, imageKey: record.spec.imageKey, imageBytes: record.spec.imageBytes, from: record.spec.from, backup });
    ctx.counters.dispatched++;
    ctx.commit(record, 'assigned');
    if (!sent) this.#release(record, worker);
  }

  /** This broker's assignments in progress, per worker (adverts lag behind them). */
  #assignedCounts(): Map<PeerId, number> {
    const counts = new Map<PeerId, number>();
    for (const r of this.#ctx.activePrimary()) if (r.worker !== undefined) counts.set(r.worker, (counts.get(r.worker) ?? 0) + 1);
    return counts;
  }

  /** The worker gave up or went silent: the stage goes back to waiting, or the job fails. */
  #release(record: JobRecord, worker: PeerId | undefined, counted = true): void {
    if (worker !== undefined) this.#noteTried(record.id, worker);
    delete record.worker;
    delete record.assignedAt;
    delete record.deadline;
    record.progress = 0;
    record.stage = record.stage === 'translating' ? 'transcribed' : record.stage === 'transcribing' ? 'queued' : record.stage;
    if (record.attempt >= MAX_ATTEMPTS) {
      record.stage = 'failed';
      record.error = `no worker finished the ${record.text === undefined ? 'transcription' : 'translation'} in ${MAX_ATTEMPTS} attempts`;
      this.#ctx.counters.failed++;
      this.#ctx.commit(record, 'failed');
      this.#finish(record);
      return;
    }
    if (counted) this.#ctx.counters.redispatched++;
    this.#ctx.commit(record, counted ? 'redispatch' : undefined);
  }

  #advance(record: JobRecord, stage: 'transcribed' | 'done'): void {
    record.stage = stage;
    record.progress = 0;
    delete record.worker;
    delete record.assignedAt;
    delete record.deadline;
    if (stage === 'transcribed') {
      record.attempt = 0;
      this.#tried.delete(record.id);
    }
  }

  #noteTried(id: JobId, worker: PeerId): void {
    let set = this.#tried.get(id);
    if (!set) {
      set = new Set();
      this.#tried.set(id, set);
    }
    set.add(worker);
  }

  /**
   * The job this broker runs, assigned to `from` for this attempt (and at `stage` when given). A
   * backup holding the job takes it over here: the worker could not reach the primary.
   */
  #assigned(id: JobId, attempt: number, from: PeerId, stage?: JobRecord['stage']): JobRecord | undefined {
    const record = this.#ctx.jobs.get(id);
    const mine = record !== undefined && (record.primary === this.#ctx.self || record.backup === this.#ctx.self);
    if (!record || !mine || record.worker !== from || record.attempt !== attempt || (stage !== undefined && record.stage !== stage)) {
      this.#ctx.counters.rejectedResults++;
      return undefined;
    }
    if (record.primary !== this.#ctx.self) this.#ctx.takeOverHook?.(record);
    return record;
  }

  #signedBy(from: PeerId, signature: Uint8Array, payload: Uint8Array): boolean {
    if (this.#ctx.deps.verifyResult(payload, signature) === from) return true;
    this.#ctx.counters.rejectedResults++;
    return false;
  }
}

/** The wire code of an error, for refusals sent to peers. */
export function wireCode(code: ErrorCode): number {
  return ERROR_CODES.indexOf(code);
}
