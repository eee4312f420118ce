/**
 * Word- and phrase-level translation with a lexicon: at each word the longest source phrase the
 * lexicon knows wins ("no parking" before "no" and "parking"); what it does not know — names,
 * acronyms, numbers, times, prices, URLs, punctuation — is carried over as it is, and each
 * rendering takes the case pattern of the words it replaces.
 */
import { toTwentyFourHour } from './clock-times.ts';
import type { TextLanguage } from '../engines.ts';
import { applyCase, casePattern, hasLower, isAllUpper, type CasePattern } from './casing.ts';
import type { Lexicon } from './lexicon.ts';
import { agreeArticles, IRREGULAR_PLURALS, PLURAL_DETERMINERS } from './articles.ts';
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

/** English words capitalised in any sentence: no evidence that a line is in Title Case. */
const ALWAYS_CAPITALISED = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'christmas', 'easter', 'english', 'spanish', 'french', 'italian', 'german', 'european',
]);

/** What ends a sentence, so that the next "A" is an article and not a label ("Gate A"). */
const SENTENCE_END = /^[.!?:;•·|–—-]$/u;

export function translateWithLexicon(text: string, lexicon: Lexicon, to: TextLanguage): string {
  const tokens = tokenize(toTwentyFourHour(text, to));
  const { kept, titleLine } = lineContext(tokens);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!isPhraseToken(token) || kept[i]) {
      out.push(token.text);
      i++;
      continue;
    }
    const run = wordRun(tokens, kept, i, lexicon.maxWords);
    // A number alone stays as it is; it only matters inside a phrase ("24 hours", "under 16s").
    const shortest = token.kind === 'number' ? 2 : 1;
    let matched = false;
    for (let n = run.length; n >= shortest && !matched; n--) {
      const span = run.slice(0, n);
      const words = span.map((j) => (tokens[j] as Token).text);
      const key = words.map(normalizeWord).join(' ');
      const found = lexicon.entries.get(key);
      if (found === undefined) continue;
      const plural = PLURAL_DETERMINERS[key]?.[to];
      const target = plural !== undefined && nounIsPlural(tokens, span[n - 1] as number, lexicon) ? plural : found;
      out.push(applyCase(target, spanCase(words, sentenceStart(tokens, i), titleLine[i] === true), to));
      i = (span[n - 1] as number) + 1;
      matched = true;
    }
    if (matched) continue;
    const form = token.kind === 'word' ? translateWordForm(token.text, lexicon, to) : undefined;
    out.push(form === undefined ? token.text : applyCase(form, spanCase([token.text], sentenceStart(tokens, i), titleLine[i] === true), to));
    i++;
  }
  return contract(agreeArticles(out.join(''), to), to);
}

/**
 * Whether the word after token i is an English plural: an irregular one, one whose singular the
 * lexicon has, or one that looks like a plural (-s, but not -ss, -us, -is, -ous, -ics, nor a
 * handful of words that only end in s).
 */
function nounIsPlural(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const next = tokens[i + 2];
  if (tokens[i + 1]?.kind !== 'space' || next?.kind !== 'word') return false;
  const word = normalizeWord(next.text);
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (!word.endsWith('s') || NOT_PLURAL.has(word)) return false;
  if (englishBaseForms(word).some(({ base, plural }) => plural && lexicon.entries.has(base))) return true;
  return word.length >= 4 && !/(?:ss|us|is|ous|ics)$/u.test(word);
}

const NOT_PLURAL = new Set(['this', 'his', 'its', 'was', 'has', 'does', 'yes', 'plus', 'always', 'perhaps', 'towards', 'news', 'series', 'whereas', 'lens', 'gas', 'bus', 'less', 'unless', 'across']);

/**
 * The case a span's rendering takes. Inside a sentence, a capitalised word in a line of
 * otherwise lower-case words is a name or a day or month ("closed until March", "open Monday
 * to Friday"): the rendering keeps its own case (marzo, lunes; German nouns stay capitalised).
 * In a Title Case line ("Fire Exit Keep Clear") capitals are kept.
 */
function spanCase(words: readonly string[], atSentenceStart: boolean, inTitleLine: boolean): CasePattern {
  const pattern = casePattern(words);
  if (pattern !== 'title' || atSentenceStart || inTitleLine) return pattern;
  return 'lower';
}

/**
 * Per token, from the line it is in: whether it is carried over untranslated even when the
 * lexicon has it — acronyms (an all-capital word in a line that is not all capitals) and
 * one-letter labels ("Gate A"; but "A fine of" is an article) — and whether its line is in
 * Title Case (every word of four letters or more capitalised).
 */
function lineContext(tokens: readonly Token[]): { kept: boolean[]; titleLine: boolean[] } {
  const kept = tokens.map(() => false);
  const titleLine = tokens.map(() => false);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token !== undefined && !(token.kind === 'space' && token.text.includes('\n'))) continue;
    const words = tokens.slice(lineStart, i).filter((t) => t.kind === 'word');
    const capsLine = !words.some((t) => hasLower(t.text));
    const long = words.filter((t) => [...t.text].length >= 4 && !ALWAYS_CAPITALISED.has(normalizeWord(t.text)));
    const title = long.length >= 2 && long.every((t) => !hasLower(t.text.charAt(0)));
    for (let j = lineStart; j < i; j++) {
      titleLine[j] = title;
      if ((tokens[j] as Token).kind === 'word') kept[j] = isProtected(tokens, j, capsLine);
    }
    lineStart = i + 1;
  }
  return { kept, titleLine };
}

function isPhraseToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * Indices of up to `max` words (or numbers) from `start` that a phrase may span: separated by
 * whitespace with at most one line break (OCR breaks "NO / PARKING" over two lines) or joined
 * by one hyphen, none of them kept as a name or acronym.
 */
function wordRun(tokens: readonly Token[], kept: readonly boolean[], start: number, max: number): number[] {
  const run = [start];
  let i = start;
  while (run.length < max) {
    const joiner = tokens[i + 1];
    const next = tokens[i + 2];
    if (!joiner || !next || !isPhraseToken(next) || kept[i + 2]) break;
    const spaces = joiner.kind === 'space' && joiner.text.split('\n').length <= 2;
    if (!(spaces || (joiner.kind === 'other' && joiner.text === '-'))) break;
    run.push(i + 2);
    i += 2;
  }
  return run;
}

/** A word the lexicon lacks, by its base form: "platforms" → "andenes", "children's" → "niños", "playing" → "jugar". */
function translateWordForm(word: string, lexicon: Lexicon, to: TextLanguage): string | undefined {
  for (const { base, plural } of englishBaseForms(normalizeWord(word))) {
    const target = lexicon.entries.get(base);
    if (target !== undefined) return plural ? pluralize(target, to) : target;
  }
  return undefined;
}

function isProtected(tokens: readonly Token[], i: number, capsLine: boolean): boolean {
  const word = (tokens[i] as Token).text;
  if ([...word].length === 1) {
    if (word !== 'A') return word !== word.toLowerCase();
    const next = nextWord(tokens, i);
    return !(sentenceStart(tokens, i) && next !== undefined && (capsLine || hasLower(next)));
  }
  return !capsLine && isAllUpper(word) && !EMPHASIS.has(normalizeWord(word));
}

/** Whether token i begins a sentence: first in the text or its line, or after a full stop, colon or bullet. */
function sentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'space') {
      if (t.text.includes('\n')) return true;
      continue;
    }
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
