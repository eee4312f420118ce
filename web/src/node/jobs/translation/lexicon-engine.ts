/**
 * The offline translation engine every node has: word and phrase substitution from the lexicons
 * Tabmesh ships (DESIGN.md, "Translation engines"). Honest about what it is: its results say
 * quality 'word' and engine 'lexicon'. Each pair's lexicon is loaded on first use and kept.
 */
import { TabmeshError } from '../../base/errors.ts';
import type { TextLanguage, TranslationEngine, TranslationQuality, TranslationResult } from '../engines.ts';
import { LEXICON_LOADERS, type LexiconLoader } from './data/index.ts';
import { parseLexicon, type Lexicon } from './lexicon.ts';
import { translateWithLexicon } from './lexicon-translate.ts';

export const LEXICON_ENGINE_NAME = 'lexicon';

export interface LexiconEngineOptions {
  /** Pair (`en-es`) → its TSV; defaults to the shipped lexicons. Tests pass small ones. */
  loaders?: Readonly<Record<string, LexiconLoader>>;
}

export class LexiconEngine implements TranslationEngine {
  readonly name = LEXICON_ENGINE_NAME;
  readonly quality: TranslationQuality = 'word';
  readonly #loaders: Readonly<Record<string, LexiconLoader>>;
  readonly #lexicons = new Map<string, Promise<Lexicon>>();

  constructor(options: LexiconEngineOptions = {}) {
    this.#loaders = options.loaders ?? LEXICON_LOADERS;
  }

  pairs(): readonly string[] {
    return Object.keys(this.#loaders);
  }

  /** The pair's lexicon, loaded and parsed once; a failed load is forgotten so the next call tries again. */
  load(pair: string): Promise<Lexicon> {
    const cached = this.#lexicons.get(pair);
    if (cached) return cached;
    const loader = this.#loaders[pair];
    if (!loader) return Promise.reject(new TabmeshError('not-found', `lexicon: no lexicon for ${pair}`));
    const loading = loader().then((tsv) => parseLexicon(tsv).lexicon);
    loading.catch(() => this.#lexicons.delete(pair));
    this.#lexicons.set(pair, loading);
    return loading;
  }

  async translate(text: string, from: TextLanguage, to: TextLanguage, options: { signal?: AbortSignal } = {}): Promise<TranslationResult> {
    const signal = options.signal;
    throwIfAborted(signal);
    const lexicon = await this.load(`${from}-${to}`);
    throwIfAborted(signal);
    return { text: translateWithLexicon(text, lexicon, to), engine: this.name, quality: this.quality };
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason instanceof TabmeshError ? signal.reason : new TabmeshError('aborted', 'lexicon: translation aborted');
}
