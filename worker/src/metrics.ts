/**
 * What a worker reports about itself at /healthz and /metrics: its links and registration, the
 * work it did as a worker (by outcome) and as a broker (jobs held by stage, events, refusals by
 * reason), and how long OCR and translation took (histograms by outcome).
 */
import type { SignalingState } from '../../web/src/node/api.ts';
import { countersBy, gauge, Histogram, renderFamilies, type Family } from '../../web/src/host-node/prometheus.ts';
import type { WorkKind } from '../../web/src/host-node/timed-engines.ts';
import type { BrokerCounters } from '../../web/src/node/jobs/broker-context.ts';
import { ERROR_CODES } from '../../web/src/node/base/errors.ts';
import { JOB_STAGES, type JobStage } from '../../web/src/node/jobs/records.ts';
import type { WorkerCounters } from '../../web/src/node/jobs/worker.ts';

/** Seconds: OCR of a sign takes 0.1–2 s, of a large photo up to a minute; a translation 1 ms–20 s. */
const BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120];

export interface WorkerSnapshot {
  id: string;
  roles: readonly string[];
  signaling: SignalingState;
  peers: number;
  uptimeSeconds: number;
  load: number;
  capacity: number;
  worker: WorkerCounters;
  broker: BrokerCounters | undefined;
  /** Jobs this worker runs as their primary broker, by stage. */
  held: Partial<Record<JobStage, number>>;
}

/** OCR and translation times, by outcome. */
export class WorkTimings {
  readonly #histograms = new Map<string, Histogram>();

  observe(kind: WorkKind, ms: number, ok: boolean): void {
    const key = `${kind}/${ok ? 'ok' : 'failed'}`;
    let h = this.#histograms.get(key);
    if (!h) this.#histograms.set(key, (h = new Histogram(BUCKETS)));
    h.observe(ms / 1000);
  }

  family(kind: WorkKind): Family {
    const name = kind === 'ocr' ? 'tabmesh_worker_ocr_seconds' : 'tabmesh_worker_translation_seconds';
    const help = kind === 'ocr' ? 'Time to read one image (tesseract.js), by outcome.' : 'Time to translate one text, by outcome.';
    const samples = ['ok', 'failed'].flatMap((outcome) => (this.#histograms.get(`${kind}/${outcome}`) ?? new Histogram(BUCKETS)).samples({ outcome }));
    return { name, help, type: 'histogram', samples };
  }
}

export function workerHealth(s: WorkerSnapshot): Record<string, unknown> {
  return { status: 'ok', id: s.id, roles: s.roles, signaling: s.signaling, peers: s.peers, load: s.load, capacity: s.capacity, uptimeSeconds: s.uptimeSeconds };
}

export function renderWorkerMetrics(s: WorkerSnapshot, timings: WorkTimings): string {
  const w = s.worker;
  const families: Family[] = [
    gauge('tabmesh_worker_peers', 'Open data channels to mesh neighbours.', s.peers),
    gauge('tabmesh_worker_signaling_registered', '1 while registered with the signaling server, else 0.', s.signaling === 'registered' ? 1 : 0),
    gauge('tabmesh_worker_load', 'Assignments (OCR or translation) running now.', s.load),
    gauge('tabmesh_worker_capacity', 'Assignments taken at once at most.', s.capacity),
    countersBy('tabmesh_worker_work_total', 'Assignments by outcome: transcribed, translated, refused (full, no such language), failed.', 'outcome', {
      transcribed: w.transcribed,
      translated: w.translated,
      refused: w.refused,
      failed: w.failed,
    }),
    timings.family('ocr'),
    timings.family('translation'),
  ];
  if (s.broker) {
    const b = s.broker;
    families.push(
      { name: 'tabmesh_worker_broker_jobs', help: 'Jobs this node runs as their primary broker, by stage.', type: 'gauge', samples: JOB_STAGES.map((stage) => ({ labels: { stage }, value: s.held[stage] ?? 0 })) },
      countersBy('tabmesh_worker_broker_events_total', 'What this broker did with jobs, by event.', 'event', {
        accepted: b.accepted,
        dispatched: b.dispatched,
        redispatched: b.redispatched,
        completed: b.completed,
        failed: b.failed,
        taken_over: b.takenOver,
        handed_over: b.handedOver,
        rejected_results: b.rejectedResults,
        mailed: b.mailed,
      }),
      countersBy('tabmesh_worker_broker_refused_total', 'Submissions this broker refused, by reason.', 'reason', Object.fromEntries(ERROR_CODES.filter((c) => b.refused[c] !== undefined || REFUSALS.has(c)).map((c) => [c, b.refused[c] ?? 0]))),
    );
  }
  return renderFamilies(families);
}

/** Listed even at zero, so dashboards can take rate() from the first scrape. */
const REFUSALS = new Set(['unknown-tx', 'tx-failed', 'wrong-chain', 'wrong-recipient', 'underpaid', 'wrong-job', 'tx-reused', 'unconfirmed', 'at-capacity', 'malformed']);
