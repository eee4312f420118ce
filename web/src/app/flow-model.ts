/**
 * The Flow page's state, reduced from the brokers' flow events: one lane per broker (its queue
 * and backup), the jobs with their stage, worker and attempt, and the moves worth pointing at
 * (re-dispatch to another worker, takeover or handoff to another broker). Bounded: at most
 * MAX_FLOW_JOBS jobs, finished ones dropped after a while, silent lanes and jobs forgotten.
 * Times are this tab's clock (`now`): brokers' `at` only orders one broker's own events.
 */
import type { PeerId } from '../node/base/peer-id.ts';
import type { FlowChange, FlowEvent } from '../node/jobs/flow.ts';
import type { JobId } from '../node/jobs/job.ts';
import type { JobStage } from '../node/jobs/records.ts';

const second = 1000;
const minute = 60 * second;

/** Jobs drawn at once: the page stays readable and the memory bounded on a busy mesh. */
export const MAX_FLOW_JOBS = 200;
/** Brokers drawn at once; the least recently heard go first. */
export const MAX_FLOW_LANES = 32;
/** Recent events listed under the drawing. */
export const MAX_FLOW_LOG = 50;
/** A finished job stays in its column this long, so one sees it arrive there. */
export const FINISHED_LINGER_MS = 1 * minute;
/** A job no broker mentioned for this long is forgotten (its broker left without a word). */
export const STALE_JOB_MS = 10 * minute;
/** A lane without jobs whose broker has said nothing for this long is dropped. */
export const IDLE_LANE_MS = 3 * minute;
/** A lane whose broker said it is leaving goes once it has no jobs and this long has passed. */
export const LEAVING_LINGER_MS = 30 * second;
/** A re-dispatch or move is labelled on its token this long. */
export const MARK_SHOWN_MS = 15 * second;
/** Brokers a job ran on before, remembered to ignore their late events (see apply). */
const MAX_FORMER_BROKERS = 4;

/** Where the drawing puts each stage: done and failed share the last column. */
export const STAGE_COLUMN: Readonly<Record<JobStage, number>> = {
  queued: 0,
  transcribing: 1,
  transcribed: 2,
  translating: 3,
  done: 4,
  failed: 4,
};
export const COLUMN_LABELS = ['queued', 'transcribing', 'transcribed', 'translating', 'done / failed'] as const;

/** redispatch: same broker, another worker next; takeover/handoff: another broker; moved: another broker, the event that said why was missed. */
export type FlowMarkKind = 'redispatch' | 'takeover' | 'handoff' | 'moved';

export interface FlowMark {
  kind: FlowMarkKind;
  at: number;
  /** The worker that gave the stage up, or the broker the job came from. */
  from?: PeerId;
  attempt: number;
}

export interface FlowJob {
  id: JobId;
  stage: JobStage;
  attempt: number;
  /** Per mille of the current stage. */
  progress: number;
  worker?: PeerId;
  requester: PeerId;
  broker: PeerId;
  backup?: PeerId;
  change: FlowChange;
  mark?: FlowMark;
  redispatches: number;
  moves: number;
  formerBrokers: PeerId[];
  firstSeen: number;
  updatedAt: number;
  finishedAt?: number;
  /** The broker's own `at` of the last event applied. */
  eventAt: number;
}

export interface FlowLane {
  broker: PeerId;
  backup?: PeerId;
  queue: number;
  leaving: boolean;
  heardAt: number;
}

export interface FlowLogEntry {
  at: number;
  change: FlowChange;
  broker: PeerId;
  job?: { id: JobId; stage: JobStage; attempt: number; worker?: PeerId };
}

function isFinished(stage: JobStage): boolean {
  return stage === 'done' || stage === 'failed';
}

export class FlowModel {
  /** Map order is first-heard order, so lanes keep their place on the page. */
  readonly #lanes = new Map<PeerId, FlowLane>();
  readonly #jobs = new Map<JobId, FlowJob>();
  #log: FlowLogEntry[] = [];

  lanes(): FlowLane[] {
    return [...this.#lanes.values()];
  }

  jobs(): FlowJob[] {
    return [...this.#jobs.values()];
  }

  job(id: JobId): FlowJob | undefined {
    return this.#jobs.get(id);
  }

  /** Newest first. */
  log(): readonly FlowLogEntry[] {
    return this.#log;
  }

  apply(event: FlowEvent, now: number): void {
    this.#log = [logEntry(event, now), ...this.#log.slice(0, MAX_FLOW_LOG - 1)];
    const lane = this.#lanes.get(event.broker) ?? { broker: event.broker, queue: 0, leaving: false, heardAt: now };
    lane.queue = event.queue;
    lane.leaving = event.change === 'leaving';
    lane.heardAt = now;
    if (event.backup !== undefined) lane.backup = event.backup;
    this.#lanes.set(event.broker, lane);
    if (event.job !== undefined) this.#applyJob(event, event.job, now);
    this.#bound();
  }

  /** Drops what has lingered long enough; true when anything went. */
  prune(now: number): boolean {
    let changed = false;
    for (const job of this.#jobs.values()) {
      const finished = job.finishedAt !== undefined && now - job.finishedAt > FINISHED_LINGER_MS;
      if (finished || now - job.updatedAt > STALE_JOB_MS) changed = this.#jobs.delete(job.id) || changed;
    }
    const busy = new Set([...this.#jobs.values()].map((j) => j.broker));
    for (const lane of this.#lanes.values()) {
      if (busy.has(lane.broker)) continue;
      const silent = now - lane.heardAt;
      if (silent > IDLE_LANE_MS || (lane.leaving && silent > LEAVING_LINGER_MS)) changed = this.#lanes.delete(lane.broker) || changed;
    }
    return changed;
  }

  #applyJob(event: FlowEvent, j: NonNullable<FlowEvent['job']>, now: number): void {
    const known = this.#jobs.get(j.id);
    let mark: FlowMark | undefined;
    if (known !== undefined && known.broker !== event.broker) {
      const moved = event.change === 'takeover' || event.change === 'handoff';
      // Once a job left a broker, that broker's events about it are late ones (gossip does not
      // keep order); only a takeover or handoff brings the job back to it.
      if (!moved && known.formerBrokers.includes(event.broker)) return;
      mark = { kind: moved ? (event.change as 'takeover' | 'handoff') : 'moved', at: now, from: known.broker, attempt: j.attempt };
      known.formerBrokers = [known.broker, ...known.formerBrokers.filter((b) => b !== known.broker && b !== event.broker)].slice(0, MAX_FORMER_BROKERS);
      known.moves += 1;
    } else if (known !== undefined && event.at < known.eventAt) {
      return; // an older event from the same broker, overtaken on gossip
    } else if (event.change === 'redispatch') {
      mark = { kind: 'redispatch', at: now, attempt: j.attempt };
      if (known?.worker !== undefined) mark.from = known.worker;
    } else if (known === undefined && (event.change === 'takeover' || event.change === 'handoff')) {
      mark = { kind: event.change, at: now, attempt: j.attempt };
    }
    const job: FlowJob = known ?? {
      id: j.id,
      stage: j.stage,
      attempt: j.attempt,
      progress: j.progress,
      requester: j.requester,
      broker: event.broker,
      change: event.change,
      redispatches: 0,
      moves: 0,
      formerBrokers: [],
      firstSeen: now,
      updatedAt: now,
      eventAt: event.at,
    };
    job.stage = j.stage;
    job.attempt = j.attempt;
    job.progress = j.progress;
    job.requester = j.requester;
    job.broker = event.broker;
    job.change = event.change;
    job.updatedAt = now;
    job.eventAt = event.at;
    if (j.worker !== undefined) job.worker = j.worker;
    else delete job.worker;
    if (event.backup !== undefined) job.backup = event.backup;
    else delete job.backup;
    if (mark !== undefined) job.mark = mark;
    if (mark?.kind === 'redispatch') job.redispatches += 1;
    if (!isFinished(j.stage)) delete job.finishedAt;
    else job.finishedAt ??= now;
    this.#jobs.set(j.id, job);
  }

  /** Over the limits: finished jobs go first, then the longest unchanged; lanes by last heard. */
  #bound(): void {
    const over = this.#jobs.size - MAX_FLOW_JOBS;
    if (over > 0) {
      const order = [...this.#jobs.values()].sort((a, b) => Number(b.finishedAt !== undefined) - Number(a.finishedAt !== undefined) || a.updatedAt - b.updatedAt);
      for (const job of order.slice(0, over)) this.#jobs.delete(job.id);
    }
    const lanesOver = this.#lanes.size - MAX_FLOW_LANES;
    if (lanesOver > 0) {
      const order = [...this.#lanes.values()].sort((a, b) => a.heardAt - b.heardAt);
      for (const lane of order.slice(0, lanesOver)) {
        this.#lanes.delete(lane.broker);
        for (const job of this.#jobs.values()) if (job.broker === lane.broker) this.#jobs.delete(job.id);
      }
    }
  }
}

function logEntry(event: FlowEvent, now: number): FlowLogEntry {
  const entry: FlowLogEntry = { at: now, change: event.change, broker: event.broker };
  if (event.job !== undefined) {
    const { id, stage, attempt, worker } = event.job;
    entry.job = worker === undefined ? { id, stage, attempt } : { id, stage, attempt, worker };
  }
  return entry;
}

/** The mark still worth a label on the token, if any. */
export function visibleMark(job: FlowJob, now: number): FlowMark | undefined {
  return job.mark !== undefined && now - job.mark.at <= MARK_SHOWN_MS ? job.mark : undefined;
}

/** A lane's jobs per column: finished ones newest first, the others in arrival order. */
export function laneColumns(jobs: readonly FlowJob[], broker: PeerId): FlowJob[][] {
  const columns: FlowJob[][] = COLUMN_LABELS.map(() => []);
  for (const job of jobs) if (job.broker === broker) columns[STAGE_COLUMN[job.stage]]?.push(job);
  columns.forEach((column, i) => column.sort(i === STAGE_COLUMN.done ? (a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0) : (a, b) => a.firstSeen - b.firstSeen));
  return columns;
}
