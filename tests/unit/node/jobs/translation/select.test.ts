/**
 * Engine selection on a worker: sentence-level engines before the lexicon, the host's order
 * among equals, the pairs a worker advertises with their best quality, and falling back to the
 * next engine when the best one fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../../web/src/node/base/errors.ts';
import type { TextLanguage, TranslationEngine, TranslationQuality, TranslationResult } from '../../../../../web/src/node/jobs/engines.ts';
import { advertisedPairs, parsePair, rankEngines, selectEngine, translateWithBest } from '../../../../../web/src/node/jobs/translation/select.ts';

function fake(name: string, quality: TranslationQuality, pairs: string[], behaviour: 'ok' | 'fail' = 'ok'): TranslationEngine & { calls: number } {
  return {
    name,
    quality,
    calls: 0,
    pairs: () => pairs,
    async translate(text: string, from: TextLanguage, to: TextLanguage): Promise<TranslationResult> {
      this.calls++;
      if (behaviour === 'fail') throw new Error(`${name} is down`);
      return { text: `${name}:${from}-${to}:${text}`, engine: name, quality };
    },
  };
}

const lexicon = fake('lexicon', 'word', ['en-es', 'en-fr', 'en-it', 'en-de']);
const libre = fake('libretranslate', 'sentence', ['en-es', 'es-en', 'en-fr', 'bogus', 'en-en', 'xx-es']);
const apertium = fake('apertium', 'sentence', ['en-es', 'es-it']);

test('sentence-level engines are chosen before the word-level lexicon, whatever the order given', () => {
  assert.equal(selectEngine([lexicon, libre], 'en', 'es')?.name, 'libretranslate');
  assert.equal(selectEngine([libre, lexicon], 'en', 'es')?.name, 'libretranslate');
  assert.equal(selectEngine([lexicon, libre], 'en', 'de')?.name, 'lexicon', 'only the lexicon has en-de');
  assert.equal(selectEngine([lexicon, libre], 'de', 'en'), undefined);
  assert.equal(selectEngine([], 'en', 'es'), undefined);
});

test("among engines of one quality the host's order decides", () => {
  assert.deepEqual(rankEngines([lexicon, apertium, libre], 'en', 'es').map((e) => e.name), ['apertium', 'libretranslate', 'lexicon']);
  assert.deepEqual(rankEngines([libre, lexicon, apertium], 'en', 'es').map((e) => e.name), ['libretranslate', 'apertium', 'lexicon']);
});

test('advertised pairs: every valid pair any engine has, with the best quality and the engines best first', () => {
  assert.deepEqual(advertisedPairs([lexicon, libre, apertium]), [
    { pair: 'en-de', from: 'en', to: 'de', quality: 'word', engines: ['lexicon'] },
    { pair: 'en-es', from: 'en', to: 'es', quality: 'sentence', engines: ['libretranslate', 'apertium', 'lexicon'] },
    { pair: 'en-fr', from: 'en', to: 'fr', quality: 'sentence', engines: ['libretranslate', 'lexicon'] },
    { pair: 'en-it', from: 'en', to: 'it', quality: 'word', engines: ['lexicon'] },
    { pair: 'es-en', from: 'es', to: 'en', quality: 'sentence', engines: ['libretranslate'] },
    { pair: 'es-it', from: 'es', to: 'it', quality: 'sentence', engines: ['apertium'] },
  ]);
  assert.deepEqual(advertisedPairs([]), []);
});

test('parsePair accepts two different text languages only', () => {
  assert.deepEqual(parsePair('en-es'), { from: 'en', to: 'es' });
  for (const bad of ['en', 'en-en', 'en-xx', 'en-es-fr', '', 'EN-ES']) assert.equal(parsePair(bad), undefined, bad);
});

test('translateWithBest falls back to the next engine when the best fails, and reports the best one’s error when all fail', async () => {
  const down = fake('libretranslate', 'sentence', ['en-es'], 'fail');
  const word = fake('lexicon', 'word', ['en-es']);
  assert.deepEqual(await translateWithBest([word, down], 'exit', 'en', 'es'), { text: 'lexicon:en-es:exit', engine: 'lexicon', quality: 'word' });
  assert.equal(down.calls, 1);
  const alsoDown = fake('lexicon', 'word', ['en-es'], 'fail');
  await assert.rejects(translateWithBest([alsoDown, down], 'exit', 'en', 'es'), /libretranslate is down/);
  await assert.rejects(translateWithBest([word], 'exit', 'en', 'fr'), (e: unknown) => e instanceof TabmeshError && e.code === 'not-found');
});

test('translateWithBest does not fall back after an abort', async () => {
  const controller = new AbortController();
  const aborting: TranslationEngine = {
    name: 'slow',
    quality: 'sentence',
    pairs: () => ['en-es'],
    async translate() {
      controller.abort();
      throw new TabmeshError('aborted');
    },
  };
  const word = fake('lexicon', 'word', ['en-es']);
  await assert.rejects(translateWithBest([aborting, word], 'exit', 'en', 'es', { signal: controller.signal }), /aborted/);
  assert.equal(word.calls, 0);
});
