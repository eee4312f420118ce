/**
 * What brokers tell the network about their queues, on gossip (FLOW_DATA_TYPE): every change of
 * a job (accepted, assigned, progress, transcribed, done, failed, re-dispatched, taken over,
 * handed over) with the broker's queue length and its backup. The Flow page draws it and a
 * requesting tab follows its own jobs on it. No e-mail address or payer is ever in an event.
 */
import { isPeerId, type PeerId } from '../base/peer-id.ts';
import { isJobId, type JobId } from './job.ts';
import { JOB_STAGES, type JobStage } from './records.ts';

export const FLOW_CHANGES = ['accepted', 'assigned', 'progress', 'transcribed', 'done', 'failed', 'redispatch', 'takeover', 'handoff', 'leaving'] as const;
export type FlowChange = (typeof FLOW_CHANGES)[number];

export interface FlowEvent {
  change: FlowChange;
  broker: PeerId;
  backup?: PeerId;
  /** Jobs this broker is primary for and has not finished. */
  queue: number;
  job?: { id: JobId; stage: JobStage; attempt: number; progress: number; worker?: PeerId; requester: PeerId };
  at: number;
}

const MAX_FLOW_BYTES = 2048;

export function encodeFlow(e: FlowEvent): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(e));
}

/** Checks an event from gossip; undefined for anything malformed. */
export function decodeFlow(bytes: Uint8Array): FlowEvent | undefined {
  if (bytes.length > MAX_FLOW_BYTES) return undefined;
  let x: unknown;
  try {
    x = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof x !== 'object' || x === null) return undefined;
  const r = x as Record<string, unknown>;
  if (!(FLOW_CHANGES as readonly unknown[]).includes(r['change']) || !isPeerId(r['broker'])) return undefined;
  if (r['backup'] !== undefined && !isPeerId(r['backup'])) return undefined;
  if (typeof r['queue'] !== 'number' || !Number.isSafeInteger(r['queue']) || r['queue'] < 0 || typeof r['at'] !== 'number') return undefined;
  const event: FlowEvent = { change: r['change'] as FlowChange, broker: r['broker'], queue: r['queue'], at: r['at'] };
  if (r['backup'] !== undefined) event.backup = r['backup'] as PeerId;
  if (r['job'] !== undefined) {
    const j = r['job'] as Record<string, unknown>;
    if (typeof j !== 'object' || j === null || !isJobId(j['id']) || !isPeerId(j['requester'])) return undefined;
    if (!(JOB_STAGES as readonly unknown[]).includes(j['stage']) || typeof j['attempt'] !== 'number' || typeof j['progress'] !== 'number') return undefined;
    if (j['worker'] !== undefined && !isPeerId(j['worker'])) return undefined;
    event.job = { id: j['id'], stage: j['stage'] as JobStage, attempt: j['attempt'], progress: j['progress'], requester: j['requester'] };
    if (j['worker'] !== undefined) event.job.worker = j['worker'] as PeerId;
  }
  return event;
}
