/**
 * The chrF and BLEU scorers (tests/support/mt-metrics.ts) against cases computed by hand from
 * the definitions sacreBLEU implements.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chrfStats, corpusBleu, corpusChrf, sentenceChrf, tokenize13a } from '../../../../support/mt-metrics.ts';

const close = (actual: number, expected: number, digits = 3): void => {
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≠ ${expected}`);
};

test('chrF: identical text scores 100, text with nothing in common 0, whitespace is ignored', () => {
  assert.equal(sentenceChrf('Salida de emergencia', 'Salida de emergencia'), 100);
  assert.equal(sentenceChrf('xyz', 'abc'), 0);
  assert.equal(sentenceChrf('a b', 'ab'), 100);
  assert.equal(sentenceChrf('', 'abc'), 0);
});

test('chrF: "abc" against "abd" — orders 1..3 only, P = R = (2/3 + 1/2 + 0) / 3', () => {
  assert.deepEqual(chrfStats('abc', 'abd').orders.slice(0, 4), [
    [3, 3, 2],
    [2, 2, 1],
    [1, 1, 0],
    [0, 0, 0],
  ]);
  close(sentenceChrf('abc', 'abd'), (100 * 7) / 18);
});

test('chrF: beta = 2 weighs recall — "ab" against "abcd" is 25/53', () => {
  // order 1: P = 2/2, R = 2/4; order 2: P = 1/1, R = 1/3; orders 3..6: the hypothesis has none.
  // P = 1, R = 5/12, F = 5·P·R / (4·P + R) = 25/53.
  close(sentenceChrf('ab', 'abcd'), (100 * 25) / 53);
  // The other way round precision suffers instead, and beta = 2 forgives it more.
  close(sentenceChrf('abcd', 'ab'), (100 * 5 * (5 / 12)) / (4 * (5 / 12) + 1));
});

test('chrF: a corpus sums n-gram statistics over segments, it does not average sentence scores', () => {
  // order 1: 3 hyp, 3 ref, 2 match; order 2: 1, 1, 1 → P = R = (2/3 + 1) / 2 = 5/6.
  close(corpusChrf(['ab', 'x'], ['ab', 'y']), (100 * 5) / 6);
  assert.throws(() => corpusChrf(['a'], []), /1 hypotheses for 0 references/);
});

test('13a tokenisation: punctuation split off, numbers kept whole, apostrophes and inner hyphens kept', () => {
  assert.deepEqual(tokenize13a('Hello, world.'), ['Hello', ',', 'world', '.']);
  assert.deepEqual(tokenize13a('£3.50 and 1,000 (approx.)'), ['£3.50', 'and', '1,000', '(', 'approx', '.', ')']);
  assert.deepEqual(tokenize13a('9-17h: don\'t e-mail'), ['9', '-', '17h', ':', "don't", 'e-mail']);
  assert.deepEqual(tokenize13a('"quoted" & <b>'), ['"', 'quoted', '"', '&', '<', 'b', '>']);
});

test('BLEU: identical corpus scores 100', () => {
  const s = corpusBleu(['the cat sat on the mat', 'no parking here today'], ['the cat sat on the mat', 'no parking here today']);
  close(s.score, 100);
  assert.equal(s.brevityPenalty, 1);
});

test('BLEU: "the cat sat on mat" against "the cat sat on the mat" — precisions 5/5, 3/4, 2/3, 1/2 and a brevity penalty', () => {
  const s = corpusBleu(['the cat sat on mat'], ['the cat sat on the mat']);
  close(s.precisions[0] as number, 100);
  close(s.precisions[1] as number, 75);
  close(s.precisions[2] as number, 200 / 3);
  close(s.precisions[3] as number, 50);
  close(s.brevityPenalty, Math.exp(1 - 6 / 5));
  // geometric mean (1 · 0.75 · 2/3 · 0.5)^(1/4) = 0.25^(1/4)
  close(s.score, 100 * Math.exp(-0.2) * 0.25 ** 0.25);
});

test("BLEU: orders with no match are smoothed as sacreBLEU's 'exp' does (1/2, 1/4, ... of one match)", () => {
  // 1-grams 4/5, 2-grams 2/4, 3-grams 0/3 → 100/(2·3), 4-grams 0/2 → 100/(4·2); no brevity penalty.
  const s = corpusBleu(['a b c d e'], ['a b x d e']);
  assert.deepEqual(
    s.precisions.map((p) => Math.round(p * 1000) / 1000),
    [80, 50, 16.667, 12.5],
  );
  close(s.score, (80 * 50 * (100 / 6) * 12.5) ** 0.25);
  // Without smoothing a missing order makes the score 0.
  close(corpusBleu(['a b c d e'], ['a b x d e'], { smooth: 'none' }).score, 0);
});

test('BLEU: a hypothesis shorter than four tokens has no 4-grams, and corpus BLEU gives it 0', () => {
  close(corpusBleu(['a b c'], ['a b c']).score, 0);
  // Several short segments together still have no 4-gram: corpus BLEU is for corpora of sentences.
  close(corpusBleu(['no parking', 'exit'], ['no parking', 'exit']).score, 0);
});
