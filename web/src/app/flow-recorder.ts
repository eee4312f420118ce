/**
 * Records the brokers' flow events into one FlowModel per api, from the first time the Flow page
 * opens on: leaving the page and coming back shows what happened meanwhile (the model is
 * bounded, so recording on costs little). FlowSubscription is the page's controller: it
 * re-renders its host on new events, at most once per RENDER_INTERVAL_MS.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { ClientJob } from '../node/jobs/client.ts';
import type { FlowChange, FlowEvent } from '../node/jobs/flow.ts';
import type { JobRecord, JobStage } from '../node/jobs/records.ts';
import { RENDER_INTERVAL_MS } from './api-subscription.ts';
import { FlowModel } from './flow-model.ts';

/** The change a seeded job is drawn as having had last. */
const SEED_CHANGE: Readonly<Record<JobStage, FlowChange>> = {
  queued: 'accepted',
  transcribing: 'assigned',
  transcribed: 'transcribed',
  translating: 'assigned',
  done: 'done',
  failed: 'failed',
};

function unfinished(stage: string): stage is 'queued' | 'transcribing' | 'transcribed' | 'translating' {
  return stage === 'queued' || stage === 'transcribing' || stage === 'transcribed' || stage === 'translating';
}

/** Events for what this tab already knows when recording starts: the jobs it brokers or backs up, then its own. */
export function seedEvents(records: readonly JobRecord[], own: readonly ClientJob[], self: string): FlowEvent[] {
  const queues = new Map<string, number>();
  for (const r of records) if (unfinished(r.stage)) queues.set(r.primary, (queues.get(r.primary) ?? 0) + 1);
  const events: FlowEvent[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (!unfinished(r.stage)) continue;
    seen.add(r.id);
    const job: NonNullable<FlowEvent['job']> = { id: r.id, stage: r.stage, attempt: r.attempt, progress: r.progress, requester: r.requester };
    if (r.worker !== undefined) job.worker = r.worker;
    const event: FlowEvent = { change: SEED_CHANGE[r.stage], broker: r.primary, queue: queues.get(r.primary) ?? 0, job, at: r.updatedAt };
    if (r.backup !== undefined) event.backup = r.backup;
    events.push(event);
  }
  for (const j of own) {
    if (!unfinished(j.stage) || j.primary === undefined || seen.has(j.id)) continue;
    const job: NonNullable<FlowEvent['job']> = { id: j.id, stage: j.stage, attempt: j.attempt, progress: j.progress, requester: self };
    const event: FlowEvent = { change: SEED_CHANGE[j.stage], broker: j.primary, queue: queues.get(j.primary) ?? 0, job, at: j.updatedAt };
    if (j.backup !== undefined) event.backup = j.backup;
    events.push(event);
  }
  return events;
}

class FlowRecorder {
  readonly model = new FlowModel();
  readonly #listeners = new Set<() => void>();

  constructor(api: TabmeshApi) {
    const now = Date.now();
    try {
      for (const event of seedEvents(api.jobs.brokerJobs(), api.jobs.list(), api.status().id)) this.model.apply(event, now);
    } catch {
      // the jobs service is not running yet: the events will fill the page
    }
    api.jobs.onFlow((event) => {
      this.model.apply(event, Date.now());
      for (const listener of this.#listeners) listener();
    });
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

const recorders = new WeakMap<TabmeshApi, FlowRecorder>();

function recorderFor(api: TabmeshApi): FlowRecorder {
  let recorder = recorders.get(api);
  if (recorder === undefined) {
    recorder = new FlowRecorder(api);
    recorders.set(api, recorder);
  }
  return recorder;
}

export class FlowSubscription implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getApi: () => TabmeshApi | undefined;
  #recorder: FlowRecorder | undefined;
  #unsubscribe: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, getApi: () => TabmeshApi | undefined) {
    this.#host = host;
    this.#getApi = getApi;
    host.addController(this);
  }

  /** The recorded model; undefined until the host has an api. */
  get model(): FlowModel | undefined {
    return this.#recorder?.model;
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#recorder = undefined;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #sync(): void {
    const api = this.#getApi();
    if (api === undefined || (this.#recorder !== undefined && this.#recorder === recorders.get(api))) return;
    this.#unsubscribe?.();
    this.#recorder = recorderFor(api);
    this.#unsubscribe = this.#recorder.onChange(() => {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#host.requestUpdate();
      }, RENDER_INTERVAL_MS);
    });
  }
}
