import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageView, asReceived, isCorruptList, mergeView, viewSample } from '../../../../web/src/node/gossip/view.ts';
import { seededRandom } from '../../../support/random.ts';
import { simPeerId } from '../../../sim/gossip-sim.ts';

const self = simPeerId(0);
const [a, b, c, d] = [1, 2, 3, 4].map(simPeerId) as [string, string, string, string];
const rules = { selfId: self, viewSize: 3, maxAge: 10, random: seededRandom(1) };

test('merge keeps the youngest descriptor per id, youngest first', () => {
  const merged = mergeView([{ id: a, age: 5 }, { id: b, age: 1 }], [{ id: a, age: 2 }, { id: b, age: 4 }], rules);
  assert.deepEqual(merged, [{ id: b, age: 1 }, { id: a, age: 2 }]);
});

test('merge drops self and entries older than the max age', () => {
  const merged = mergeView([{ id: a, age: 10 }], [{ id: self, age: 0 }, { id: b, age: 11 }, { id: c, age: 0 }], rules);
  assert.deepEqual(merged, [{ id: c, age: 0 }, { id: a, age: 10 }]);
});

test('merge truncates to the view size, keeping the youngest; ties are broken at random', () => {
  const incoming = [{ id: a, age: 3 }, { id: b, age: 0 }, { id: c, age: 1 }, { id: d, age: 2 }];
  assert.deepEqual(mergeView([], incoming, rules).map((e) => e.id), [b, c, d]);
  const winners = new Set<string>();
  const tied = [a, b, c, d].map((id) => ({ id, age: 1 }));
  for (let seed = 1; seed <= 20; seed++) {
    const merged = mergeView([], tied, { ...rules, random: seededRandom(seed) });
    assert.equal(merged.length, 3);
    for (const e of merged) winners.add(e.id);
  }
  assert.equal(winners.size, 4, 'every tied id wins sometimes');
});

test('ageing adds a round and drops what passes the max age', () => {
  assert.deepEqual(ageView([{ id: a, age: 0 }, { id: b, age: 10 }], 10), [{ id: a, age: 1 }]);
});

test('a sample carries the sender at age 0 and never the receiver', () => {
  const view = [a, b, c, d].map((id, age) => ({ id, age }));
  for (let seed = 1; seed <= 10; seed++) {
    const sample = viewSample(view, self, b, 2, seededRandom(seed));
    assert.deepEqual(sample[0], { id: self, age: 0 });
    assert.equal(sample.length, 3);
    assert.ok(!sample.some((e) => e.id === b));
  }
});

test('a list naming one id twice is corrupt', () => {
  assert.equal(isCorruptList([{ id: a, age: 1 }, { id: b, age: 1 }]), false);
  assert.equal(isCorruptList([{ id: a, age: 1 }, { id: a, age: 2 }]), true);
});

test("received hearsay is a round older; the sender's own descriptor is first-hand", () => {
  assert.deepEqual(asReceived([{ id: a, age: 0 }, { id: b, age: 2 }], a), [{ id: a, age: 0 }, { id: b, age: 3 }]);
});
