/**
 * The shipped lexicons, one module per pair, each loaded on first use: a tab that never
 * translates never downloads them (Vite splits each dynamic import into its own chunk).
 * Written for Tabmesh from the authors' knowledge of the languages, for what signs and notices
 * say; tests/unit/node/jobs/translation/lexicon-data.test.ts keeps them well-formed.
 */
export type LexiconLoader = () => Promise<string>;

export const LEXICON_LOADERS = {
  'en-es': async () => (await import('./en-es.ts')).default,
  'en-fr': async () => (await import('./en-fr.ts')).default,
  'en-it': async () => (await import('./en-it.ts')).default,
  'en-de': async () => (await import('./en-de.ts')).default,
} as const satisfies Record<string, LexiconLoader>;

export type LexiconPair = keyof typeof LEXICON_LOADERS;
