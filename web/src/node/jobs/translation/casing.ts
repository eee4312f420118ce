/**
 * Case patterns: a sign's "EXIT", "Exit" and "exit" come out as "SALIDA", "Salida" and "salida".
 * Targets are stored as they are written mid-sentence (German nouns capitalised), so 'lower'
 * leaves them alone.
 */
import type { TextLanguage } from '../engines.ts';

export type CasePattern = 'upper' | 'title' | 'lower';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** The pattern of a span of source words: upper when no letter is lower case and there are at least two letters. */
export function casePattern(words: readonly string[]): CasePattern {
  const joined = words.join('');
  if (!LOWER.test(joined) && [...joined].filter((c) => UPPER.test(c)).length >= 2) return 'upper';
  const first = words[0] ?? '';
  return UPPER.test(first.charAt(0)) ? 'title' : 'lower';
}

export function applyCase(text: string, pattern: CasePattern, language: TextLanguage): string {
  if (pattern === 'upper') return text.toLocaleUpperCase(language);
  if (pattern === 'title') return capitalize(text, language);
  return text;
}

export function capitalize(text: string, language: TextLanguage): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(language) + text.slice(head.length);
}

export function isAllUpper(word: string): boolean {
  return !LOWER.test(word) && UPPER.test(word);
}

export function hasLower(text: string): boolean {
  return LOWER.test(text);
}
