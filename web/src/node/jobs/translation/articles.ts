/**
 * Articles that agree with the noun after them. The lexicon renders "the" and "a" once per
 * language (el, le, il; un); here the rendering is fixed up by the noun the article ended up in
 * front of, guessing its gender from its ending: "el farmacia" → "la farmacia", "le sortie" →
 * "la sortie", "il stazione"... stays (-e tells nothing), "il scala" → "la scala", "i porte" →
 * "le porte". A guess: endings are right for most nouns on signs, and the rest stays as it was.
 * German genders cannot be told from endings well enough; German is left alone.
 */
import type { TextLanguage } from '../engines.ts';

type Agree = (article: string, noun: string) => string | undefined;

/** Spanish nouns in -a that are masculine, and feminine nouns in stressed a- that take "el". */
const ES_MASCULINE_A = new Set(['día', 'mapa', 'problema', 'sistema', 'programa', 'idioma', 'tema', 'clima', 'planeta', 'sofá', 'esquema', 'pijama', 'aroma', 'drama', 'telegrama', 'panorama']);
const ES_EL_FEMININE = new Set(['agua', 'aula', 'área', 'arma', 'alma', 'hambre', 'águila', 'hacha']);
const ES_FEMININE = /(?:a|ión|dad|tad|tud|umbre|ie|sis)$/u;

const FR_FEMININE = /(?:tion|sion|té|ette|ure|ance|ence|ie|ée|ique|elle|esse|ine|ude|ise|ade|ière|aison|erie|ille|ite|ue|one|ème|orte|ace)$/u;
const FR_MASCULINE = new Set(['musée', 'lycée', 'parapluie', 'incendie', 'génie', 'magazine', 'problème', 'système', 'programme', 'thème', 'chemise', 'groupe', 'site', 'rite', 'ascenseur', 'carrefour', 'bâtiment', 'service', 'office', 'silence', 'espace']);

const IT_MASCULINE_A = new Set(['problema', 'sistema', 'programma', 'tema', 'clima', 'cinema', 'pigiama', 'panorama', 'diploma', 'papa']);
const IT_FEMININE = /(?:a|zione|sione|tà|tù|ie)$/u;
/** Italian: lo, uno, gli before s + consonant, z, gn, ps, x, y. */
const IT_IMPURE = /^(?:s[^aeiouàèéìòù]|z|gn|ps|x|y)/u;
const IT_VOWEL = /^[aeiouàèéìòùh]/u;

function spanishFeminine(noun: string): boolean {
  return !ES_MASCULINE_A.has(noun) && ES_FEMININE.test(noun);
}

const AGREE: Partial<Record<TextLanguage, Agree>> = {
  es: (article, noun) => {
    const singular = noun.replace(/(?:es|s)$/u, '');
    switch (article) {
      case 'el':
        return spanishFeminine(noun) && !ES_EL_FEMININE.has(noun) ? 'la' : undefined;
      case 'un':
        return spanishFeminine(noun) && !ES_EL_FEMININE.has(noun) ? 'una' : undefined;
      case 'este':
        return spanishFeminine(noun) ? 'esta' : undefined;
      case 'los':
        return noun.endsWith('as') || /(?:iones|dades|tades|tudes)$/u.test(noun) ? (spanishFeminine(singular) || noun.endsWith('as') ? 'las' : undefined) : undefined;
      default:
        return undefined;
    }
  },
  fr: (article, noun) => {
    const feminine = FR_FEMININE.test(noun) && !FR_MASCULINE.has(noun);
    switch (article) {
      case 'le':
        return feminine ? 'la' : undefined;
      case 'un':
        return feminine ? 'une' : undefined;
      case 'ce':
        return feminine ? 'cette' : /^[aeiouyéèêh]/u.test(noun) ? 'cet' : undefined;
      default:
        return undefined;
    }
  },
  it: (article, noun) => {
    const feminine = IT_FEMININE.test(noun) && !IT_MASCULINE_A.has(noun);
    switch (article) {
      case 'il':
        return feminine ? 'la' : IT_IMPURE.test(noun) ? 'lo' : undefined;
      case 'un':
        return feminine ? 'una' : IT_IMPURE.test(noun) ? 'uno' : undefined;
      case 'questo':
        return feminine ? 'questa' : undefined;
      case 'i':
        return noun.endsWith('e') || /(?:zioni|sioni)$/u.test(noun) ? 'le' : IT_VOWEL.test(noun) || IT_IMPURE.test(noun) ? 'gli' : undefined;
      default:
        return undefined;
    }
  },
};

const ARTICLE = /(?<![\p{L}'’])(el|un|este|los|le|ce|il|questo|i)(\s+)(\p{L}[\p{L}'’-]*)/giu;

export function agreeArticles(text: string, language: TextLanguage): string {
  const agree = AGREE[language];
  if (!agree) return text;
  return text.replace(ARTICLE, (match: string, article: string, space: string, noun: string) => {
    const replacement = agree(article.toLowerCase(), noun.toLowerCase());
    if (replacement === undefined) return match;
    return `${withCaseOf(replacement, article)}${space}${noun}`;
  });
}

function withCaseOf(value: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return value.toUpperCase();
  if (like.charAt(0) !== like.charAt(0).toLowerCase()) return value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}

/**
 * English determiners whose rendering changes before a plural noun ("the toilets" → "los aseos").
 * Keys are lexicon keys. Renderings are uncontracted, as in the lexicon ("di i"), so that
 * agreeArticles can still choose the article ("di le scale") before contract() joins them ("delle scale").
 */
export const PLURAL_DETERMINERS: Readonly<Record<string, Readonly<Partial<Record<TextLanguage, string>>>>> = {
  the: { es: 'los', fr: 'les', it: 'i', de: 'die' },
  'of the': { es: 'de los', fr: 'de les', it: 'di i', de: 'der' },
  'to the': { es: 'a los', fr: 'à les', it: 'a i', de: 'zu den' },
  'in the': { es: 'en los', fr: 'dans les', it: 'in i', de: 'in den' },
  'on the': { es: 'en los', fr: 'sur les', it: 'su i', de: 'auf den' },
  'at the': { es: 'en los', fr: 'à les', it: 'a i', de: 'an den' },
  'for the': { es: 'para los', fr: 'pour les', it: 'per i', de: 'für die' },
  'from the': { es: 'de los', fr: 'de les', it: 'da i', de: 'von den' },
  'with the': { es: 'con los', fr: 'avec les', it: 'con i', de: 'mit den' },
  'by the': { es: 'por los', fr: 'par les', it: 'da i', de: 'von den' },
  'and the': { es: 'y los', fr: 'et les', it: 'e i', de: 'und die' },
  'near the': { es: 'cerca de los', fr: 'près de les', it: 'vicino a i', de: 'in der Nähe der' },
  'all the': { es: 'todos los', fr: 'tous les', it: 'tutti i', de: 'alle' },
  all: { es: 'todos los', fr: 'tous les', it: 'tutti i', de: 'alle' },
  this: { es: 'estos', fr: 'ces', it: 'questi', de: 'diese' },
};

/** English plurals that do not end in -s. */
export const IRREGULAR_PLURALS = new Set(['children', 'people', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'sheep', 'staff', 'police', 'cattle']);
