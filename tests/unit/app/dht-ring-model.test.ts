import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalRecord, RingView } from '../../../web/src/node/dht/api.ts';
import { fingerTargets, indexRanges, markLabel, markRoles, recordTicks, ringMarks } from '../../../web/src/app/dht-ring-model.ts';

const id = (prefix: string): string => prefix.padEnd(64, '0');
const SELF = id('40');
const PRED = id('30');
const S1 = id('50');
const S2 = id('60');
const FAR = id('c0');

const view: RingView = {
  self: SELF,
  predecessor: PRED,
  successors: [S1, S2],
  fingers: [
    { index: 0, start: id('40000001'), node: S1 },
    { index: 1, start: id('40000002'), node: S1 },
    { index: 250, start: id('44'), node: S1 },
    { index: 252, start: id('50'), node: S2 },
    { index: 255, start: id('c0'), node: FAR },
  ],
  replication: 3,
};

function record(key: string, primary: boolean): LocalRecord {
  return { key, bytes: 10, kind: 'owned', owner: SELF, expiresAt: 1000, primary, replicas: [] };
}

test('one mark per distinct node, in ring order, with every part it plays', () => {
  const marks = ringMarks(view);
  assert.deepEqual(
    marks.map((m) => m.id),
    [PRED, SELF, S1, S2, FAR],
  );
  const [pred, self, s1, s2, far] = marks;
  assert.equal(self?.self, true);
  assert.equal(pred?.predecessor, true);
  assert.equal(s1?.successorRank, 1);
  assert.deepEqual(s1?.fingers, [0, 1, 250]);
  assert.equal(s2?.successorRank, 2);
  assert.deepEqual(s2?.fingers, [252]);
  assert.equal(far?.successorRank, undefined);
  assert.deepEqual(far?.fingers, [255]);
  assert.equal(far?.angle, 270);
});

test('a ring of one: self is its own successor and predecessor, and draws no chord', () => {
  const alone: RingView = { self: SELF, predecessor: SELF, successors: [SELF], fingers: [{ index: 0, start: id('40000001'), node: SELF }], replication: 4 };
  const marks = ringMarks(alone);
  const [only] = marks;
  assert.equal(marks.length, 1);
  assert.ok(only);
  assert.equal(markRoles(only), 'this node · predecessor · successor 1 · finger 0');
  assert.deepEqual(fingerTargets(marks), []);
});

test('a node listed twice among successors keeps its first rank', () => {
  const marks = ringMarks({ ...view, successors: [S1, S2, S1], fingers: [] });
  assert.equal(marks.find((m) => m.id === S1)?.successorRank, 1);
});

test('chords go to each distinct finger node other than self', () => {
  assert.deepEqual(
    fingerTargets(ringMarks(view)).map((m) => m.id),
    [S1, S2, FAR],
  );
});

test('ids without a place on the ring are left out', () => {
  const marks = ringMarks({ ...view, predecessor: 'not-an-id' });
  assert.equal(marks.some((m) => m.id === 'not-an-id'), false);
});

test('record ticks: one per key, placed by key, primary kept', () => {
  const ticks = recordTicks([record(id('80'), true), record(id('00'), false), record('bad', true)]);
  assert.deepEqual(ticks, [
    { key: id('80'), angle: 180, primary: true },
    { key: id('00'), angle: 0, primary: false },
  ]);
});

test('finger indices read as ranges', () => {
  assert.equal(indexRanges([]), '');
  assert.equal(indexRanges([3]), '3');
  assert.equal(indexRanges([7, 0, 1, 2, 5, 8]), '0–2, 5, 7–8');
});

test('tooltips and labels', () => {
  const [pred, self, s1] = ringMarks(view);
  assert.ok(pred && self && s1);
  assert.equal(markRoles(pred), 'predecessor');
  assert.equal(markRoles(s1), 'successor 1 · finger 0–1, 250');
  assert.equal(markLabel(self), 'you 400000');
  assert.equal(markLabel(s1), '500000');
});
