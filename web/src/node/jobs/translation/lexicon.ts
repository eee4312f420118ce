/**
 * A lexicon: English words and phrases → one target rendering each. The shipped data is a TSV
 * string per pair (`data/en-xx.ts`): `source<TAB>target` a line, `#` comments, blank lines
 * ignored. Sources are matched case-insensitively with hyphens counting as spaces; targets are
 * written as they appear mid-sentence.
 */
import { normalizeKey } from './tokenize.ts';

export interface Lexicon {
  /** Normalized source (see normalizeKey) → target. */
  readonly entries: ReadonlyMap<string, string>;
  /** Words in the longest source: the longest span the engine tries to match. */
  readonly maxWords: number;
}

export type LexiconIssueReason = 'no-tab' | 'extra-column' | 'empty-source' | 'empty-target' | 'duplicate';

export interface LexiconIssue {
  /** 1-based line number in the TSV. */
  line: number;
  reason: LexiconIssueReason;
  text: string;
}

export interface ParsedLexicon {
  lexicon: Lexicon;
  /** Lines that were skipped; the shipped data has none (tests/unit/node/jobs/translation/lexicon-data.test.ts). */
  issues: LexiconIssue[];
}

export function parseLexicon(tsv: string): ParsedLexicon {
  const entries = new Map<string, string>();
  const issues: LexiconIssue[] = [];
  let maxWords = 1;
  const lines = tsv.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').replace(/\r$/u, '');
    if (text.trim() === '' || text.startsWith('#')) continue;
    const issue = (reason: LexiconIssueReason): void => {
      issues.push({ line: i + 1, reason, text });
    };
    const columns = text.split('\t');
    if (columns.length < 2) {
      issue('no-tab');
      continue;
    }
    if (columns.length > 2) {
      issue('extra-column');
      continue;
    }
    const key = normalizeKey(columns[0] ?? '');
    const target = (columns[1] ?? '').trim();
    if (key === '') issue('empty-source');
    else if (target === '') issue('empty-target');
    else if (entries.has(key)) issue('duplicate');
    else {
      entries.set(key, target);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { lexicon: { entries, maxWords }, issues };
}
