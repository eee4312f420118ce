/**
 * Translation quality per engine and language on the sign test set (tests/fixtures/translation/
 * signs.tsv): chrF and BLEU as sacreBLEU computes them, and time per sentence. The lexicon
 * (word level) is the baseline in the same run; each Apertium route installed here (direct, or
 * through a Spanish or Catalan pivot) is scored beside it, and counts only where it beats it.
 */
import { readFileSync } from 'node:fs';
import { APERTIUM_ROUTES, ApertiumEngine, installedModes } from '../../web/src/host-node/apertium.ts';
import type { TextLanguage, TranslationEngine } from '../../web/src/node/jobs/engines.ts';
import { LexiconEngine } from '../../web/src/node/jobs/translation/lexicon-engine.ts';
import { corpusBleu, corpusChrf } from '../support/mt-metrics.ts';

const TARGETS = ['es', 'fr', 'it', 'de'] as const satisfies readonly TextLanguage[];

export interface QualityRow {
  engine: string;
  /** The Apertium modes run in turn; empty for the lexicon. */
  route: string[];
  to: TextLanguage;
  sentences: number;
  chrf: number;
  bleu: number;
  msPerSentence: number;
  /** chrF above the lexicon's for the same language (0 for the lexicon itself). */
  gainOverLexicon: number;
}

export interface QualityResult {
  rows: QualityRow[];
  /** Apertium routes not installed on this machine, so not scored. */
  missing: string[];
}

export function loadSignSet(): { en: string; refs: Record<(typeof TARGETS)[number], string> }[] {
  const text = readFileSync(new URL('../fixtures/translation/signs.tsv', import.meta.url), 'utf8');
  const [, ...rows] = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return rows.map((line) => {
    const [en, es, fr, it, de] = line.split('\t') as [string, string, string, string, string];
    return { en, refs: { es, fr, it, de } };
  });
}

async function score(engine: TranslationEngine, to: TextLanguage, set: ReturnType<typeof loadSignSet>): Promise<Omit<QualityRow, 'engine' | 'route' | 'gainOverLexicon'>> {
  const hypotheses: string[] = [];
  const start = performance.now();
  for (const row of set) hypotheses.push((await engine.translate(row.en, 'en', to)).text);
  const ms = performance.now() - start;
  const refs = set.map((r) => r.refs[to as (typeof TARGETS)[number]]);
  return { to, sentences: set.length, chrf: corpusChrf(hypotheses, refs), bleu: corpusBleu(hypotheses, refs).score, msPerSentence: ms / set.length };
}

export async function runTranslationQuality(log: (line: string) => void): Promise<QualityResult> {
  const set = loadSignSet();
  const modes = await installedModes();
  const rows: QualityRow[] = [];
  const missing: string[] = [];
  for (const to of TARGETS) {
    const lexicon = await score(new LexiconEngine(), to, set);
    rows.push({ engine: 'lexicon', route: [], ...lexicon, gainOverLexicon: 0 });
    log(`  lexicon en-${to}: chrF ${lexicon.chrf.toFixed(1)}, BLEU ${lexicon.bleu.toFixed(1)}, ${lexicon.msPerSentence.toFixed(2)} ms/sentence`);
    for (const route of APERTIUM_ROUTES[`en-${to}`] ?? []) {
      if (!route.every((m) => modes.has(m))) {
        missing.push(route.join(' → '));
        continue;
      }
      const r = await score(new ApertiumEngine({ [`en-${to}`]: route }), to, set);
      rows.push({ engine: 'apertium', route: [...route], ...r, gainOverLexicon: r.chrf - lexicon.chrf });
      log(`  apertium ${route.join(' → ')}: chrF ${r.chrf.toFixed(1)} (${r.chrf >= lexicon.chrf ? '+' : ''}${(r.chrf - lexicon.chrf).toFixed(1)}), BLEU ${r.bleu.toFixed(1)}, ${r.msPerSentence.toFixed(0)} ms/sentence`);
    }
  }
  return { rows, missing };
}
