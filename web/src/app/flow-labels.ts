/** Words for the Flow page: token captions, mark labels, event names. Pure, for the unit tests. */
import type { FlowChange } from '../node/jobs/flow.ts';
import { visibleMark, type FlowJob, type FlowMark } from './flow-model.ts';
import { shortId } from './format.ts';

/** Characters of a peer or job id on a token: enough to tell a handful of tabs apart. */
export const TOKEN_ID_LENGTH = 6;

const CHANGE_LABELS: Readonly<Record<FlowChange, string>> = {
  accepted: 'accepted',
  assigned: 'assigned',
  progress: 'progress',
  transcribed: 'transcribed',
  done: 'done',
  failed: 'failed',
  redispatch: 're-dispatch',
  takeover: 'takeover',
  handoff: 'handoff',
  leaving: 'broker leaving',
};

export function changeLabel(change: FlowChange): string {
  return CHANGE_LABELS[change];
}

const MARK_WORDS: Readonly<Record<FlowMark['kind'], string>> = {
  redispatch: '↻ re-dispatch',
  takeover: '⇄ takeover',
  handoff: '⇢ handoff',
  moved: '⇄ moved',
};

/** Short enough for a token: "↻ re-dispatch ← e20000" (from the worker that gave up), "⇄ takeover ← b1b100" (from the broker). */
export function markLabel(mark: FlowMark): string {
  const from = mark.from === undefined ? '' : ` ← ${shortId(mark.from, TOKEN_ID_LENGTH)}`;
  return `${MARK_WORDS[mark.kind]}${from}`;
}

/** The token's first line: the job and, once assigned, the attempt at its stage. */
export function tokenTitle(job: FlowJob): string {
  const attempt = job.attempt > 0 && job.stage !== 'done' ? ` #${job.attempt}` : '';
  return `${shortId(job.id, TOKEN_ID_LENGTH)}${attempt}`;
}

/** The token's second line: a fresh mark, else who works on it or what it waits for. */
export function tokenCaption(job: FlowJob, now: number): string {
  const mark = visibleMark(job, now);
  if (mark !== undefined) return markLabel(mark);
  if (job.worker !== undefined) {
    const percent = job.progress > 0 ? ` ${Math.round(job.progress / 10)}%` : '';
    return `→ ${shortId(job.worker, TOKEN_ID_LENGTH)}${percent}`;
  }
  if (job.stage === 'done') return 'done';
  if (job.stage === 'failed') return 'failed';
  return 'waiting for a worker';
}

/** The tooltip: everything the token knows, ids in full. */
export function tokenDetails(job: FlowJob, self: string | undefined): string {
  const lines = [`job ${job.id}`, `stage ${job.stage}, attempt ${job.attempt}`, `broker ${job.broker}`];
  if (job.backup !== undefined) lines.push(`backup ${job.backup}`);
  if (job.worker !== undefined) lines.push(`worker ${job.worker} (${Math.round(job.progress / 10)}%)`);
  if (job.redispatches > 0) lines.push(`re-dispatched ${job.redispatches}×`);
  if (job.moves > 0) lines.push(`moved between brokers ${job.moves}×`);
  if (job.mark?.from !== undefined) lines.push(`last ${job.mark.kind} from ${job.mark.kind === 'redispatch' ? 'worker' : 'broker'} ${job.mark.from}`);
  if (self !== undefined && job.requester === self) lines.push('submitted by this tab');
  return lines.join('\n');
}
