/**
 * A job as brokers keep it: the spec and payment, where it is in the pipeline, who works on it,
 * its results, and which brokers hold it. Records travel between brokers (replication, handoff)
 * and to disk as JSON, so they are checked field by field when they come back in.
 */
import { err, ok, type Result } from '../base/errors.ts';
import { isPeerId, type PeerId } from '../base/peer-id.ts';
import { MAX_ENGINE_NAME_BYTES, MAX_JOB_TEXT_BYTES } from './constants.ts';
import { isJobId, jobIdOf, parseJobSpec, type JobId, type JobSpec } from './job.ts';

/**
 * queued (BINT accepted) → transcribing (TRSC out) → transcribed (BTCR in) → translating (TRAN
 * out) → done; failed when a stage ran out of attempts.
 */
export const JOB_STAGES = ['queued', 'transcribing', 'transcribed', 'translating', 'done', 'failed'] as const;
export type JobStage = (typeof JOB_STAGES)[number];

export interface JobRecord {
  id: JobId;
  spec: JobSpec;
  /** The payment: its tx hash and payer, verified by the broker that accepted the job. */
  tx: string;
  payer: string;
  /** The node that submitted the job: it is told about every stage and gets the result. */
  requester: PeerId;
  stage: JobStage;
  /** Attempts at the current stage so far (1 on the first assignment). */
  attempt: number;
  /** The worker the current stage is assigned to, since when, and until when it must be heard from. */
  worker?: PeerId;
  assignedAt?: number;
  deadline?: number;
  /** Per mille of the current stage's work, from the worker's reports. */
  progress: number;
  text?: string;
  confidence?: number;
  translation?: string;
  engine?: string;
  quality?: 'word' | 'sentence';
  /** The broker in charge, and the one holding a copy to take over if it dies. */
  primary: PeerId;
  backup?: PeerId;
  /** Goes up with every change: a copy never replaces a newer one. */
  version: number;
  acceptedAt: number;
  updatedAt: number;
  /** The relay confirmed the result mail. */
  mailed: boolean;
  /** Why it failed, when it did. */
  error?: string;
}

/** What anyone may see of a job (no e-mail address, no payer). */
export interface JobStatusView {
  id: JobId;
  stage: JobStage;
  attempt: number;
  progress: number;
  worker?: PeerId;
  primary: PeerId;
  backup?: PeerId;
  from: JobSpec['from'];
  to: JobSpec['to'];
  text?: string;
  translation?: string;
  engine?: string;
  quality?: 'word' | 'sentence';
  mailed: boolean;
  error?: string;
  updatedAt: number;
}

export function isFinished(stage: JobStage): boolean {
  return stage === 'done' || stage === 'failed';
}

export function statusOf(r: JobRecord): JobStatusView {
  const view: JobStatusView = { id: r.id, stage: r.stage, attempt: r.attempt, progress: r.progress, primary: r.primary, from: r.spec.from, to: r.spec.to, mailed: r.mailed, updatedAt: r.updatedAt };
  for (const key of ['worker', 'backup', 'text', 'translation', 'engine', 'quality', 'error'] as const) {
    if (r[key] !== undefined) (view as unknown as Record<string, unknown>)[key] = r[key];
  }
  return view;
}

export function encodeJobRecord(r: JobRecord): string {
  return JSON.stringify(r);
}

const utf8 = new TextEncoder();
const isText = (x: unknown, maxBytes: number): x is string => typeof x === 'string' && x.length <= maxBytes && utf8.encode(x).length <= maxBytes;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** Checks a record from untrusted JSON (another broker, the disk); its id must match its spec. Never throws. */
export function decodeJobRecord(json: string): Result<JobRecord> {
  let x: unknown;
  try {
    x = JSON.parse(json);
  } catch {
    return err('malformed', 'a job record is JSON');
  }
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return err('malformed', 'a job record is an object');
  const r = x as Record<string, unknown>;
  const spec = parseJobSpec(r['spec']);
  if (!spec.ok) return spec;
  if (!isJobId(r['id']) || r['id'] !== jobIdOf(spec.value)) return err('hash-mismatch', 'the id is not the hash of the spec');
  if (typeof r['tx'] !== 'string' || !/^0x[0-9a-f]{64}$/.test(r['tx'])) return err('bad-field', 'tx is a transaction hash');
  if (typeof r['payer'] !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(r['payer'])) return err('bad-field', 'payer is an address');
  if (!isPeerId(r['requester']) || !isPeerId(r['primary'])) return err('bad-field', 'requester and primary are peer ids');
  if (!(JOB_STAGES as readonly unknown[]).includes(r['stage'])) return err('bad-field', 'stage');
  if (!isCount(r['attempt']) || !isCount(r['version']) || !isCount(r['progress']) || (r['progress'] as number) > 1000) return err('bad-field', 'attempt, version, progress');
  if (!isTime(r['acceptedAt']) || !isTime(r['updatedAt']) || typeof r['mailed'] !== 'boolean') return err('bad-field', 'times and mailed');
  const optional: [string, (v: unknown) => boolean][] = [
    ['worker', isPeerId],
    ['backup', isPeerId],
    ['assignedAt', isTime],
    ['deadline', isTime],
    ['text', (v) => isText(v, MAX_JOB_TEXT_BYTES)],
    ['translation', (v) => isText(v, MAX_JOB_TEXT_BYTES)],
    ['confidence', (v) => isCount(v) && (v as number) <= 100],
    ['engine', (v) => isText(v, MAX_ENGINE_NAME_BYTES)],
    ['quality', (v) => v === 'word' || v === 'sentence'],
    ['error', (v) => isText(v, 200)],
  ];
  const record: Record<string, unknown> = {
    id: r['id'],
    spec: spec.value,
    tx: r['tx'],
    payer: r['payer'],
    requester: r['requester'],
    stage: r['stage'],
    attempt: r['attempt'],
    progress: r['progress'],
    primary: r['primary'],
    version: r['version'],
    acceptedAt: r['acceptedAt'],
    updatedAt: r['updatedAt'],
    mailed: r['mailed'],
  };
  for (const [key, check] of optional) {
    if (r[key] === undefined) continue;
    if (!check(r[key])) return err('bad-field', key);
    record[key] = r[key];
  }
  return ok(record as unknown as JobRecord);
}
