/**
 * Which engine translates a pair on this worker, and what the worker advertises: sentence-level
 * engines (LibreTranslate, Apertium, Opus-MT) before the word-level lexicon; among equals, the
 * order the host listed them in. Brokers route a job by the advertised pairs and their quality.
 */
import { TabmeshError } from '../../base/errors.ts';
import { TEXT_LANGUAGES, type TextLanguage, type TranslationEngine, type TranslationQuality, type TranslationResult } from '../engines.ts';

/** Higher is better. */
export const QUALITY_RANK: Readonly<Record<TranslationQuality, number>> = { word: 1, sentence: 2 };

export type Pair = `${TextLanguage}-${TextLanguage}`;

export function pairOf(from: TextLanguage, to: TextLanguage): Pair {
  return `${from}-${to}`;
}

/** `en-es` → its languages; undefined for anything else (engines' pair lists are not trusted blindly). */
export function parsePair(pair: string): { from: TextLanguage; to: TextLanguage } | undefined {
  const [from, to, ...rest] = pair.split('-');
  if (rest.length > 0 || !isTextLanguage(from) || !isTextLanguage(to) || from === to) return undefined;
  return { from, to };
}

function isTextLanguage(x: string | undefined): x is TextLanguage {
  return (TEXT_LANGUAGES as readonly (string | undefined)[]).includes(x);
}

/** The engines that translate from → to, best first (quality, then the given order). */
export function rankEngines(engines: readonly TranslationEngine[], from: TextLanguage, to: TextLanguage): TranslationEngine[] {
  const pair = pairOf(from, to);
  return engines
    .map((engine, index) => ({ engine, index }))
    .filter(({ engine }) => engine.pairs().includes(pair))
    .sort((a, b) => QUALITY_RANK[b.engine.quality] - QUALITY_RANK[a.engine.quality] || a.index - b.index)
    .map(({ engine }) => engine);
}

/** The best engine for from → to, or undefined when none has the pair. */
export function selectEngine(engines: readonly TranslationEngine[], from: TextLanguage, to: TextLanguage): TranslationEngine | undefined {
  return rankEngines(engines, from, to)[0];
}

export interface AdvertisedPair {
  pair: Pair;
  from: TextLanguage;
  to: TextLanguage;
  /** The best quality among the engines that have the pair. */
  quality: TranslationQuality;
  /** Those engines' names, best first. */
  engines: string[];
}

/** What a worker advertises: every pair some engine has, with the best quality for it, sorted by pair. */
export function advertisedPairs(engines: readonly TranslationEngine[]): AdvertisedPair[] {
  const pairs = new Map<Pair, { from: TextLanguage; to: TextLanguage }>();
  for (const engine of engines) {
    for (const name of engine.pairs()) {
      const parsed = parsePair(name);
      if (parsed) pairs.set(pairOf(parsed.from, parsed.to), parsed);
    }
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pair, { from, to }]) => {
      const ranked = rankEngines(engines, from, to);
      return { pair, from, to, quality: (ranked[0] as TranslationEngine).quality, engines: ranked.map((e) => e.name) };
    });
}

/**
 * Translates with the best engine for the pair, falling back to the next when one fails (a
 * LibreTranslate endpoint down still leaves the lexicon). An abort is not a failure to fall back
 * from: it ends the attempt. Rejects with the best engine's error when all fail, 'not-found' when
 * no engine has the pair.
 */
export async function translateWithBest(
  engines: readonly TranslationEngine[],
  text: string,
  from: TextLanguage,
  to: TextLanguage,
  options: { signal?: AbortSignal } = {},
): Promise<TranslationResult> {
  const ranked = rankEngines(engines, from, to);
  if (ranked.length === 0) throw new TabmeshError('not-found', `no translation engine for ${pairOf(from, to)}`);
  let first: unknown;
  for (const engine of ranked) {
    try {
      return await engine.translate(text, from, to, options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      first ??= error;
    }
  }
  throw first;
}
