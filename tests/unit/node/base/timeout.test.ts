/** The one deadline of the core (withTimeout) and the pending-request table built on it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { PendingRequests } from '../../../../web/src/node/base/pending-requests.ts';
import { withTimeout } from '../../../../web/src/node/base/timeout.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

test('withTimeout: settles as the call, or times out / aborts even when the call ignores its signal', async () => {
  const clock = new VirtualClock();
  const parent = new AbortController();
  assert.equal(await withTimeout(clock, 100, async () => 'done', { signal: parent.signal }), 'done');
  await assert.rejects(withTimeout(clock, 100, () => Promise.reject(new RangeError('x')), { signal: parent.signal }), RangeError);
  await assert.rejects(withTimeout(clock, 100, () => { throw new RangeError('sync'); }, { signal: parent.signal }), RangeError);
  assert.equal(clock.pending, 0, 'settled calls leave no timer');

  let seen: AbortSignal | undefined;
  const never = withTimeout(clock, 100, (signal) => ((seen = signal), new Promise<never>(() => {})), { signal: parent.signal });
  const timedOut = assert.rejects(never, (e: unknown) => e instanceof TabmeshError && e.code === 'timeout');
  await clock.advance(99);
  assert.equal(seen?.aborted, false);
  await clock.advance(1);
  await timedOut;
  assert.equal(seen?.aborted, true, 'the call was told to stop');

  const gone = withTimeout(clock, 100, () => new Promise<never>(() => {}), { signal: parent.signal });
  parent.abort();
  await assert.rejects(gone, (e: unknown) => e instanceof TabmeshError && e.code === 'aborted');
  let called = false;
  await assert.rejects(
    withTimeout(clock, 100, async () => (called = true), { signal: parent.signal }),
    (e: unknown) => e instanceof TabmeshError && e.code === 'aborted',
  );
  assert.equal(called, false, 'not called for a client already gone');
  assert.equal(clock.pending, 0);
});

test('PendingRequests: an answer settles its waiter, a missing one times out, failAll ends the rest', async () => {
  const clock = new VirtualClock();
  const pending = new PendingRequests<number, string>(clock);
  const answered = pending.wait(1, 100);
  assert.equal(pending.settle(1, 'yes'), true);
  assert.equal(await answered, 'yes');
  assert.equal(pending.settle(1, 'late'), false, 'a late answer finds nobody');
  const silent = assert.rejects(pending.wait(2, 100, 'no reply'), (e: unknown) => e instanceof TabmeshError && e.code === 'timeout' && e.message === 'no reply');
  await clock.advance(100);
  await silent;
  const left = assert.rejects(pending.wait(3, 100), (e: unknown) => e instanceof TabmeshError && e.code === 'closed');
  pending.failAll(new TabmeshError('closed', 'stopping'));
  await left;
  assert.deepEqual([pending.size, clock.pending], [0, 0], 'nothing left behind');
});
