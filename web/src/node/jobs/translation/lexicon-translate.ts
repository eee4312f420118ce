/**
 * Word- and phrase-level translation with a lexicon: at each word the longest source phrase the
 * lexicon knows wins ("no parking" before "no" and "parking"); what it does not know — names,
 * acronyms, numbers, times, prices, URLs, punctuation — is carried over as it is, and each
 * rendering takes the case pattern of the words it replaces.
 */
import type { TextLanguage } from '../engines.ts';
import { applyCase, casePattern, hasLower, isAllUpper } from './casing.ts';
import type { Lexicon } from './lexicon.ts';
import { contract, englishBaseForms, pluralize } from './morphology.ts';
import { normalizeWord, tokenize, type Token } from './tokenize.ts';

/**
 * All-capital words that are emphasis rather than acronyms when they stand in a mixed-case line
 * ("Do NOT enter"); any other all-capital word there is kept as an acronym (ATM, WC, UK, EU).
 */
const EMPHASIS = new Set([
  'no', 'not', "don't", 'do', 'never', 'only', 'all', 'any', 'must', 'now', 'off', 'on', 'out', 'free', 'open', 'closed',
  'stop', 'exit', 'danger', 'warning', 'caution', 'notice', 'push', 'pull', 'please', 'strictly', 'prohibited', 'private',
]);

/** What ends a sentence, so that the next "A" is an article and not a label ("Gate A"). */
const SENTENCE_END = /^[.!?:;•·|–—-]$/u;

export function translateWithLexicon(text: string, lexicon: Lexicon, to: TextLanguage): string {
  return text
    .split(/(\r?\n)/u)
    .map((line, i) => (i % 2 === 1 ? line : contract(translateLine(line, lexicon, to), to)))
    .join('');
}

function translateLine(line: string, lexicon: Lexicon, to: TextLanguage): string {
  const tokens = tokenize(line);
  const capsLine = !tokens.some((t) => t.kind === 'word' && hasLower(t.text));
  const kept = tokens.map((t, i) => t.kind === 'word' && isProtected(tokens, i, capsLine));
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' || kept[i]) {
      out.push(token.text);
      i++;
      continue;
    }
    const run = wordRun(tokens, kept, i, lexicon.maxWords);
    let matched = false;
    for (let n = run.length; n >= 1 && !matched; n--) {
      const span = run.slice(0, n);
      const words = span.map((j) => (tokens[j] as Token).text);
      const target = lexicon.entries.get(words.map(normalizeWord).join(' '));
      if (target === undefined) continue;
      out.push(applyCase(target, casePattern(words), to));
      i = (span[n - 1] as number) + 1;
      matched = true;
    }
    if (matched) continue;
    out.push(translateWordForm(token.text, lexicon, to) ?? token.text);
    i++;
  }
  return out.join('');
}

/**
 * Indices of up to `max` words from `start` that a phrase may span: words separated by one
 * run of spaces or joined by one hyphen, none of them kept as a name or acronym.
 */
function wordRun(tokens: readonly Token[], kept: readonly boolean[], start: number, max: number): number[] {
  const run = [start];
  let i = start;
  while (run.length < max) {
    const joiner = tokens[i + 1];
    const next = tokens[i + 2];
    if (!joiner || !next || next.kind !== 'word' || kept[i + 2]) break;
    if (!(joiner.kind === 'space' || (joiner.kind === 'other' && joiner.text === '-'))) break;
    run.push(i + 2);
    i += 2;
  }
  return run;
}

/** Plurals and possessives by their base form: "platforms" → "andén" + s. */
function translateWordForm(word: string, lexicon: Lexicon, to: TextLanguage): string | undefined {
  for (const { base, plural } of englishBaseForms(normalizeWord(word))) {
    const target = lexicon.entries.get(base);
    if (target === undefined) continue;
    return applyCase(plural ? pluralize(target, to) : target, casePattern([word]), to);
  }
  return undefined;
}

/** Words carried over untranslated even when the lexicon has them: acronyms and one-letter labels. */
function isProtected(tokens: readonly Token[], i: number, capsLine: boolean): boolean {
  const word = (tokens[i] as Token).text;
  if ([...word].length === 1) {
    if (word !== 'A') return word !== word.toLowerCase();
    const next = nextWord(tokens, i);
    return !(sentenceStart(tokens, i) && next !== undefined && (capsLine || hasLower(next)));
  }
  return !capsLine && isAllUpper(word) && !EMPHASIS.has(normalizeWord(word));
}

function sentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'space') continue;
    return t.kind === 'other' && SENTENCE_END.test(t.text);
  }
  return true;
}

function nextWord(tokens: readonly Token[], i: number): string | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'space') continue;
    return t.kind === 'word' ? t.text : undefined;
  }
  return undefined;
}
