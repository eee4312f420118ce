/**
 * The recognition rule on its own (no model): what a verifier accepts, what the miner's stricter
 * gate asks, and the promise the margin makes — any label the gate passes on one backend passes
 * the verifier on another whose scores differ by less than the margin.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptedLabels,
  gateLabel,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  normaliseLabel,
  RECOGNITION_RULE,
  verifyLabel,
  type Prediction,
  type RecognitionRule,
} from '../../../../web/src/node/chain/recognition.ts';
import { seededRandom } from '../../../support/random.ts';

const RULE: RecognitionRule = { topK: 3, minScore: 0.3, margin: 0.05 };
const p = (...pairs: [string, number][]): Prediction[] => pairs.map(([label, score]) => ({ label, score }));
const code = (r: { ok: boolean; error?: { code: string } }): string => (r.ok ? 'ok' : r.error!.code);

test('the pinned rule and limits', () => {
  assert.deepEqual({ ...RECOGNITION_RULE }, RULE);
  assert.ok(Object.isFrozen(RECOGNITION_RULE));
  assert.equal(MAX_IMAGE_BYTES, 512 * 1024);
  assert.equal(MAX_IMAGE_PIXELS, 2048 * 2048);
  assert.equal(MAX_IMAGE_SIDE, 4096);
});

test('labels are compared trimmed, lower-case, with single spaces, in NFC', () => {
  assert.equal(normaliseLabel('  Dining \t Table '), 'dining table');
  assert.equal(normaliseLabel('CAT'), 'cat');
  assert.equal(normaliseLabel('cafe\u0301'), 'caf\u00e9');
  assert.equal(normaliseLabel('   '), '');
});

test('a verifier accepts the top-k labels that reach the minimum score', () => {
  const scores = p(['cup', 0.56], ['dining table', 0.35], ['bowl', 0.17], ['spoon', 0.31]);
  assert.deepEqual([...acceptedLabels(scores, RULE)], ['cup', 'dining table', 'spoon']);
  assert.deepEqual([...acceptedLabels(scores, { ...RULE, topK: 2 })], ['cup', 'dining table']);
  assert.deepEqual([...acceptedLabels(scores, { ...RULE, minScore: 0.4 })], ['cup']);
  assert.deepEqual([...acceptedLabels(p(['clock', 0.13], ['bird', 0.1]))], [], 'nothing scores enough: nothing is accepted');
  assert.deepEqual([...acceptedLabels([])], []);
});

test('ranking: one score per label after normalising (the best), ties by label, non-finite scores ignored', () => {
  const scores = p(['Cat', 0.2], ['cat ', 0.5], ['dog', 0.4], ['bed', 0.4], ['sofa', Number.NaN], ['tv', Infinity], ['', 0.9]);
  assert.deepEqual([...acceptedLabels(scores, { ...RULE, topK: 2 })], ['cat', 'bed'], 'bed before dog at equal scores');
  assert.equal(code(verifyLabel(scores, 'tv')), 'label-not-recognised');
});

test('verifyLabel: ok, or label-not-recognised (low score, outside the top-k, unknown, empty)', () => {
  const scores = p(['person', 0.61], ['motorcycle', 0.36], ['bottle', 0.33], ['tie', 0.32], ['remote', 0.29]);
  assert.equal(code(verifyLabel(scores, 'person')), 'ok');
  assert.equal(code(verifyLabel(scores, ' Person ')), 'ok');
  assert.equal(code(verifyLabel(scores, 'bottle')), 'ok', 'third is still in the top 3');
  assert.equal(code(verifyLabel(scores, 'tie')), 'label-not-recognised', 'fourth is out');
  assert.equal(code(verifyLabel(scores, 'remote')), 'label-not-recognised');
  assert.equal(code(verifyLabel(scores, 'giraffe')), 'label-not-recognised');
  assert.equal(code(verifyLabel(scores, '')), 'label-not-recognised');
  const refused = verifyLabel(scores, 'giraffe');
  assert.ok(!refused.ok && /person, motorcycle, bottle/.test(refused.error.message));
});

test('gateLabel: the miner needs the margin above the minimum and room in the ranking', () => {
  const scores = p(['cup', 0.57], ['dining table', 0.345], ['bowl', 0.17]);
  assert.equal(code(gateLabel(scores, 'cup', RULE)), 'ok');
  assert.equal(code(gateLabel(scores, 'dining table', RULE)), 'label-too-weak', 'accepted by verifiers, but within the margin of the minimum');
  assert.equal(code(gateLabel(scores, 'bowl', RULE)), 'label-not-recognised');
  assert.equal(code(gateLabel(scores, 'zebra', RULE)), 'label-not-recognised');
  // Three rivals within 2 × margin: a small change could push "car" to fourth place.
  const crowded = p(['truck', 0.52], ['car', 0.5], ['bus', 0.45], ['train', 0.41]);
  assert.equal(code(gateLabel(crowded, 'car', RULE)), 'label-too-weak');
  assert.equal(code(gateLabel(crowded, 'bus', RULE)), 'label-too-weak');
  assert.equal(code(gateLabel(crowded, 'truck', RULE)), 'ok', 'only car and bus could overtake truck');
  assert.equal(code(gateLabel(p(['truck', 0.52], ['car', 0.5], ['bus', 0.45], ['train', 0.39]), 'car', RULE)), 'ok', 'two rivals close: still in the top 3');
});

/** Scores clustered so that labels often sit near the minimum and near each other. */
function randomPredictions(rng: () => number, n: number): Prediction[] {
  return Array.from({ length: n }, (_, i) => ({ label: `l${i}`, score: Math.min(1, Math.max(0, 0.2 + rng() * 0.35)) }));
}

test('the margin promise: a label the gate passes survives any score change smaller than the margin', () => {
  const rng = seededRandom(12);
  let gated = 0;
  for (let round = 0; round < 4000; round++) {
    const miner = randomPredictions(rng, 2 + Math.floor(rng() * 8));
    const delta = RULE.margin * 0.999;
    const verifier = miner.map((x) => ({ label: x.label, score: x.score + (rng() * 2 - 1) * delta }));
    for (const { label } of miner) {
      if (!gateLabel(miner, label, RULE).ok) continue;
      gated++;
      assert.equal(code(verifyLabel(verifier, label, RULE)), 'ok', JSON.stringify({ label, miner, verifier }));
      assert.ok(acceptedLabels(verifier, RULE).has(label));
    }
  }
  assert.ok(gated > 500, `the property was exercised (${gated} gated labels)`);
});

test('without the gate, changes that small do flip verdicts (why miners need it)', () => {
  const miner = p(['cat', 0.31], ['dog', 0.2]);
  const verifier = p(['cat', 0.29], ['dog', 0.2]);
  assert.equal(code(verifyLabel(miner, 'cat', RULE)), 'ok');
  assert.equal(code(verifyLabel(verifier, 'cat', RULE)), 'label-not-recognised');
  assert.equal(code(gateLabel(miner, 'cat', RULE)), 'label-too-weak');
});
