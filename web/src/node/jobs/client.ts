/**
 * The requester's side (seed 000's interface node): a job is prepared (its image put in the DHT,
 * its id computed), paid by the user, then submitted to a broker (BINT) — another broker when one
 * does not answer. From then on the tab follows it: stage changes from the brokers' flow events,
 * the result pushed by the broker when done, or asked for. Each job's result is delivered once.
 */
import { TabmeshError, ERROR_CODES } from '../base/errors.ts';
import { delay, type Clock, type Random } from '../base/clock.ts';
import type { PeerId } from '../base/peer-id.ts';
import { PendingRequests } from '../base/pending-requests.ts';
import { getBytes } from 'ethers';
import { withTimeout } from '../base/timeout.ts';
import { BROKER_ALIVE_MS, BROKER_DIAL_MS, FOLLOW_QUIET_MS, SUBMIT_TIMEOUT_MS } from './constants.ts';
import type { FlowEvent } from './flow.ts';
import type { JobId, JobSpec } from './job.ts';
import { JOB_OK, type JobMessage, type JobMessageOf } from './messages.ts';
import { JOB_STAGES, isFinished, type JobStage, type JobStatusView } from './records.ts';

/** A job as the requesting tab knows it. */
export interface ClientJob {
  id: JobId;
  spec: JobSpec;
  /** 'draft' until paid and submitted. */
  stage: JobStage | 'draft' | 'refused';
  tx?: string;
  primary?: PeerId;
  backup?: PeerId;
  progress: number;
  attempt: number;
  text?: string;
  translation?: string;
  engine?: string;
  quality?: 'word' | 'sentence';
  mailed?: boolean;
  /** The refusal code, or why it failed. */
  error?: string;
  createdAt: number;
  updatedAt: number;
}

export interface ClientDeps {
  selfId: PeerId;
  clock: Clock;
  random: Random;
  send(to: PeerId, msg: JobMessage): boolean;
  connect(to: PeerId): Promise<void>;
  /** Brokers to try, best first. */
  brokers(): PeerId[];
  /** A broker could not be dialed. */
  unreachable?(broker: PeerId): void;
  /** Keeps the tab's jobs across reloads. */
  save(job: ClientJob): void;
  /** Forgets a cancelled draft there too. */
  remove(id: JobId): void;
  /** A job changed (the pages re-render). */
  changed(job: ClientJob): void;
}

/** Brokers tried per submission before giving up. */
const SUBMIT_TRIES = 4;
/**
 * A submit made before any broker's advert arrived (a process that just started, a tab that just
 * joined) waits this long for one: adverts come every ADVERT_INTERVAL_MS (10 s).
 */
export const BROKER_WAIT_MS = 15_000;
const BROKER_POLL_MS = 250;

export class JobClient {
  readonly #d: ClientDeps;
  readonly #jobs = new Map<JobId, ClientJob>();
  /** Results handed to the page, per job: exactly one each (tests check it). */
  readonly delivered = new Map<JobId, number>();
  readonly #acks: PendingRequests<number, JobMessageOf<'jobAck'>>;
  /** Submissions waiting for an answer, by rid: the broker asked. */
  readonly #askedOf = new Map<number, PeerId>();
  readonly #answers: PendingRequests<number, JobMessageOf<'jobStatus'>>;
  /** Jobs being asked about (follow), not asked twice at once. */
  readonly #following = new Set<JobId>();
  #nextRid: number;

  constructor(deps: ClientDeps) {
    this.#d = deps;
    this.#acks = new PendingRequests(deps.clock);
    this.#answers = new PendingRequests(deps.clock);
    this.#nextRid = 1 + Math.floor(deps.random() * 0x7fff_0000);
  }

  restore(jobs: readonly ClientJob[]): void {
    for (const job of jobs) this.#jobs.set(job.id, job);
  }

  list(): ClientJob[] {
    return [...this.#jobs.values()].sort((a, b) => b.createdAt - a.createdAt);
  }

  get(id: JobId): ClientJob | undefined {
    return this.#jobs.get(id);
  }

  draft(id: JobId, spec: JobSpec): ClientJob {
    const now = this.#d.clock.now();
    const job: ClientJob = { id, spec, stage: 'draft', progress: 0, attempt: 0, createdAt: now, updatedAt: now };
    this.#update(job);
    return job;
  }

  /** A draft nobody paid for yet is dropped; anything paid cannot be taken back. */
  cancel(id: JobId): boolean {
    const job = this.#jobs.get(id);
    if (!job || job.stage !== 'draft') return false;
    this.#jobs.delete(id);
    this.#d.remove(id);
    this.#d.changed(job);
    return true;
  }

  /** The brokers known now, or the first ones heard of within `ms`. */
  async #brokersWithin(ms: number): Promise<PeerId[]> {
    const until = this.#d.clock.now() + ms;
    for (;;) {
      const brokers = this.#d.brokers();
      if (brokers.length > 0 || this.#d.clock.now() >= until) return brokers;
      await delay(this.#d.clock, BROKER_POLL_MS);
    }
  }

  /** Submits a paid job; resolves once a broker queued it, throws TabmeshError with the refusal code. */
  async submit(id: JobId, txHash: string): Promise<ClientJob> {
    const job = this.#jobs.get(id);
    if (!job) throw new TabmeshError('not-found', 'prepare the job first');
    // A job already under way (or done) submitted again keeps its state and result whatever
    // the broker says; the refusal is noted on it.
    const underWay = job.stage !== 'draft' && job.stage !== 'refused';
    if (!underWay) job.tx = txHash;
    const { spec } = job;
    let lastError: TabmeshError = new TabmeshError('no-route', 'no broker in the mesh: open a tab with the broker role, or start a Node peer that holds it');
    const brokers = (await this.#brokersWithin(BROKER_WAIT_MS)).slice(0, SUBMIT_TRIES);
    for (const broker of brokers) {
      const rid = this.#rid();
      try {
        try {
          await withTimeout(this.#d.clock, BROKER_DIAL_MS, this.#d.connect(broker), { message: 'the broker could not be reached' });
        } catch (error) {
          this.#d.unreachable?.(broker);
          throw error;
        }
        const acked = this.#acks.wait(rid, SUBMIT_TIMEOUT_MS, 'the broker did not answer').finally(() => this.#askedOf.delete(rid));
        acked.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
        this.#askedOf.set(rid, broker);
        const sent = this.#d.send(broker, {
          kind: 'jobSubmit',
          rid,
          id,
          requester: this.#d.selfId,
          tx: getBytes(txHash),
          imageKey: spec.imageKey,
          imageBytes: spec.imageBytes,
          email: spec.email,
          from: spec.from,
          to: spec.to,
          nonce: getBytes(`0x${spec.nonce}`),
        });
        if (!sent) throw new TabmeshError('closed', 'the link to the broker closed');
        // The ack waits for the payment's confirmations; a status query proves the broker alive
        // within a round trip. A crashed broker's link still looks open for seconds: no answer
        // soon means the next broker.
        if (!(await this.#answersSoon(broker, id, acked))) this.#acks.fail(rid, new TabmeshError('timeout', 'the broker did not answer'));
        const ack = await acked;
        if (ack.code !== JOB_OK) {
          const code = ERROR_CODES[ack.code] ?? 'malformed';
          if (!underWay) job.stage = 'refused';
          job.error = code;
          this.#update(job);
          // Final, unlike a broker that could not be reached: no other broker is asked.
          throw Object.assign(new TabmeshError(code, `the broker refused the job: ${code}`), { refusal: true });
        }
        job.primary = ack.primary;
        if (ack.backup[0] !== undefined) job.backup = ack.backup[0];
        if (job.stage === 'draft' || job.stage === 'refused') job.stage = 'queued';
        delete job.error;
        this.#update(job);
        return job;
      } catch (error) {
        if (error instanceof TabmeshError && (error as { refusal?: boolean }).refusal) throw error;
        lastError = error instanceof TabmeshError ? error : new TabmeshError('closed', String(error));
      }
    }
    throw lastError;
  }

  /** Asks the job's brokers (primary, backup, then any) for its state. */
  async query(id: JobId): Promise<JobStatusView | undefined> {
    const job = this.#jobs.get(id);
    const targets = [...new Set([job?.primary, job?.backup, ...this.#d.brokers()].filter((b): b is PeerId => b !== undefined))];
    for (const broker of targets) {
      const rid = this.#rid();
      try {
        await withTimeout(this.#d.clock, BROKER_DIAL_MS, this.#d.connect(broker));
        const answer = this.#answers.wait(rid, BROKER_ALIVE_MS, 'no answer');
        if (!this.#d.send(broker, { kind: 'jobQuery', rid, id })) continue;
        const status = await answer;
        if (status.code !== JOB_OK) continue;
        const view = JSON.parse(status.status) as JobStatusView;
        this.#apply(id, view);
        return view;
      } catch {
        // the next broker
      }
    }
    return undefined;
  }

  /** Whether `broker` answers a status query (or the submission itself) within BROKER_ALIVE_MS. */
  async #answersSoon(broker: PeerId, id: JobId, acked: Promise<unknown>): Promise<boolean> {
    const rid = this.#rid();
    const answered = this.#answers.wait(rid, BROKER_ALIVE_MS, 'no answer').then(
      () => true,
      () => false,
    );
    if (!this.#d.send(broker, { kind: 'jobQuery', rid, id })) return false;
    return Promise.race([answered, acked.then(() => true, () => true)]);
  }

  /**
   * Paid jobs nobody reported on for a while are asked about; one that no broker knows any more
   * (its primary and backup both gone) is submitted again with its payment, to another broker.
   */
  async follow(): Promise<void> {
    const now = this.#d.clock.now();
    const paid = (j: ClientJob): boolean => j.tx !== undefined && j.stage !== 'draft' && j.stage !== 'refused';
    // Done but not known mailed: asked about too (the broker's push may have been lost), never resubmitted.
    const unmailed = (j: ClientJob): boolean => j.stage === 'done' && j.mailed !== true;
    const quiet = [...this.#jobs.values()].filter((j) => paid(j) && (!isFinished(j.stage as JobStage) || unmailed(j)) && now - j.updatedAt > FOLLOW_QUIET_MS);
    for (const job of quiet) {
      if (this.#following.has(job.id)) continue;
      this.#following.add(job.id);
      try {
        if ((await this.query(job.id)) !== undefined || isFinished(job.stage as JobStage)) {
          job.updatedAt = this.#d.clock.now();
          continue;
        }
        job.updatedAt = this.#d.clock.now();
        await this.submit(job.id, job.tx!).catch(() => undefined);
      } finally {
        this.#following.delete(job.id);
      }
    }
  }

  /** A broker's link closed: submissions waiting on it go to the next broker now, not after the timeout. */
  onLinkLost(peer: PeerId): void {
    for (const [rid, broker] of this.#askedOf) if (broker === peer) this.#acks.fail(rid, new TabmeshError('closed', 'the link to the broker closed'));
  }

  onAck(msg: JobMessageOf<'jobAck'>): void {
    this.#acks.settle(msg.rid, msg);
  }

  onStatus(msg: JobMessageOf<'jobStatus'>): void {
    if (msg.rid !== 0) {
      this.#answers.settle(msg.rid, msg);
      return;
    }
    // Pushed by the broker when the job finished.
    if (msg.code !== JOB_OK || !this.#jobs.has(msg.id)) return;
    try {
      this.#apply(msg.id, JSON.parse(msg.status) as JobStatusView);
    } catch {
      // a broker's bad JSON: the next query fixes it
    }
  }

  /** A broker's flow event about one of our jobs. */
  onFlow(event: FlowEvent): void {
    const j = event.job;
    if (!j || j.requester !== this.#d.selfId) return;
    const job = this.#jobs.get(j.id);
    if (!job || isFinished(job.stage as JobStage)) return;
    job.primary = event.broker;
    if (event.backup !== undefined) job.backup = event.backup;
    job.attempt = j.attempt;
    job.progress = j.progress;
    // Results come with the pushed status (flow events carry no text); done waits for it.
    if (j.stage !== 'done') job.stage = j.stage;
    this.#update(job);
  }

  #apply(id: JobId, view: JobStatusView): void {
    const job = this.#jobs.get(id);
    if (!job || !(JOB_STAGES as readonly string[]).includes(view.stage)) return;
    // A finished job does not go back (a late copy from another broker); its result counts once.
    if (isFinished(job.stage as JobStage) && !isFinished(view.stage)) return;
    if (isFinished(view.stage) && !isFinished(job.stage as JobStage)) this.delivered.set(id, (this.delivered.get(id) ?? 0) + 1);
    job.stage = view.stage;
    job.attempt = view.attempt;
    job.progress = view.progress;
    job.primary = view.primary;
    for (const key of ['backup', 'text', 'translation', 'engine', 'quality', 'error'] as const) {
      if (view[key] !== undefined) (job as unknown as Record<string, unknown>)[key] = view[key];
    }
    job.mailed = view.mailed;
    this.#update(job);
  }

  #update(job: ClientJob): void {
    job.updatedAt = this.#d.clock.now();
    this.#jobs.set(job.id, job);
    this.#d.save(job);
    this.#d.changed(job);
  }

  #rid(): number {
    this.#nextRid = (this.#nextRid % 0xffff_fffe) + 1;
    return this.#nextRid;
  }
}
