/** The translation quality bench's table: stdout and its section of BENCHMARKS.md. */
import type { QualityResult } from './translation-quality.ts';
import { fixed, markdownTable, textTable } from './stats.ts';

function rows(r: QualityResult): string[][] {
  return [
    ['to', 'engine', 'route', 'chrF', 'BLEU', 'ms / sentence', 'chrF − lexicon', 'counts (beats the lexicon)'],
    ...r.rows.map((q) => [
      q.to,
      q.engine,
      q.route.length === 0 ? '–' : q.route.join(' → '),
      fixed(q.chrf, 1),
      fixed(q.bleu, 1),
      fixed(q.msPerSentence, q.msPerSentence < 10 ? 2 : 0),
      q.engine === 'lexicon' ? 'baseline' : `${q.gainOverLexicon >= 0 ? '+' : ''}${fixed(q.gainOverLexicon, 1)}`,
      q.engine === 'lexicon' ? '' : q.gainOverLexicon > 0 ? 'yes' : 'no',
    ]),
  ];
}

export function printTranslation(r: QualityResult, print: (text: string) => void): void {
  print(textTable(rows(r)));
}

export function translationSection(r: QualityResult | undefined, date: string | undefined): string[] {
  const parts = ['## Translation quality', ''];
  if (!r) return [...parts, '_No result yet._', ''];
  return [
    ...parts,
    `Run ${date}: \`node tests/bench/run.ts translation\`. The sign test set (\`tests/fixtures/translation/signs.tsv\`, ${r.rows[0]?.sentences ?? 0}`,
    'English sentences with references in es, fr, it, de written for Tabmesh), chrF and BLEU as sacreBLEU computes them, time per',
    "sentence on this machine. The lexicon (word level) is the baseline in the same run; an Apertium route counts only where it",
    'beats it. The lexicon holds many of these signs\' phrases whole, which flatters it (held out, it scores chrF 59–69:',
    '`tests/unit/node/jobs/translation/quality.test.ts`).',
    '',
    markdownTable(rows(r)),
    '',
    ...(r.missing.length > 0 ? [`Not installed here, so not scored: ${r.missing.join('; ')}.`, ''] : []),
  ];
}
