/**
 * The little morphology a word-level engine can afford: English plurals and possessives looked
 * up by their base form, the target pluralised by regular rules, and the contractions each target
 * language makes of a preposition and an article ("de el" → "del", "à le" → "au", "di il" → "del").
 */
import type { TextLanguage } from '../engines.ts';

/**
 * Base forms to try for an English word not in the lexicon, most specific first: plurals
 * ("platforms" → "platform", rendered in the plural), possessives ("children's"), and -ing and
 * -ed forms ("playing", "called" → the verb, rendered as the lexicon has it: an infinitive).
 */
export function englishBaseForms(word: string): { base: string; plural: boolean }[] {
  if (word.endsWith("'s")) return [{ base: word.slice(0, -2), plural: false }];
  const forms: { base: string; plural: boolean }[] = [];
  if (word.endsWith("s'")) forms.push({ base: word.slice(0, -1), plural: true });
  if (word.length < 4) return forms;
  if (word.endsWith('s') && !word.endsWith('ss')) {
    if (word.endsWith('ies')) forms.push({ base: `${word.slice(0, -3)}y`, plural: true });
    if (word.endsWith('ves')) forms.push({ base: `${word.slice(0, -3)}f`, plural: true }, { base: `${word.slice(0, -3)}fe`, plural: true });
    if (/(?:s|x|z|ch|sh|o)es$/u.test(word)) forms.push({ base: word.slice(0, -2), plural: true });
    forms.push({ base: word.slice(0, -1), plural: true });
  }
  const suffix = /(?:ing|ed)$/u.exec(word)?.[0];
  if (suffix && word.length - suffix.length >= 2) {
    const stem = word.slice(0, -suffix.length);
    if (suffix === 'ed' && stem.endsWith('i')) forms.push({ base: `${stem.slice(0, -1)}y`, plural: false });
    // A bare stem of two letters is more often a wrong word than the verb ("used" is not "us").
    if (stem.length >= 3) forms.push({ base: stem, plural: false });
    forms.push({ base: `${stem}e`, plural: false });
    if (/([bcdfgklmnprstvz])\1$/u.test(stem)) forms.push({ base: stem.slice(0, -1), plural: false });
  }
  return forms;
}

/** Words after which a Romance head noun ends ("salida de emergencia": pluralise "salida" only). */
const HEAD_ENDS = new Set(['de', 'del', 'di', 'da', 'a', 'à', 'al', 'au', 'du', 'des', 'per', 'pour', 'para', 'con', 'avec', 'en', 'in']);

/**
 * The plural of a target rendering by regular rules: the whole of a one-word target, or the head
 * of a noun phrase whose head is followed by a preposition. German plurals are too irregular to
 * guess: German targets are left as they are.
 */
export function pluralize(target: string, language: TextLanguage): string {
  if (language === 'de' || language === 'en') return target;
  const words = target.split(' ');
  const head = words[0] ?? '';
  // An infinitive: the English word was a verb ("applies", "closes"); leave it as it is.
  if (INFINITIVE[language]?.test(head)) return target;
  if (words.length > 1 && !HEAD_ENDS.has(words[1] ?? '') && !(words[1] ?? '').includes("'")) return target;
  const plural = language === 'es' ? pluralEs(head) : language === 'fr' ? pluralFr(head) : pluralIt(head);
  return [plural, ...words.slice(1)].join(' ');
}

const INFINITIVE: Partial<Record<TextLanguage, RegExp>> = { es: /(?:ar|er|ir)$/u, fr: /(?:er|ir|oir|dre)$/u, it: /(?:are|ere|ire|rre)$/u };

function pluralEs(word: string): string {
  if (/[aeiouáéó]$/u.test(word)) return `${word}s`;
  if (word.endsWith('z')) return `${word.slice(0, -1)}ces`;
  // a stressed last syllable loses its accent: andén → andenes, estación → estaciones, autobús → autobuses
  const stressed = /([áéíóú])([ns])$/u.exec(word);
  if (stressed) return `${word.slice(0, -2)}${(stressed[1] as string).normalize('NFD').charAt(0)}${stressed[2] as string}es`;
  if (/[sx]$/u.test(word)) return word;
  return `${word}es`;
}

function pluralFr(word: string): string {
  if (/[sxz]$/u.test(word)) return word;
  if (word.endsWith('al')) return `${word.slice(0, -2)}aux`;
  if (/(?:eau|eu)$/u.test(word)) return `${word}x`;
  return `${word}s`;
}

function pluralIt(word: string): string {
  if (/(?:c|g)a$/u.test(word)) return `${word.slice(0, -1)}he`;
  if (/(?:c|g)o$/u.test(word)) return `${word.slice(0, -1)}hi`;
  if (word.endsWith('io')) return word.slice(0, -1);
  if (/[oe]$/u.test(word)) return `${word.slice(0, -1)}i`;
  if (word.endsWith('a')) return `${word.slice(0, -1)}e`;
  return word;
}

type Rule = readonly [RegExp, string];

/** A word boundary that also holds next to accented letters (JavaScript's \b is ASCII only). */
const B = String.raw`(?<![\p{L}'’])`;
const E = String.raw`(?![\p{L}'’])`;

function contraction(from: string, to: string): Rule {
  return [new RegExp(`${B}${from.replace(' ', String.raw`\s+`)}${E}`, 'giu'), to];
}

/** French: elision before a vowel or a mute h, then preposition + article. */
const FR_VOWEL = String.raw`(?=[aeiouyàâäéèêëîïôöûüœ]|h(?:ôpital|ôtel|eure|oraire|omme|iver|istoire|uile|erbe|abitant|ygiène|ébergement))`;
const RULES: Partial<Record<TextLanguage, readonly Rule[]>> = {
  es: [contraction('de el', 'del'), contraction('a el', 'al')],
  fr: [
    [new RegExp(`${B}(l|d|n|qu|j|m|t|s)(?:e|a)\\s+${FR_VOWEL}`, 'giu'), "$1'"],
    contraction('de le', 'du'),
    contraction('de les', 'des'),
    contraction('à le', 'au'),
    contraction('à les', 'aux'),
  ],
  it: [
    [new RegExp(`${B}(l)(?:o|a)\\s+(?=[aeiouàèéìòù])`, 'giu'), "$1'"],
    [new RegExp(`${B}i(l)\\s+(?=[aeiouàèéìòù])`, 'giu'), "$1'"],
    [new RegExp(`${B}(un)a\\s+(?=[aeiouàèéìòù])`, 'giu'), "$1'"],
    [new RegExp(`${B}(de|da|ne|su|a)l\\s+(?=[aeiouàèéìòù])`, 'giu'), "$1ll'"],
    ...(
      [
        ['di', 'de'],
        ['a', 'a'],
        ['da', 'da'],
        ['in', 'ne'],
        ['su', 'su'],
      ] as const
    ).flatMap(([prep, stem]) => [
      [new RegExp(`${B}${prep}\\s+l'`, 'giu'), `${stem}ll'`] as Rule,
      contraction(`${prep} il`, `${stem}l`),
      contraction(`${prep} lo`, `${stem}llo`),
      contraction(`${prep} la`, `${stem}lla`),
      contraction(`${prep} i`, `${stem}i`),
      contraction(`${prep} gli`, `${stem}gli`),
      contraction(`${prep} le`, `${stem}lle`),
    ]),
  ],
  de: [contraction('zu dem', 'zum'), contraction('zu der', 'zur'), contraction('in dem', 'im'), contraction('an dem', 'am'), contraction('von dem', 'vom'), contraction('in das', 'ins'), contraction('bei dem', 'beim')],
};

/** Applies the target language's contractions, keeping the case of what they replace. */
export function contract(text: string, language: TextLanguage): string {
  let out = text;
  for (const [pattern, replacement] of RULES[language] ?? []) {
    out = out.replace(pattern, (match: string, ...groups: unknown[]) => {
      const captured = typeof groups[0] === 'string' ? groups[0] : '';
      const value = replacement.replace('$1', captured);
      return matchCase(value, match);
    });
  }
  return out;
}

function matchCase(value: string, like: string): string {
  const letters = like.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return value.toUpperCase();
  const first = like.charAt(0);
  if (first !== first.toLowerCase()) return value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}
