/**
 * The shipped lexicons are data the project writes by hand: every line must parse, no source
 * may be listed twice, no target may be empty, every source must be something the engine can
 * match (words and numbers, no punctuation), and the four pairs must cover the same sources.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEXICON_LOADERS, type LexiconPair } from '../../../../../web/src/node/jobs/translation/data/index.ts';
import { parseLexicon } from '../../../../../web/src/node/jobs/translation/lexicon.ts';
import { normalizeKey, tokenize } from '../../../../../web/src/node/jobs/translation/tokenize.ts';

/** Entries per pair the issue asks for. */
const MIN_ENTRIES = 2_500;
const PAIRS = Object.keys(LEXICON_LOADERS) as LexiconPair[];

test('four pairs ship: en-es, en-fr, en-it, en-de', () => {
  assert.deepEqual([...PAIRS].sort(), ['en-de', 'en-es', 'en-fr', 'en-it']);
});

for (const pair of PAIRS) {
  test(`${pair}: every line parses, no duplicate source, no empty target, at least ${MIN_ENTRIES} entries`, async (t) => {
    const tsv = await LEXICON_LOADERS[pair]();
    const { lexicon, issues } = parseLexicon(tsv);
    assert.deepEqual(issues, []);
    const lines = tsv.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    assert.equal(lexicon.entries.size, lines.length, 'every line is one entry');
    assert.ok(lexicon.entries.size >= MIN_ENTRIES, `${lexicon.entries.size} entries`);
    const phrases = [...lexicon.entries.keys()].filter((k) => k.includes(' ')).length;
    t.diagnostic(`${pair}: ${lexicon.entries.size} entries (${phrases} phrases, ${lexicon.entries.size - phrases} words), longest ${lexicon.maxWords} words`);
    for (const line of lines) {
      const [source = '', target = ''] = line.split('\t');
      assert.equal(source, source.trim(), `source with outer spaces: ${JSON.stringify(line)}`);
      assert.equal(target, target.trim(), `target with outer spaces: ${JSON.stringify(line)}`);
      assert.equal(source, source.toLowerCase(), `sources are lower case: ${JSON.stringify(line)}`);
    }
  });

  test(`${pair}: every source is made of words and numbers the engine can match`, async () => {
    const { lexicon } = parseLexicon(await LEXICON_LOADERS[pair]());
    for (const key of lexicon.entries.keys()) {
      const tokens = tokenize(key);
      const unmatchable = tokens.filter((tok) => !(tok.kind === 'word' || tok.kind === 'number' || tok.kind === 'space' || (tok.kind === 'other' && tok.text === '-')));
      assert.deepEqual(unmatchable, [], `'${key}' has parts the tokenizer splits off`);
      assert.ok(tokens.some((tok) => tok.kind === 'word'), `'${key}' has no word`);
    }
  });
}

test('the four pairs translate the same English sources', async () => {
  const sources = await Promise.all(PAIRS.map(async (pair) => [...parseLexicon(await LEXICON_LOADERS[pair]()).lexicon.entries.keys()].sort()));
  for (const other of sources.slice(1)) assert.deepEqual(other, sources[0]);
});

test('parseLexicon reports malformed lines instead of throwing', () => {
  const { lexicon, issues } = parseLexicon(['# a comment', '', 'exit\tsalida', 'Exit\tsalida otra vez', 'no tab here', 'entrance\t', '\tvacío', 'a\tb\tc', 'drop-off\tdejar'].join('\n'));
  assert.deepEqual(
    issues.map((i) => [i.line, i.reason]),
    [
      [4, 'duplicate'],
      [5, 'no-tab'],
      [6, 'empty-target'],
      [7, 'empty-source'],
      [8, 'extra-column'],
    ],
  );
  assert.deepEqual([...lexicon.entries], [
    ['exit', 'salida'],
    ['drop off', 'dejar'],
  ]);
  assert.equal(lexicon.maxWords, 2);
  assert.equal(normalizeKey('  Drop-Off ’s  '), "drop off 's");
});
