/**
 * The shared TCP scaffold's new parts on their own (relay/src/tcp-gateway): the read deadlines,
 * the per-client and per-address rates, the throttled reason log. Virtual clock throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientRates, burstOf } from '../../../../relay/src/tcp-gateway/client-rates.ts';
import { RATE_BURST_SECONDS, REASON_LOG_INTERVAL_MS } from '../../../../relay/src/tcp-gateway/constants.ts';
import { ReadDeadlines, readDeadlineOptions, type ReadDeadline } from '../../../../relay/src/tcp-gateway/read-deadlines.ts';
import { ReasonLog } from '../../../../relay/src/tcp-gateway/reason-log.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

function deadlines(clock: VirtualClock, waiting = () => false): { timers: ReadDeadlines; expired: ReadDeadline[] } {
  const expired: ReadDeadline[] = [];
  const timers = new ReadDeadlines({ clock, partialMessageTimeoutMs: 1000, idleTimeoutMs: 5000 }, waiting, (d) => expired.push(d));
  return { timers, expired };
}

test('a message begun has its window from its first byte: trickling more bytes does not extend it', async () => {
  const clock = new VirtualClock(0);
  const { timers, expired } = deadlines(clock);
  timers.afterRead(3, false);
  for (let i = 0; i < 9; i++) {
    await clock.advance(100);
    timers.afterRead(4 + i, false);
  }
  assert.deepEqual(expired, []);
  await clock.advance(99);
  assert.deepEqual(expired, []);
  await clock.advance(1);
  assert.deepEqual(expired, ['partial-message']);
  assert.equal(clock.pending, 0, 'expired: every timer gone');
});

test('each whole message starts the next one’s window; a stream that ends on a boundary has none', async () => {
  const clock = new VirtualClock(0);
  const { timers, expired } = deadlines(clock);
  timers.afterRead(3, false);
  await clock.advance(900);
  timers.afterRead(5, true); // the first message completed, 5 bytes of the next
  await clock.advance(900);
  timers.afterRead(0, true);
  await clock.advance(4999);
  assert.deepEqual(expired, [], 'no partial message left, and the last message 5 s ago less 1 ms');
  await clock.advance(1);
  assert.deepEqual(expired, ['idle'], 'then 5 s without a message');
});

test('idle: a message either way restarts the window; waiting for the gateway is never idle', async () => {
  const clock = new VirtualClock(0);
  let waiting = false;
  const { timers, expired } = deadlines(clock, () => waiting);
  await clock.advance(4000);
  timers.markActive(); // a message went to the client
  await clock.advance(4999);
  assert.deepEqual(expired, []);
  waiting = true;
  await clock.advance(60_000);
  assert.deepEqual(expired, []);
  waiting = false;
  await clock.advance(10_000);
  assert.deepEqual(expired, ['idle']);
});

test('paused by the gateway, neither deadline runs; reading again gives fresh windows', async () => {
  const clock = new VirtualClock(0);
  const { timers, expired } = deadlines(clock);
  timers.afterRead(3, true);
  timers.pause();
  timers.afterRead(3, false);
  assert.equal(clock.pending, 0);
  await clock.advance(60_000);
  timers.resume();
  await clock.advance(999);
  assert.deepEqual(expired, []);
  await clock.advance(1);
  assert.deepEqual(expired, ['partial-message']);
  timers.stop();
  assert.equal(clock.pending, 0);
});

test('deadline options: defaults, and bad values refused by name', () => {
  const options = readDeadlineOptions({});
  assert.deepEqual([options.partialMessageTimeoutMs, options.idleTimeoutMs], [15_000, 120_000]);
  assert.throws(() => readDeadlineOptions({ partialMessageTimeoutMs: 0 }), /partialMessageTimeoutMs/);
  assert.throws(() => readDeadlineOptions({ idleTimeoutMs: 1.5 }), /idleTimeoutMs/);
});

test('rates: a client’s burst, then refused; its address shared; far over its rate, exceeded; time refills', () => {
  const rates = new ClientRates({ perClientPerSecond: 2, perAddressPerSecond: 3, maxClients: 4 });
  const burst = burstOf(2);
  assert.equal(burst, 2 * RATE_BURST_SECONDS);
  const verdicts = (client: number, address: string, n: number, now = 0) => Array.from({ length: n }, () => rates.take(client, address, now));
  assert.deepEqual(verdicts(1, 'a', burst), Array(burst).fill('ok'));
  assert.deepEqual(verdicts(1, 'a', burst), Array(burst).fill('refused'), 'a burst of refusals is tolerated');
  assert.equal(rates.take(1, 'a', 0), 'exceeded', 'then it is too much');
  // Client 2 of the same address has its own bucket but shares the address's (12 - 8 = 4 left).
  assert.deepEqual(verdicts(2, 'a', 5), ['ok', 'ok', 'ok', 'ok', 'refused']);
  assert.equal(rates.take(3, 'b', 0), 'ok', 'another address is unaffected');
  assert.equal(rates.take(1, 'a', 1000), 'ok', 'a second later client 1 may send again');
  assert.throws(() => new ClientRates({ perClientPerSecond: 0, perAddressPerSecond: 1, maxClients: 1 }), /perClientPerSecond/);
});

test('the reason log: one line per reason per interval, then how many were not logged', async () => {
  const clock = new VirtualClock(0);
  const lines: string[] = [];
  const log = new ReasonLog('test gateway', clock, { info: () => {}, warn: (m) => lines.push(m) });
  log.log('idle', 'closed a (idle)');
  log.log('idle', 'closed b (idle)');
  log.log('oversized', 'closed c (oversized)');
  log.log('idle', 'closed d (idle)');
  await clock.advance(REASON_LOG_INTERVAL_MS);
  log.log('idle', 'closed e (idle)');
  assert.deepEqual(lines, [
    'test gateway: closed a (idle)',
    'test gateway: closed c (oversized)',
    'test gateway: closed e (idle) (2 more not logged since)',
  ]);
  new ReasonLog('quiet', clock, undefined).log('idle', 'nobody hears this');
});
