/** Adverts count from when their origin sent them: gossip may deliver an old one to a new node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdvertBook, decodeAdvert, encodeAdvert, MAX_CLOCK_SKEW_MS, type JobAdvert } from '../../../../web/src/node/jobs/adverts.ts';
import { ADVERT_INTERVAL_MS, ADVERT_TTL_MS } from '../../../../web/src/node/jobs/constants.ts';

const A = 'a'.repeat(64);
const advert = (sentAt: number, load = 0): JobAdvert => ({ broker: true, ocr: ['eng'], pairs: { 'en-es': 'word' }, load, capacity: 2, sentAt });

test('an advert round-trips; one without sentAt, or with a bad one, is refused', () => {
  const a = advert(1_000);
  assert.deepEqual(decodeAdvert(encodeAdvert(a)), a);
  const { sentAt: _, ...old } = a;
  assert.equal(decodeAdvert(new TextEncoder().encode(JSON.stringify(old))), undefined);
  assert.equal(decodeAdvert(new TextEncoder().encode(JSON.stringify({ ...a, sentAt: -1 }))), undefined);
  assert.equal(decodeAdvert(new TextEncoder().encode(JSON.stringify({ ...a, sentAt: 'now' }))), undefined);
});

test('an advert sent longer ago than the TTL is not taken, however fresh its delivery', () => {
  const book = new AdvertBook();
  const now = 1_000_000;
  book.heard(A, advert(now - ADVERT_TTL_MS - 1), now);
  assert.deepEqual(book.brokers(now), []);
  book.heard(A, advert(now - 1_000), now);
  assert.deepEqual(book.brokers(now), [A]);
  // It expires counting from when it was sent.
  assert.deepEqual(book.brokers(now - 1_000 + ADVERT_TTL_MS + 1), []);
});

test('an older advert never replaces a newer one; a clock far ahead counts from our time', () => {
  const book = new AdvertBook();
  const now = 1_000_000;
  book.heard(A, advert(now - 1_000, 1), now);
  book.heard(A, advert(now - 5_000, 0), now);
  assert.equal(book.live(now)[0]![1].load, 1);
  const ahead = new AdvertBook();
  ahead.heard(A, advert(now + MAX_CLOCK_SKEW_MS + 60_000), now);
  assert.deepEqual(ahead.brokers(now + ADVERT_TTL_MS), [A]);
  assert.deepEqual(ahead.brokers(now + ADVERT_TTL_MS + 1), []);
});

test('a broker that stopped advertising is no longer fresh, though still live until the TTL', () => {
  const book = new AdvertBook();
  const B = 'b'.repeat(64);
  const now = 1_000_000;
  book.heard(A, advert(now), now);
  book.heard(B, advert(now + ADVERT_INTERVAL_MS), now + ADVERT_INTERVAL_MS);
  const later = now + ADVERT_INTERVAL_MS * 2;
  assert.deepEqual(book.brokers(later).sort(), [A, B]);
  assert.deepEqual(book.freshBrokers(later), [B], 'A missed a renewal');
});
