import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DhtStats } from '../../../web/src/node/dht/api.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import {
  HEX_PREVIEW_BYTES,
  describeError,
  errorCodeOf,
  expiresIn,
  meanHops,
  optionalPositiveInt,
  parseHexKey,
  previewValue,
  progressPercent,
  resolveKey,
  sniffImage,
} from '../../../web/src/app/dht-format.ts';
import { UNKNOWN } from '../../../web/src/app/format.ts';

const HEX_KEY = 'ab'.repeat(32);
const fakeKeyOf = (name: string): string => `k(${name})`;

test('64 hex characters are the key itself, lowercased and trimmed', () => {
  assert.deepEqual(resolveKey(`  ${HEX_KEY.toUpperCase()} `, fakeKeyOf), { kind: 'hex', key: HEX_KEY });
  assert.equal(parseHexKey(` ${HEX_KEY.toUpperCase()}`), HEX_KEY);
});

test('anything else is a name, hashed by the node’s keyOf', () => {
  assert.deepEqual(resolveKey('my cat', fakeKeyOf), { kind: 'name', name: 'my cat', key: 'k(my cat)' });
  // 63 or 65 hex characters, or 64 with a non-hex one, are names too.
  assert.equal(resolveKey(HEX_KEY.slice(1), fakeKeyOf).kind, 'name');
  assert.equal(resolveKey(`${HEX_KEY}a`, fakeKeyOf).kind, 'name');
  assert.equal(resolveKey(`${HEX_KEY.slice(1)}g`, fakeKeyOf).kind, 'name');
  assert.deepEqual(resolveKey('   ', fakeKeyOf), { kind: 'empty' });
  assert.equal(parseHexKey('my cat'), undefined);
});

test('UTF-8 values read as text', () => {
  assert.deepEqual(previewValue(new TextEncoder().encode('héllo ring\n🙂\ttab')), { kind: 'text', text: 'héllo ring\n🙂\ttab' });
  assert.deepEqual(previewValue(new Uint8Array()), { kind: 'text', text: '' });
});

test('invalid UTF-8 or control bytes show as a hex preview with the byte count', () => {
  const png = Uint8Array.from({ length: 40 }, (_, i) => (i === 0 ? 0x89 : i));
  const preview = previewValue(png);
  assert.equal(preview.kind, 'binary');
  if (preview.kind !== 'binary') return;
  assert.equal(preview.bytes, 40);
  assert.equal(preview.truncated, true);
  assert.equal(preview.hex.split(' ').length, HEX_PREVIEW_BYTES);
  assert.ok(preview.hex.startsWith('89 01 02 03'));
  // Valid UTF-8 but a NUL: not text either.
  assert.deepEqual(previewValue(Uint8Array.of(0x61, 0x00)), { kind: 'binary', hex: '61 00', bytes: 2, truncated: false });
});

test('errors show their TabmeshError code', () => {
  assert.equal(errorCodeOf(new TabmeshError('not-found', 'no replica holds it')), 'not-found');
  assert.equal(describeError(new TabmeshError('not-found', 'no replica holds it')), 'not-found: no replica holds it');
  assert.equal(describeError(new TabmeshError('no-route')), 'no-route');
  // A code carried across a boundary (a plain object) counts too; made-up codes do not.
  assert.equal(describeError({ code: 'hash-mismatch', message: 'chunk 3' }), 'hash-mismatch: chunk 3');
  assert.equal(errorCodeOf({ code: 'nope' }), undefined);
  assert.equal(describeError(new Error('boom')), 'boom');
});

test('mean hops over successful lookups only', () => {
  const stats: DhtStats = {
    lookups: 10,
    lookupFailures: 2,
    hopsTotal: 20,
    maintenanceSent: 0,
    forwarded: 0,
    recordsStored: 0,
    recordsRefused: 0,
    recordsExpired: 0,
  };
  assert.equal(meanHops(stats), '2.5');
  assert.equal(meanHops({ ...stats, lookups: 2 }), UNKNOWN);
  assert.equal(meanHops({ ...stats, lookups: 0, lookupFailures: 0 }), UNKNOWN);
});

test('expiry counts down from the given now', () => {
  assert.equal(expiresIn(10_000 + 242_000, 10_000), 'in 4 min 02 s');
  assert.equal(expiresIn(10_000, 10_000), 'expired');
  assert.equal(expiresIn(5_000, 10_000), 'expired');
  assert.equal(expiresIn(Number.NaN, 10_000), UNKNOWN);
});

test('progress as a clamped whole percentage', () => {
  assert.equal(progressPercent(undefined), 0);
  assert.equal(progressPercent({ done: 0, total: 0, phase: 'put' }), 0);
  assert.equal(progressPercent({ done: 1, total: 3, phase: 'get' }), 33);
  assert.equal(progressPercent({ done: 3, total: 3, phase: 'get' }), 100);
  assert.equal(progressPercent({ done: 5, total: 3, phase: 'get' }), 100);
});

test('optional numeric fields: empty is the default, anything but a positive integer is NaN', () => {
  assert.equal(optionalPositiveInt(null), undefined);
  assert.equal(optionalPositiveInt(' '), undefined);
  assert.equal(optionalPositiveInt('60'), 60);
  assert.ok(Number.isNaN(optionalPositiveInt('0')));
  assert.ok(Number.isNaN(optionalPositiveInt('1.5')));
  assert.ok(Number.isNaN(optionalPositiveInt('-3')));
  assert.ok(Number.isNaN(optionalPositiveInt('ten')));
});

test('images are recognised by their first bytes', () => {
  const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
  assert.equal(sniffImage(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.type, 'image/png');
  assert.equal(sniffImage(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))?.extension, 'jpg');
  assert.equal(sniffImage(Uint8Array.from(ascii('GIF89a')))?.type, 'image/gif');
  assert.equal(sniffImage(Uint8Array.from([...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBPVP8 ')]))?.type, 'image/webp');
  assert.equal(sniffImage(Uint8Array.from([...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVEfmt ')])), undefined);
  assert.equal(sniffImage(Uint8Array.from([0, 0, 0, 0x1c, ...ascii('ftypavif')]))?.type, 'image/avif');
  assert.equal(sniffImage(new TextEncoder().encode('hello')), undefined);
  assert.equal(sniffImage(Uint8Array.of(0x89, 0x50)), undefined);
});
