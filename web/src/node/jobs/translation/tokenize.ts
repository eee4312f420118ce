/**
 * Splits OCR'd text into the tokens the lexicon engine works on. Words are looked up; numbers,
 * times, prices, URLs and e-mail addresses, whitespace and punctuation are carried over as they are.
 */

export type TokenKind = 'word' | 'number' | 'url' | 'space' | 'other';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** Top-level domains a bare host name (`example.com`) is recognised by; anything else needs a scheme or `www.`. */
const TLDS = 'com|org|net|edu|gov|info|biz|eu|uk|ie|es|fr|it|de|ch|at|be|nl|pt|lu|io|co|us|ca|au|travel|museum';

const TOKEN = new RegExp(
  [
    // URLs with a scheme or www., e-mail addresses, bare host names with a known TLD
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:[\p{L}\p{N}-]+\.)+(?:${TLDS})(?![\p{L}\p{N}])(?:\/[^\s<>"]*)?)`,
    // numbers, times, dates, prices, ordinals, units glued to a number: 9:30, 12.50, £5, 24/7, 1st, 10am, 50%
    String.raw`(?<number>\p{Sc}?\p{N}(?:[\p{N}.,:/]*\p{N})?(?:\p{L}+|%)?)`,
    // words, with inner apostrophes (don't, children's)
    String.raw`(?<word>\p{L}+(?:['’]\p{L}+)*)`,
    String.raw`(?<space>\s+)`,
    String.raw`(?<other>.)`,
  ].join('|'),
  'gsui',
);

/** Punctuation that ends a sentence rather than a URL: `see www.x.com.` keeps its final period. */
const URL_TRAILER = /[.,;:!?)\]'"’]+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    if (groups.url !== undefined) {
      const trailer = URL_TRAILER.exec(groups.url)?.[0] ?? '';
      tokens.push({ kind: 'url', text: groups.url.slice(0, groups.url.length - trailer.length) });
      for (const ch of trailer) tokens.push({ kind: 'other', text: ch });
    } else if (groups.number !== undefined) tokens.push({ kind: 'number', text: groups.number });
    else if (groups.word !== undefined) tokens.push({ kind: 'word', text: groups.word });
    else if (groups.space !== undefined) tokens.push({ kind: 'space', text: groups.space });
    else tokens.push({ kind: 'other', text: match[0] });
  }
  return tokens;
}

/** The form words are looked up by: lower case, typographic apostrophes straightened. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/gu, "'");
}

/**
 * The form lexicon keys are stored under: normalized words separated by single spaces, a hyphen
 * counting as a space, so "drop-off" and "drop off" are one key.
 */
export function normalizeKey(phrase: string): string {
  return normalizeWord(phrase)
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}
