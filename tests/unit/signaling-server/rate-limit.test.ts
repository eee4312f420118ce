import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVENT_LIMITS, RateLimiter, TokenBucket } from '../../../signaling-server/src/rate-limit.ts';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('a bucket allows its burst, then refills at its rate up to capacity', () => {
  const c = clock();
  const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2 }, c.now);
  assert.deepEqual([bucket.take(), bucket.take(), bucket.take(), bucket.take()], [true, true, true, false]);
  c.advance(499);
  assert.equal(bucket.take(), false, 'not yet one token');
  c.advance(1);
  assert.equal(bucket.take(), true);
  c.advance(60_000);
  assert.equal(bucket.tokens, 3, 'capped at capacity');
});

test('a clock going backwards does not mint tokens', () => {
  const c = clock();
  const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1 }, c.now);
  assert.equal(bucket.take(), true);
  c.advance(-10_000);
  assert.equal(bucket.take(), false);
});

test('the limiter keeps one bucket per event', () => {
  const c = clock();
  const limiter = new RateLimiter(EVENT_LIMITS, c.now);
  for (let i = 0; i < EVENT_LIMITS.register.capacity; i++) assert.equal(limiter.allow('register'), true);
  assert.equal(limiter.allow('register'), false);
  assert.equal(limiter.allow('signal'), true, 'other events are unaffected');
  c.advance(6_000);
  assert.equal(limiter.allow('register'), true, 'register refills at 10/min');
  assert.equal(limiter.allow('register'), false);
});

test('signal sustains 20/s after its burst of 60', () => {
  const c = clock();
  const limiter = new RateLimiter(EVENT_LIMITS, c.now);
  let allowed = 0;
  for (let i = 0; i < 100; i++) if (limiter.allow('signal')) allowed++;
  assert.equal(allowed, 60);
  c.advance(1_000);
  allowed = 0;
  for (let i = 0; i < 100; i++) if (limiter.allow('signal')) allowed++;
  assert.equal(allowed, 20);
});
