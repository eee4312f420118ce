import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeEncodedWords,
  decodeQuotedPrintable,
  parseEntity,
  parseParams,
  subjectOf,
  textBodyOf,
} from '../../../../scripts/dev/mail-sink/mime.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

test('headers unfold: the line break before a space or tab goes, the whitespace stays', () => {
  const entity = parseEntity('Subject: a long\r\n subject\r\n\tline\r\nX-Other: 1\r\n\r\nbody');
  assert.deepEqual(entity.headers, [
    { name: 'subject', value: 'a long subject\tline' },
    { name: 'x-other', value: '1' },
  ]);
  assert.equal(entity.body, 'body');
});

test('bare LF messages and messages without a body parse too', () => {
  assert.equal(parseEntity('Subject: x\n\nhello\n').body, 'hello\n');
  assert.deepEqual(parseEntity('Subject: only headers').headers, [{ name: 'subject', value: 'only headers' }]);
  assert.equal(parseEntity('\r\njust a body').body, 'just a body');
});

test('encoded-words: B and Q, charsets, adjacent words joined, plain text kept', () => {
  assert.equal(decodeEncodedWords('=?utf-8?B?w5xiZXJzZXR6dW5n?='), 'Übersetzung');
  assert.equal(decodeEncodedWords('=?UTF-8?Q?Caf=C3=A9_au_lait?='), 'Café au lait');
  assert.equal(decodeEncodedWords('=?iso-8859-1?Q?caf=E9?='), 'café');
  assert.equal(decodeEncodedWords('Re: =?utf-8?Q?a?= =?utf-8?Q?b?= end'), 'Re: ab end');
  // A character split across two words (bytes C3 | A9) survives.
  assert.equal(decodeEncodedWords('=?utf-8?Q?caf=C3?=\r\n =?utf-8?Q?=A9?='), 'café');
  assert.equal(decodeEncodedWords('=?utf-8*en?Q?hi?='), 'hi');
  assert.equal(decodeEncodedWords('no words here'), 'no words here');
  assert.equal(decodeEncodedWords('=?unknown-charset?Q?ok?='), 'ok');
});

test('subjectOf unfolds and decodes', () => {
  const raw = 'From: a@b.c\r\nSubject: =?utf-8?B?w5xiZXI=?=\r\n =?utf-8?B?c2V0enVuZw==?= done\r\n\r\nx';
  assert.equal(subjectOf(bytes(raw)), 'Übersetzung done');
  assert.equal(subjectOf(bytes('From: a@b.c\r\n\r\nSubject: in body')), '');
});

test('parseParams: quoted values, case, escapes', () => {
  const p = parseParams('Multipart/Alternative; Boundary="--=_a;b"; charset=UTF-8; name="x\\"y"');
  assert.equal(p.value, 'multipart/alternative');
  assert.equal(p.params.boundary, '--=_a;b');
  assert.equal(p.params.charset, 'UTF-8');
  assert.equal(p.params.name, 'x"y');
});

test('quoted-printable: soft breaks, escapes, trailing whitespace', () => {
  const decoded = decodeQuotedPrintable(latin1('caf=C3=A9 =\r\nau lait   \r\nline 2='));
  assert.equal(new TextDecoder().decode(decoded), 'café au lait\r\nline 2');
});

test('text body: plain, quoted-printable, base64, multipart/alternative, nested, none', () => {
  assert.equal(textBodyOf(bytes('Subject: x\r\n\r\nhello\r\nworld')), 'hello\nworld');
  assert.equal(
    textBodyOf(bytes('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe')),
    'Grüße',
  );
  assert.equal(
    textBodyOf(bytes('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nR3LDvMOfZQ==\r\n')),
    'Grüße',
  );
  const alternative = [
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    'preamble',
    '--b1',
    'Content-Type: text/html',
    '',
    '<p>html</p>',
    '--b1',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'caf=E9',
    '--b1--',
    'epilogue',
  ].join('\r\n');
  assert.equal(textBodyOf(bytes(alternative)), 'café');
  const mixed = [
    'Content-Type: multipart/mixed; boundary=outer',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary=inner',
    '',
    '--inner',
    'Content-Type: text/plain',
    '',
    'nested text',
    '--inner--',
    '--outer',
    'Content-Type: text/plain',
    'Content-Disposition: attachment; filename=a.txt',
    '',
    'attachment',
    '--outer--',
  ].join('\r\n');
  assert.equal(textBodyOf(bytes(mixed)), 'nested text');
  assert.equal(textBodyOf(bytes('Content-Type: text/html\r\n\r\n<p>x</p>')), null);
  assert.equal(textBodyOf(bytes('Content-Type: multipart/mixed\r\n\r\nno boundary')), null);
});
