import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClientJob } from '../../../web/src/node/jobs/client.ts';
import type { JobRecord } from '../../../web/src/node/jobs/records.ts';
import { changeLabel, markLabel, tokenCaption, tokenDetails, tokenTitle } from '../../../web/src/app/flow-labels.ts';
import { COLUMN_WIDTH, HEADER_HEIGHT, LANE_LABEL_WIDTH, MAX_TOKENS_PER_CELL, TOKEN_HEIGHT, layoutFlow } from '../../../web/src/app/flow-layout.ts';
import { FlowModel, MARK_SHOWN_MS, type FlowJob } from '../../../web/src/app/flow-model.ts';
import { seedEvents } from '../../../web/src/app/flow-recorder.ts';

const id = (prefix: string): string => prefix.padEnd(64, '0');
const B1 = id('b1');
const B2 = id('b2');
const W1 = id('e1');
const SELF = id('aa');

function flowJob(part: Partial<FlowJob>): FlowJob {
  return { id: id('0b12cd'), stage: 'queued', attempt: 0, progress: 0, requester: SELF, broker: B1, change: 'accepted', redispatches: 0, moves: 0, formerBrokers: [], firstSeen: 0, updatedAt: 0, eventAt: 0, ...part };
}

test('layout: lanes stacked under the header, tokens in their stage column', () => {
  const m = new FlowModel();
  m.apply({ change: 'assigned', broker: B1, queue: 1, at: 1, job: { id: id('01'), stage: 'transcribing', attempt: 1, progress: 0, worker: W1, requester: SELF } }, 0);
  m.apply({ change: 'leaving', broker: B2, queue: 0, at: 1 }, 0);
  const layout = layoutFlow(m.lanes(), m.jobs());
  const [l1, l2] = layout.lanes;
  assert.equal(l1?.y, HEADER_HEIGHT);
  assert.equal(l2?.y, HEADER_HEIGHT + (l1?.height ?? 0));
  assert.equal(layout.height, (l2?.y ?? 0) + (l2?.height ?? 0));
  const token = layout.tokens[0];
  assert.ok(token && token.x > LANE_LABEL_WIDTH + COLUMN_WIDTH && token.x < LANE_LABEL_WIDTH + 2 * COLUMN_WIDTH);
  assert.ok(token.y >= HEADER_HEIGHT && token.y + TOKEN_HEIGHT <= HEADER_HEIGHT + (l1?.height ?? 0));
});

test('layout: a full cell shows MAX_TOKENS_PER_CELL tokens and counts the rest', () => {
  const m = new FlowModel();
  const extra = 3;
  for (let i = 0; i < MAX_TOKENS_PER_CELL + extra; i++) {
    m.apply({ change: 'accepted', broker: B1, queue: i + 1, at: i, job: { id: id(`0${i}`), stage: 'queued', attempt: 0, progress: 0, requester: SELF } }, i);
  }
  const layout = layoutFlow(m.lanes(), m.jobs());
  assert.equal(layout.tokens.length, MAX_TOKENS_PER_CELL);
  assert.deepEqual(
    layout.overflow.map((o) => [o.column, o.hidden]),
    [[0, extra]],
  );
  const bottom = Math.max(...layout.tokens.map((t) => t.y + TOKEN_HEIGHT));
  assert.ok((layout.overflow[0]?.y ?? 0) > bottom);
  assert.ok((layout.overflow[0]?.y ?? Infinity) <= layout.height);
});

test('token words: attempt, worker and progress, marks while fresh', () => {
  assert.equal(tokenTitle(flowJob({})), '0b12cd');
  assert.equal(tokenTitle(flowJob({ stage: 'transcribing', attempt: 2 })), '0b12cd #2');
  assert.equal(tokenCaption(flowJob({}), 0), 'waiting for a worker');
  assert.equal(tokenCaption(flowJob({ stage: 'transcribing', worker: W1, progress: 455 }), 0), '→ e10000 46%');
  const moved = flowJob({ stage: 'transcribing', worker: W1, mark: { kind: 'takeover', at: 100, from: B1, attempt: 1 } });
  assert.equal(tokenCaption(moved, 100), '⇄ takeover ← b10000');
  assert.equal(tokenCaption(moved, 101 + MARK_SHOWN_MS), '→ e10000');
  assert.equal(markLabel({ kind: 'redispatch', at: 0, attempt: 1 }), '↻ re-dispatch');
  assert.equal(markLabel({ kind: 'handoff', at: 0, from: B2, attempt: 1 }), '⇢ handoff ← b20000');
  assert.equal(changeLabel('redispatch'), 're-dispatch');
  assert.match(tokenDetails(flowJob({ redispatches: 1 }), SELF), /re-dispatched 1×\nsubmitted by this tab$/);
  assert.doesNotMatch(tokenDetails(flowJob({}), id('ff')), /this tab/);
  assert.match(tokenDetails(moved, undefined), new RegExp(`last takeover from broker ${B1}`));
});

test('seed events: unfinished records and own jobs, without payer, e-mail or payment', () => {
  const spec = { imageKey: id('1'), imageBytes: 10, email: 'someone@example.org', from: 'eng', to: 'es', nonce: '00' } as unknown as JobRecord['spec'];
  const record = (n: string, stage: JobRecord['stage'], extra: Partial<JobRecord> = {}): JobRecord => ({
    id: id(n), spec, tx: '0xtx', payer: '0xpayer', requester: id('77'), stage, attempt: 1, progress: 5, primary: B1, version: 1, acceptedAt: 0, updatedAt: 9, mailed: false, ...extra,
  });
  const own: ClientJob[] = [
    { id: id('03'), spec, stage: 'translating', primary: B2, progress: 0, attempt: 1, createdAt: 0, updatedAt: 0 },
    { id: id('04'), spec, stage: 'draft', progress: 0, attempt: 0, createdAt: 0, updatedAt: 0 },
    { id: id('01'), spec, stage: 'transcribing', primary: B1, progress: 0, attempt: 1, createdAt: 0, updatedAt: 0 },
  ];
  const events = seedEvents([record('01', 'transcribing', { worker: W1, backup: B2 }), record('02', 'done')], own, SELF);
  assert.deepEqual(events, [
    { change: 'assigned', broker: B1, backup: B2, queue: 1, at: 9, job: { id: id('01'), stage: 'transcribing', attempt: 1, progress: 5, worker: W1, requester: id('77') } },
    { change: 'assigned', broker: B2, queue: 0, at: 0, job: { id: id('03'), stage: 'translating', attempt: 1, progress: 0, requester: SELF } },
  ]);
  assert.doesNotMatch(JSON.stringify(events), /payer|example\.org|0xtx/);
});
