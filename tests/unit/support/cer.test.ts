import assert from 'node:assert/strict';
import { test } from 'node:test';
import { characterErrorRate, levenshtein, normaliseForCer } from '../../support/cer.ts';

test('levenshtein counts insertions, deletions and substitutions', () => {
  assert.equal(levenshtein('', ''), 0);
  assert.equal(levenshtein('abc', ''), 3);
  assert.equal(levenshtein('', 'ab'), 2);
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('flaw', 'lawn'), 2);
  assert.equal(levenshtein('Straße', 'Strasse'), 2);
});

test('levenshtein counts code points, not UTF-16 units', () => {
  assert.equal(levenshtein('a😀b', 'ab'), 1);
});

test('normalisation collapses whitespace only', () => {
  assert.equal(normaliseForCer('  NO  PARKING\n8 AM\t- 6 PM \n'), 'NO PARKING 8 AM - 6 PM');
  assert.equal(normaliseForCer('Défense'), 'Défense');
  assert.equal(normaliseForCer('Cafe\u0301'), 'Café'); // NFC
});

test('CER is the distance over the reference length, case and punctuation counting', () => {
  assert.equal(characterErrorRate('NO PARKING', 'NO PARKING\n'), 0);
  assert.equal(characterErrorRate('NO PARKING', 'No PARKING'), 1 / 10);
  assert.equal(characterErrorRate('Mon-Fri', 'Mon Fri'), 1 / 7);
  assert.equal(characterErrorRate('line one\nline two', 'line one line two'), 0);
  assert.equal(characterErrorRate('abcd', ''), 1);
  assert.equal(characterErrorRate('ab', 'abcdef'), 2);
  assert.equal(characterErrorRate('', ''), 0);
  assert.equal(characterErrorRate('', 'x'), Infinity);
});
