/**
 * The lexicon engine's behaviour, mostly on a small lexicon written here so each rule shows:
 * longest match first, what is carried over as it is, case patterns, plurals, contractions and
 * articles, lazy loading, errors. A few cases run on the shipped lexicons.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../../web/src/node/base/errors.ts';
import { LexiconEngine } from '../../../../../web/src/node/jobs/translation/lexicon-engine.ts';
import { tokenize } from '../../../../../web/src/node/jobs/translation/tokenize.ts';

const ES = [
  'no\tno',
  'parking\taparcamiento',
  'no parking\tprohibido aparcar',
  'no parking at any time\tprohibido aparcar en todo momento',
  'exit\tsalida',
  'emergency exit\tsalida de emergencia',
  'the\tel',
  'of the\tde el',
  'to the\ta el',
  'station\testación',
  'platform\tandén',
  'toilet\taseo',
  'pharmacy\tfarmacia',
  'is\tes',
  'open\tabierto',
  'from\tde',
  'to\ta',
  'monday\tlunes',
  'friday\tviernes',
  'drop off\tdejar',
  'gate\tpuerta',
  'a\tun',
  'fine\tmulta',
  'of\tde',
  'play\tjugar',
  'children\tniños',
  'visit\tvisite',
  'or\to',
  'write to\tescriba a',
  'not\tno',
  'do not enter\tno entrar',
  'dogs\tperros',
  'welcome\tbienvenidos',
  '24 hours\t24 horas',
].join('\n');

const FR = ['the\tle', 'of the\tde le', 'entrance\tentrée', 'exit\tsortie', 'museum\tmusée', 'to the\tà le', 'station\tgare', 'de\tde'].join('\n');
const IT = ['the\til', 'of the\tdi il', 'entrance\tentrata', 'building\tedificio', 'station\tstazione', 'stairs\tscale', 'doors\tporte'].join('\n');
const DE = ['exit\tAusgang', 'emergency exit\tNotausgang', 'no smoking\tRauchen verboten', 'street\tStraße'].join('\n');

function engine(extra: Record<string, () => Promise<string>> = {}): LexiconEngine {
  return new LexiconEngine({ loaders: { 'en-es': async () => ES, 'en-fr': async () => FR, 'en-it': async () => IT, 'en-de': async () => DE, ...extra } });
}

const es = async (text: string): Promise<string> => (await engine().translate(text, 'en', 'es')).text;

test('the result names the lexicon engine at word quality', async () => {
  const e = engine();
  assert.equal(e.name, 'lexicon');
  assert.equal(e.quality, 'word');
  assert.deepEqual(await e.translate('Exit', 'en', 'es'), { text: 'Salida', engine: 'lexicon', quality: 'word' });
});

test('the longest phrase wins: "no parking" before "no" and "parking"', async () => {
  assert.equal(await es('no parking'), 'prohibido aparcar');
  assert.equal(await es('no parking at any time'), 'prohibido aparcar en todo momento');
  assert.equal(await es('no exit'), 'no salida');
  assert.equal(await es('emergency exit'), 'salida de emergencia');
  assert.equal(await es('parking'), 'aparcamiento');
});

test('case patterns carry over: UPPER, Title, lower; mid-sentence names and days keep their own case', async () => {
  assert.equal(await es('NO PARKING'), 'PROHIBIDO APARCAR');
  assert.equal(await es('No parking'), 'Prohibido aparcar');
  assert.equal(await es('Emergency Exit'), 'Salida de emergencia');
  assert.equal(await es('open from Monday to Friday'), 'abierto de lunes a viernes');
  assert.equal((await engine().translate('EMERGENCY EXIT', 'en', 'de')).text, 'NOTAUSGANG');
  assert.equal((await engine().translate('exit', 'en', 'de')).text, 'Ausgang', 'German nouns keep their capital');
  assert.equal((await engine().translate('Street', 'en', 'de')).text, 'Straße');
  assert.equal((await engine().translate('STREET', 'en', 'de')).text, 'STRASSE');
});

test('numbers, times, prices, URLs, e-mail addresses and punctuation stay as they are', async () => {
  assert.equal(await es('Exit 3: 09:30–17:45, £2.50 or €3 (50%)!'), 'Salida 3: 09:30–17:45, £2.50 o €3 (50%)!');
  assert.equal(await es('Visit https://example.com/a?b=1 or www.example.org.'), 'Visite https://example.com/a?b=1 o www.example.org.');
  assert.equal(await es('write to info@station.example.com'), 'escriba a info@station.example.com');
  assert.equal(await es('open 24 hours'), 'abierto 24 horas', 'a number inside a phrase');
  assert.equal(await es('open 12 hours'), 'abierto 12 hours', 'a number alone is kept and does not start a phrase');
  assert.equal(await es('  exit\t\texit  '), '  salida\t\tsalida  ', 'whitespace is kept');
});

test('names (capitalised words not in the lexicon) and acronyms are kept; emphasis in capitals is translated', async () => {
  assert.equal(await es('Victoria Station'), 'Victoria Estación');
  assert.equal(await es('Welcome to the ATM station'), 'Bienvenidos al ATM estación');
  assert.equal(await es('Do NOT enter'), 'No entrar');
  assert.equal(await es('NO PARKING, EXIT'), 'PROHIBIDO APARCAR, SALIDA', 'a line in capitals is text, not acronyms');
  assert.equal(await es('Gate A'), 'Puerta A', 'a one-letter label');
  assert.equal(await es('A fine of 50'), 'Una multa de 50', 'a sentence-initial A before a lower-case word is the article');
});

test('phrases match across a hyphen and across one line break, not across punctuation', async () => {
  assert.equal(await es('drop-off'), 'dejar');
  assert.equal(await es('NO\nPARKING'), 'PROHIBIDO APARCAR');
  assert.equal(await es('no.\nparking'), 'no.\naparcamiento');
  assert.equal(await es('no, parking'), 'no, aparcamiento');
  assert.equal(await es('no\n\nparking'), 'no\n\naparcamiento', 'a blank line separates');
});

test('plurals, possessives and -ing/-ed forms fall back to the base form', async () => {
  assert.equal(await es('platforms'), 'andenes');
  assert.equal(await es('Toilets'), 'Aseos');
  assert.equal(await es('stations'), 'estaciones');
  assert.equal(await es("children's"), 'niños');
  assert.equal(await es('playing'), 'jugar');
  assert.equal(await es('visited'), 'visite');
  assert.equal(await es('xylophones'), 'xylophones', 'unknown words stay');
});

test('articles agree with the noun after them, and prepositions contract with them', async () => {
  assert.equal(await es('the pharmacy'), 'la farmacia');
  assert.equal(await es('the platforms'), 'los andenes');
  assert.equal(await es('the exit of the station'), 'la salida de la estación');
  assert.equal(await es('to the station'), 'a la estación');
  assert.equal(await es('Welcome to the platform'), 'Bienvenidos al andén');
  const fr = async (t: string): Promise<string> => (await engine().translate(t, 'en', 'fr')).text;
  assert.equal(await fr('the entrance of the museum'), "l'entrée du musée");
  assert.equal(await fr('the exit'), 'la sortie');
  const it = async (t: string): Promise<string> => (await engine().translate(t, 'en', 'it')).text;
  assert.equal(await it('the entrance of the building'), "l'entrata dell'edificio");
  assert.equal(await it('the stairs'), 'le scale');
  assert.equal(await it('of the stairs'), 'delle scale');
  assert.equal(await it('of the doors'), 'delle porte');
  assert.equal(await it('The station'), 'La stazione');
});

test('each pair is loaded on first use only, once, and a failed load is tried again', async () => {
  const calls: string[] = [];
  let fail = true;
  const e = new LexiconEngine({
    loaders: {
      'en-es': async () => {
        calls.push('es');
        return ES;
      },
      'en-fr': async () => {
        calls.push('fr');
        if (fail) throw new Error('offline');
        return FR;
      },
    },
  });
  assert.deepEqual(e.pairs(), ['en-es', 'en-fr']);
  assert.deepEqual(calls, []);
  await e.translate('exit', 'en', 'es');
  await e.translate('exit', 'en', 'es');
  assert.deepEqual(calls, ['es']);
  await assert.rejects(e.translate('exit', 'en', 'fr'), /offline/);
  fail = false;
  assert.equal((await e.translate('exit', 'en', 'fr')).text, 'sortie');
  assert.deepEqual(calls, ['es', 'fr', 'fr']);
});

test('an unsupported pair is refused with not-found; an aborted signal with aborted', async () => {
  await assert.rejects(engine().translate('exit', 'es', 'en'), (e: unknown) => e instanceof TabmeshError && e.code === 'not-found');
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(engine().translate('exit', 'en', 'es', { signal: controller.signal }), (e: unknown) => e instanceof TabmeshError && e.code === 'aborted');
});

test('the shipped lexicons: signs in four languages', async () => {
  const e = new LexiconEngine();
  assert.deepEqual([...e.pairs()].sort(), ['en-de', 'en-es', 'en-fr', 'en-it']);
  const cases: [string, Record<'es' | 'fr' | 'it' | 'de', string>][] = [
    ['NO PARKING', { es: 'PROHIBIDO APARCAR', fr: 'STATIONNEMENT INTERDIT', it: 'DIVIETO DI SOSTA', de: 'PARKEN VERBOTEN' }],
    ['Emergency exit', { es: 'Salida de emergencia', fr: 'Sortie de secours', it: 'Uscita di emergenza', de: 'Notausgang' }],
    ['Toilets', { es: 'Aseos', fr: 'Toilettes', it: 'Servizi igienici', de: 'Toiletten' }],
    ['Open Monday to Friday, 9:00-17:30', { es: 'Abierto de lunes a viernes, 9:00-17:30', fr: 'Ouvert du lundi au vendredi, 9:00-17:30', it: 'Aperto dal lunedì al venerdì, 9:00-17:30', de: 'Geöffnet Montag bis Freitag, 9:00-17:30' }],
  ];
  for (const [text, expected] of cases) {
    for (const to of ['es', 'fr', 'it', 'de'] as const) assert.equal((await e.translate(text, 'en', to)).text, expected[to], `${text} → ${to}`);
  }
});

test('tokenize: URLs lose trailing punctuation to the sentence, numbers keep their units', () => {
  assert.deepEqual(
    tokenize('See www.x.com. 10am-5pm, 1st!').map((t) => [t.kind, t.text]),
    [
      ['word', 'See'],
      ['space', ' '],
      ['url', 'www.x.com'],
      ['other', '.'],
      ['space', ' '],
      ['number', '10am'],
      ['other', '-'],
      ['number', '5pm'],
      ['other', ','],
      ['space', ' '],
      ['number', '1st'],
      ['other', '!'],
    ],
  );
});
