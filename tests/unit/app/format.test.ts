import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNKNOWN, formatAgo, formatBps, formatBytes, formatDuration, formatMs, shortId } from '../../../web/src/app/format.ts';

const ID = 'ab12cd34ef56' + '0'.repeat(52);

test('shortId keeps the first 8 hex characters', () => {
  assert.equal(shortId(ID), 'ab12cd34');
  assert.equal(shortId('abc'), 'abc');
  assert.equal(shortId(ID, 4), 'ab12');
});

test('formatBps uses SI units and trims decimals', () => {
  assert.equal(formatBps(0), '0 B/s');
  assert.equal(formatBps(512), '512 B/s');
  assert.equal(formatBps(999), '999 B/s');
  assert.equal(formatBps(1000), '1 kB/s');
  assert.equal(formatBps(1500), '1.5 kB/s');
  assert.equal(formatBps(45_600), '46 kB/s');
  assert.equal(formatBps(999_960), '1 MB/s');
  assert.equal(formatBps(12_300_000), '12 MB/s');
  assert.equal(formatBps(2.5e9), '2.5 GB/s');
  assert.equal(formatBps(undefined), UNKNOWN);
  assert.equal(formatBps(Number.NaN), UNKNOWN);
});

test('formatBytes', () => {
  assert.equal(formatBytes(65_536), '66 kB');
  assert.equal(formatBytes(1_048_576), '1 MB');
});

test('formatMs shows ms below a second and seconds above', () => {
  assert.equal(formatMs(0.42), '0.4 ms');
  assert.equal(formatMs(3), '3 ms');
  assert.equal(formatMs(42.4), '42 ms');
  assert.equal(formatMs(1250), '1.3 s');
  assert.equal(formatMs(undefined), UNKNOWN);
  assert.equal(formatMs(-1), UNKNOWN);
});

test('formatAgo counts from the given now', () => {
  const now = 1_700_000_000_000;
  assert.equal(formatAgo(now, now), 'just now');
  assert.equal(formatAgo(now + 500, now), 'just now');
  assert.equal(formatAgo(now - 3_400, now), '3 s ago');
  assert.equal(formatAgo(now - 5 * 60_000, now), '5 min ago');
  assert.equal(formatAgo(now - 2 * 3_600_000, now), '2 h ago');
  assert.equal(formatAgo(now - 3 * 86_400_000, now), '3 d ago');
  assert.equal(formatAgo(0, now), 'never');
});

test('formatDuration', () => {
  assert.equal(formatDuration(42_000), '42 s');
  assert.equal(formatDuration(187_000), '3 min 07 s');
  assert.equal(formatDuration(7_387_000), '2 h 03 min 07 s');
  assert.equal(formatDuration(93_780_000), '1 d 02 h 03 min');
  assert.equal(formatDuration(-1), UNKNOWN);
});
