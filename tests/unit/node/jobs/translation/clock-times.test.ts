/** 12-hour English times become the target language's 24-hour form before the lexicon runs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toTwentyFourHour } from '../../../../../web/src/node/jobs/translation/clock-times.ts';
import { LexiconEngine } from '../../../../../web/src/node/jobs/translation/lexicon-engine.ts';

test('AM and PM in their spellings, with and without minutes, per language', () => {
  assert.equal(toTwentyFourHour('8 AM - 6 PM', 'es'), '8:00 - 18:00');
  assert.equal(toTwentyFourHour('Open 10am to 5:30pm', 'it'), 'Open 10:00 to 17:30');
  assert.equal(toTwentyFourHour('from 9 a.m. until 7 p.m.', 'fr'), 'from 9h until 19h');
  assert.equal(toTwentyFourHour('12 AM and 12 PM, 6:45 PM', 'de'), '0 Uhr and 12 Uhr, 18:45 Uhr');
});

test('what is not a 12-hour time is left alone', () => {
  for (const text of ['13 PM', '0 AM', 'Gate 4 amenities', 'I am here', '10.5 pm', 'PM 25', '3 amps']) assert.equal(toTwentyFourHour(text, 'es'), text);
});

test('the lexicon keeps which half of the day a sign means', async () => {
  const r = await new LexiconEngine().translate('NO PARKING\n8 AM - 6 PM\nMONDAY TO FRIDAY', 'en', 'es');
  assert.match(r.text, /8:00 - 18:00/);
});
