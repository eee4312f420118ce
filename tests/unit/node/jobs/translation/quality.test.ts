/**
 * How good the lexicon engine is, measured: chrF and BLEU on the sign test set
 * (tests/fixtures/translation/signs.tsv, 52 sentences with references in es, fr, it, de)
 * against the untranslated English as a baseline. The lexicon is general sign vocabulary, not
 * fitted to these sentences; word-level translation should still clearly beat leaving the text
 * as it is. The figures are reported as diagnostics (`--test-reporter=spec` shows them).
 *
 * Common notices are in the lexicon as whole phrases ("children must be accompanied by an
 * adult"), and some test sentences contain them, which flatters the full lexicon. So it is
 * also scored held out: without every entry of three words or more that occurs in a test
 * sentence, i.e. from words and short phrases alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TextLanguage } from '../../../../../web/src/node/jobs/engines.ts';
import { LEXICON_LOADERS, type LexiconPair } from '../../../../../web/src/node/jobs/translation/data/index.ts';
import { LexiconEngine } from '../../../../../web/src/node/jobs/translation/lexicon-engine.ts';
import { normalizeKey } from '../../../../../web/src/node/jobs/translation/tokenize.ts';
import { corpusBleu, corpusChrf } from '../../../../support/mt-metrics.ts';

const TARGETS = ['es', 'fr', 'it', 'de'] as const satisfies readonly TextLanguage[];
/** chrF points by which the lexicon must beat the identity baseline: "clearly", not by noise. */
const MIN_CHRF_GAIN = 10;

interface Row {
  en: string;
  refs: Record<(typeof TARGETS)[number], string>;
}

function loadTestSet(): Row[] {
  const text = readFileSync(new URL('../../../../fixtures/translation/signs.tsv', import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  assert.equal(header, ['en', ...TARGETS].join('\t'));
  return rows.map((line, i) => {
    const cols = line.split('\t');
    assert.equal(cols.length, 5, `row ${i + 1}: ${line}`);
    const [en, es, fr, it, de] = cols as [string, string, string, string, string];
    return { en, refs: { es, fr, it, de } };
  });
}

test('the test set: at least 40 sign sentences, every one with four non-empty references', () => {
  const rows = loadTestSet();
  assert.ok(rows.length >= 40, `${rows.length} rows`);
  for (const row of rows) for (const lang of TARGETS) assert.notEqual(row.refs[lang].trim(), '', `${row.en} → ${lang}`);
  assert.equal(new Set(rows.map((r) => r.en)).size, rows.length, 'duplicate sentences');
});

/** The shipped TSV without the entries of 3+ words found in a test sentence; counts what it dropped. */
function heldOut(sources: readonly string[], dropped: Map<string, number>): Record<string, () => Promise<string>> {
  const sentences = sources.map((s) => ` ${normalizeKey(s.replace(/[^\p{L}\p{N}'’\s-]/gu, ' '))} `);
  return Object.fromEntries(
    Object.entries(LEXICON_LOADERS).map(([pair, load]) => [
      pair,
      async () => {
        const kept = (await load()).split('\n').filter((line) => {
          const key = normalizeKey(line.split('\t')[0] ?? '');
          const drop = key.split(' ').length >= 3 && sentences.some((s) => s.includes(` ${key} `));
          if (drop) dropped.set(pair, (dropped.get(pair) ?? 0) + 1);
          return !drop;
        });
        return kept.join('\n');
      },
    ]),
  );
}

test('lexicon engine vs untranslated English: chrF and BLEU per language, full and held out', async (t) => {
  const rows = loadTestSet();
  const sources = rows.map((r) => r.en);
  const dropped = new Map<string, number>();
  const engines = { full: new LexiconEngine(), 'held-out': new LexiconEngine({ loaders: heldOut(sources, dropped) }) };
  for (const lang of TARGETS) {
    const refs = rows.map((r) => r.refs[lang]);
    const chrfIdentity = corpusChrf(sources, refs);
    const bleuIdentity = corpusBleu(sources, refs).score;
    const figures = [`identity chrF ${chrfIdentity.toFixed(1)} BLEU ${bleuIdentity.toFixed(1)}`];
    for (const [variant, engine] of Object.entries(engines)) {
      const hyps = await Promise.all(sources.map(async (s) => (await engine.translate(s, 'en', lang)).text));
      const chrf = corpusChrf(hyps, refs);
      const bleu = corpusBleu(hyps, refs).score;
      figures.push(`${variant} chrF ${chrf.toFixed(1)} BLEU ${bleu.toFixed(1)}`);
      assert.ok(chrf >= chrfIdentity + MIN_CHRF_GAIN, `en-${lang} ${variant}: chrF ${chrf.toFixed(1)} does not beat identity ${chrfIdentity.toFixed(1)} by ${MIN_CHRF_GAIN}`);
      assert.ok(bleu > bleuIdentity, `en-${lang} ${variant}: BLEU ${bleu.toFixed(1)} ≤ identity ${bleuIdentity.toFixed(1)}`);
    }
    t.diagnostic(`en-${lang}: ${figures.join(' | ')} (held out: ${dropped.get(`en-${lang}` satisfies LexiconPair) ?? 0} entries dropped)`);
  }
});
