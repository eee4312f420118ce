import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FlowChange, FlowEvent } from '../../../web/src/node/jobs/flow.ts';
import type { JobStage } from '../../../web/src/node/jobs/records.ts';
import {
  FINISHED_LINGER_MS,
  FlowModel,
  IDLE_LANE_MS,
  LEAVING_LINGER_MS,
  MARK_SHOWN_MS,
  MAX_FLOW_JOBS,
  MAX_FLOW_LANES,
  MAX_FLOW_LOG,
  STALE_JOB_MS,
  laneColumns,
  visibleMark,
} from '../../../web/src/app/flow-model.ts';

const id = (prefix: string): string => prefix.padEnd(64, '0');
const B1 = id('b1');
const B2 = id('b2');
const B3 = id('b3');
const W1 = id('e1');
const W2 = id('e2');
const REQ = id('aa');
const JOB = id('0b');

interface JobPart {
  id?: string;
  stage: JobStage;
  attempt?: number;
  progress?: number;
  worker?: string;
}

function event(change: FlowChange, broker: string, at: number, job?: JobPart, extra: Partial<FlowEvent> = {}): FlowEvent {
  const e: FlowEvent = { change, broker, queue: 1, at, ...extra };
  if (job) {
    e.job = { id: job.id ?? JOB, stage: job.stage, attempt: job.attempt ?? 0, progress: job.progress ?? 0, requester: REQ };
    if (job.worker !== undefined) e.job.worker = job.worker;
  }
  return e;
}

test('an accepted job makes its broker a lane with its queue and backup', () => {
  const m = new FlowModel();
  m.apply(event('accepted', B1, 10, { stage: 'queued' }, { queue: 3, backup: B2 }), 1000);
  assert.deepEqual(
    m.lanes().map((l) => [l.broker, l.queue, l.backup, l.leaving]),
    [[B1, 3, B2, false]],
  );
  const job = m.job(JOB);
  assert.equal(job?.stage, 'queued');
  assert.equal(job?.broker, B1);
  assert.equal(job?.backup, B2);
  assert.equal(job?.requester, REQ);
});

test('a job follows its stages with worker, attempt and progress', () => {
  const m = new FlowModel();
  m.apply(event('accepted', B1, 1, { stage: 'queued' }), 1000);
  m.apply(event('assigned', B1, 2, { stage: 'transcribing', attempt: 1, worker: W1 }), 1001);
  m.apply(event('progress', B1, 3, { stage: 'transcribing', attempt: 1, worker: W1, progress: 400 }), 1002);
  assert.deepEqual([m.job(JOB)?.stage, m.job(JOB)?.worker, m.job(JOB)?.attempt, m.job(JOB)?.progress], ['transcribing', W1, 1, 400]);
  m.apply(event('transcribed', B1, 4, { stage: 'transcribed' }), 1003);
  assert.equal(m.job(JOB)?.worker, undefined);
  m.apply(event('assigned', B1, 5, { stage: 'translating', attempt: 1, worker: W2 }), 1004);
  m.apply(event('done', B1, 6, { stage: 'done', attempt: 1 }), 1005);
  assert.equal(m.job(JOB)?.stage, 'done');
  assert.equal(m.job(JOB)?.finishedAt, 1005);
  assert.equal(m.job(JOB)?.mark, undefined);
});

test('a re-dispatch is marked with the worker that gave up, for MARK_SHOWN_MS', () => {
  const m = new FlowModel();
  m.apply(event('assigned', B1, 1, { stage: 'transcribing', attempt: 1, worker: W1 }), 1000);
  m.apply(event('redispatch', B1, 2, { stage: 'queued', attempt: 1 }), 2000);
  const job = m.job(JOB);
  assert.ok(job);
  assert.deepEqual(job.mark, { kind: 'redispatch', at: 2000, attempt: 1, from: W1 });
  assert.equal(job.redispatches, 1);
  m.apply(event('assigned', B1, 3, { stage: 'transcribing', attempt: 2, worker: W2 }), 2100);
  assert.equal(m.job(JOB)?.attempt, 2);
  assert.equal(m.job(JOB)?.worker, W2);
  assert.equal(visibleMark(job, 2000 + MARK_SHOWN_MS)?.kind, 'redispatch');
  assert.equal(visibleMark(job, 2001 + MARK_SHOWN_MS), undefined);
});

test('a takeover moves the job to the new lane; the old broker’s late events are ignored', () => {
  const m = new FlowModel();
  m.apply(event('assigned', B1, 100, { stage: 'transcribing', attempt: 1, worker: W1 }, { backup: B2 }), 1000);
  m.apply(event('takeover', B2, 5, { stage: 'transcribing', attempt: 1, worker: W1 }, { backup: B3 }), 2000);
  let job = m.job(JOB);
  assert.equal(job?.broker, B2);
  assert.equal(job?.backup, B3);
  assert.deepEqual(job?.mark, { kind: 'takeover', at: 2000, from: B1, attempt: 1 });
  assert.deepEqual(job?.formerBrokers, [B1]);
  // B1's progress report overtaken on gossip, even with a later clock of its own
  m.apply(event('progress', B1, 200, { stage: 'transcribing', attempt: 1, worker: W1, progress: 900 }), 2100);
  job = m.job(JOB);
  assert.equal(job?.broker, B2);
  assert.equal(job?.progress, 0);
  // ...but a handoff may bring it back
  m.apply(event('handoff', B1, 300, { stage: 'transcribing', attempt: 1, worker: W1 }), 2200);
  job = m.job(JOB);
  assert.equal(job?.broker, B1);
  assert.equal(job?.mark?.kind, 'handoff');
  assert.equal(job?.mark?.from, B2);
  assert.equal(job?.moves, 2);
});

test('a job heard from another broker without its takeover event is marked as moved', () => {
  const m = new FlowModel();
  m.apply(event('accepted', B1, 1, { stage: 'queued' }), 1000);
  m.apply(event('assigned', B2, 1, { stage: 'transcribing', attempt: 1, worker: W1 }), 1500);
  assert.equal(m.job(JOB)?.broker, B2);
  assert.deepEqual(m.job(JOB)?.mark, { kind: 'moved', at: 1500, from: B1, attempt: 1 });
});

test('a job first heard of in a takeover is marked without a source', () => {
  const m = new FlowModel();
  m.apply(event('takeover', B2, 1, { stage: 'queued' }), 1000);
  assert.deepEqual(m.job(JOB)?.mark, { kind: 'takeover', at: 1000, attempt: 0 });
});

test('an older event from the same broker does not undo a newer one', () => {
  const m = new FlowModel();
  m.apply(event('transcribed', B1, 20, { stage: 'transcribed' }), 1000);
  m.apply(event('progress', B1, 10, { stage: 'transcribing', attempt: 1, worker: W1, progress: 500 }), 1001);
  assert.equal(m.job(JOB)?.stage, 'transcribed');
  assert.equal(m.log().length, 2, 'both are still listed as heard');
});

test('finished jobs leave after FINISHED_LINGER_MS, silent ones after STALE_JOB_MS', () => {
  const m = new FlowModel();
  m.apply(event('done', B1, 1, { id: id('01'), stage: 'done' }), 1000);
  m.apply(event('assigned', B1, 2, { id: id('02'), stage: 'transcribing', attempt: 1, worker: W1 }), 1000);
  assert.equal(m.prune(1000 + FINISHED_LINGER_MS), false);
  assert.equal(m.prune(1001 + FINISHED_LINGER_MS), true);
  assert.deepEqual(
    m.jobs().map((j) => j.id),
    [id('02')],
  );
  m.prune(1001 + STALE_JOB_MS);
  assert.equal(m.jobs().length, 0);
});

test('lanes: kept while they have jobs, dropped when idle, sooner when their broker left', () => {
  const m = new FlowModel();
  m.apply(event('accepted', B1, 1, { stage: 'queued' }), 0);
  m.apply(event('leaving', B2, 1), 0);
  m.apply(event('accepted', B3, 1, { id: id('03'), stage: 'queued' }), 0);
  m.apply(event('done', B3, 2, { id: id('03'), stage: 'done' }), 0);
  assert.equal(m.lanes().find((l) => l.broker === B2)?.leaving, true);
  m.prune(LEAVING_LINGER_MS + 1);
  assert.deepEqual(
    m.lanes().map((l) => l.broker),
    [B1, B3],
  );
  m.prune(IDLE_LANE_MS + 1); // B3's job went after FINISHED_LINGER_MS, then its lane; B1 still has a job
  assert.deepEqual(
    m.lanes().map((l) => l.broker),
    [B1],
  );
});

test('a broker heard again after leaving is no longer marked leaving', () => {
  const m = new FlowModel();
  m.apply(event('leaving', B1, 1), 0);
  m.apply(event('accepted', B1, 2, { stage: 'queued' }), 10);
  assert.equal(m.lanes()[0]?.leaving, false);
});

test('at most MAX_FLOW_JOBS jobs: finished ones go first, then the longest unchanged', () => {
  const m = new FlowModel();
  const jobId = (i: number): string => id(i.toString(16).padStart(4, '0'));
  m.apply(event('done', B1, 0, { id: jobId(9999), stage: 'done' }), 5000);
  for (let i = 0; i < MAX_FLOW_JOBS; i++) m.apply(event('accepted', B1, i, { id: jobId(i), stage: 'queued' }), 100 + i);
  assert.equal(m.jobs().length, MAX_FLOW_JOBS);
  assert.equal(m.job(jobId(9999)), undefined, 'the finished job went first, though newest');
  m.apply(event('accepted', B1, 1000, { id: jobId(5000), stage: 'queued' }), 9000);
  assert.equal(m.jobs().length, MAX_FLOW_JOBS);
  assert.equal(m.job(jobId(0)), undefined, 'then the oldest');
  assert.ok(m.job(jobId(1)));
});

test('at most MAX_FLOW_LANES lanes: the least recently heard goes, with its jobs', () => {
  const m = new FlowModel();
  for (let i = 0; i <= MAX_FLOW_LANES; i++) m.apply(event('accepted', id(`c${i.toString(16).padStart(2, '0')}`), 1, { id: id(`d${i.toString(16).padStart(2, '0')}`), stage: 'queued' }), i);
  assert.equal(m.lanes().length, MAX_FLOW_LANES);
  assert.equal(m.lanes()[0]?.broker, id('c01'));
  assert.equal(m.job(id('d00')), undefined);
});

test('the log keeps the latest MAX_FLOW_LOG events, newest first, without requesters', () => {
  const m = new FlowModel();
  for (let i = 0; i < MAX_FLOW_LOG + 10; i++) m.apply(event('progress', B1, i, { stage: 'transcribing', attempt: 1, worker: W1, progress: i }), i);
  const log = m.log();
  assert.equal(log.length, MAX_FLOW_LOG);
  assert.equal(log[0]?.at, MAX_FLOW_LOG + 9);
  assert.deepEqual(log[0]?.job, { id: JOB, stage: 'transcribing', attempt: 1, worker: W1 });
});

test('laneColumns: one column per stage, done and failed together with the newest first', () => {
  const m = new FlowModel();
  m.apply(event('accepted', B1, 1, { id: id('01'), stage: 'queued' }), 10);
  m.apply(event('accepted', B1, 2, { id: id('02'), stage: 'queued' }), 20);
  m.apply(event('failed', B1, 3, { id: id('03'), stage: 'failed' }), 30);
  m.apply(event('done', B1, 4, { id: id('04'), stage: 'done' }), 40);
  m.apply(event('assigned', B1, 5, { id: id('05'), stage: 'translating', attempt: 1, worker: W2 }), 50);
  m.apply(event('accepted', B2, 1, { id: id('06'), stage: 'queued' }), 60);
  const columns = laneColumns(m.jobs(), B1).map((c) => c.map((j) => j.id.slice(0, 2)));
  assert.deepEqual(columns, [['01', '02'], [], [], ['05'], ['04', '03']]);
});
