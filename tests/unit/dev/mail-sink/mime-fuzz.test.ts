/**
 * Fuzz: the dev sink parses whatever an SMTP client hands it. FUZZ_INPUTS random and mutated
 * messages (headers, encoded words, quoted-printable, base64, nested multipart) through
 * subjectOf and textBodyOf: no throw, a string (or null for no text part); the slowest input's
 * time is reported, not asserted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { subjectOf, textBodyOf } from '../../../../scripts/dev/mail-sink/mime.ts';
import { FUZZ_INPUTS, FUZZ_SEED, fuzzRng, mutate, randomBytes, randomInt, randomLength } from '../../../support/fuzz.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s.replace(/\n/g, '\r\n'));

const CORPUS = [
  'Subject: plain\n\nhello\n',
  'Subject: =?UTF-8?B?w5xiZXJzZXR6dW5n?= =?utf-8?q?fertig_=E2=9C=94?=\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nGr=C3=BC=C3=9Fe=\n aus=20Tabmesh\n',
  'Subject: b64\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\nR3L832U=\n',
  'Subject: multi\nContent-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: text/html\n\n<p>x</p>\n--b1\nContent-Type: text/plain\n\ntext part\n--b1--\n',
  'Subject: nested\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n--inner\nContent-Type: text/plain\n\ndeep\n--inner--\n--outer--\n',
  'Subject:\n folded\n\tover lines\nX-Other: y\n\nbody\n',
].map(enc);

test(`fuzz: ${FUZZ_INPUTS} messages through the sink's MIME parser (seed ${FUZZ_SEED})`, (t) => {
  t.diagnostic(`FUZZ_SEED=${FUZZ_SEED}`);
  const rng = fuzzRng();
  let texts = 0;
  let slowest = 0;
  for (let i = 0; i < FUZZ_INPUTS; i++) {
    const input = rng() < 0.1 ? randomBytes(rng, randomLength(rng)) : mutate(CORPUS[randomInt(rng, CORPUS.length - 1)]!, rng, CORPUS);
    const started = performance.now();
    try {
      assert.equal(typeof subjectOf(input), 'string');
      const text = textBodyOf(input);
      assert.ok(text === null || typeof text === 'string');
      if (text !== null) texts++;
    } catch (e) {
      assert.fail(`seed ${FUZZ_SEED}, input ${i} (${Buffer.from(input.subarray(0, 80)).toString('latin1')}…): ${e instanceof Error ? e.stack : String(e)}`);
    }
    slowest = Math.max(slowest, performance.now() - started);
  }
  t.diagnostic(`text parts found in ${texts}; slowest input ${slowest.toFixed(1)} ms`);
  assert.ok(texts > FUZZ_INPUTS / 4, 'most mutants still have a text part');
});
