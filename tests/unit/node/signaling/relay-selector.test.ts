/**
 * RelaySelector with a fake probe on a virtual clock: a probe "takes" its RTT in virtual time, a
 * relay that is down never answers (or refuses), and refreshes are recorded.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import type { IceServer, RelayOffer } from '../../../../web/src/node/signaling/protocol.ts';
import {
  FIRST_CHOICE_WAIT_MS,
  MIN_REFRESH_GAP_MS,
  PROBE_TIMEOUT_MS,
  PROBES_PER_MEASUREMENT,
  REFRESH_RETRY_MS,
  RELAY_LIST_REFRESH_MS,
  REMEASURE_INTERVAL_MS,
  RelaySelector,
} from '../../../../web/src/node/signaling/relay-selector.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const STATIC: IceServer[] = [{ urls: 'stun:stun.test.invalid:3478' }];
const A = Identity.generate().id;
const B = Identity.generate().id;
const C = Identity.generate().id;

function offer(id: string, n: number, credential = 'c0', ttlSeconds = 3600): RelayOffer {
  return { id, urls: [`turn:10.0.0.${n}:3478?transport=udp`], username: `9999999999:${'f'.repeat(64)}`, credential, ttlSeconds };
}

/** What each relay answers: RTTs taken in turn (the last repeats), 'down' (never), or 'refuse'. */
type Behaviour = number[] | 'down' | 'refuse';

function setup(behaviour: Record<string, Behaviour>, options: { refresh?: () => Promise<RelayOffer[]> } = {}) {
  const clock = new VirtualClock();
  const probes: { id: string; credential: string }[] = [];
  const calls = new Map<string, number>();
  const selector = new RelaySelector({
    clock,
    staticIceServers: () => STATIC,
    ...(options.refresh && { refresh: options.refresh }),
    probe: (o, signal) => {
      probes.push({ id: o.id, credential: o.credential });
      const b = behaviour[o.id] ?? 'down';
      if (b === 'refuse') return Promise.reject(new Error('401'));
      if (b === 'down') return new Promise<number>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      const i = calls.get(o.id) ?? 0;
      calls.set(o.id, i + 1);
      const rtt = b[Math.min(i, b.length - 1)] as number;
      return new Promise<number>((resolve) => clock.setTimeout(() => resolve(rtt), rtt));
    },
  });
  let changes = 0;
  selector.onChange(() => changes++);
  return { clock, selector, probes, changes: () => changes };
}

function inUse(selector: RelaySelector): string | undefined {
  const used = selector.rows().filter((r) => r.inUse);
  assert.ok(used.length <= 1, 'at most one relay in use');
  return used[0]?.id;
}

describe('relay selector', () => {
  test('picks the lowest min-of-3 RTT and puts only that relay into the ICE servers', async () => {
    const { clock, selector, probes, changes } = setup({ [A]: [30, 12, 50], [B]: [20, 20, 20], [C]: [25, 40, 16] });
    selector.update([offer(A, 1), offer(B, 2), offer(C, 3)]);
    // Before any result every relay serves new links, provisionally.
    assert.deepEqual(selector.rows().map((r) => [r.state, r.inUse]), [['measuring', true], ['measuring', true], ['measuring', true]]);
    assert.deepEqual(selector.iceServers().slice(1).map((s) => s.urls), [offer(A, 1).urls, offer(B, 2).urls, offer(C, 3).urls]);
    // The first result decides (B answers after 20 ms, A after 30 + 12 ...).
    await clock.advance(60);
    assert.equal(inUse(selector), B);
    await clock.advance(1_000);
    assert.equal(probes.length, 3 * PROBES_PER_MEASUREMENT);
    assert.deepEqual(
      selector.rows().map((r) => [r.id, r.state, r.rttMs, r.inUse]),
      [
        [A, 'ok', 12, true],
        [C, 'ok', 16, false],
        [B, 'ok', 20, false],
      ],
    );
    const a = offer(A, 1);
    assert.deepEqual(selector.iceServers(), [...STATIC, { urls: a.urls, username: a.username, credential: a.credential }]);
    assert.ok(changes() > 0);
    selector.stop();
    assert.equal(clock.pending, 0, 'no timer left behind');
  });

  test('re-measures periodically and when the offers change', async () => {
    const { clock, selector, probes } = setup({ [A]: [10], [B]: [20], [C]: [5] });
    selector.update([offer(A, 1), offer(B, 2)]);
    await clock.advance(1_000);
    assert.equal(probes.length, 6);
    await clock.advance(REMEASURE_INTERVAL_MS - 2_000);
    assert.equal(probes.length, 6, 'nothing before the period');
    await clock.advance(2_000);
    assert.equal(probes.length, 12, 'all again after the period');

    // New credentials for the same relays: the measurements stand.
    selector.update([offer(A, 1, 'c1'), offer(B, 2, 'c1')]);
    await clock.advance(1_000);
    assert.equal(probes.length, 12);
    assert.equal(selector.iceServers().at(-1)?.credential, 'c1', 'the new credential is used at once');

    // A new relay: measured at once, and chosen as the fastest.
    selector.update([offer(A, 1, 'c1'), offer(B, 2, 'c1'), offer(C, 3)]);
    await clock.advance(1_000);
    assert.equal(probes.length, 12 + 9);
    assert.equal(inUse(selector), C);
    // A relay leaving the offers leaves the rows and the ICE servers.
    selector.update([offer(A, 1, 'c1'), offer(B, 2, 'c1')]);
    assert.deepEqual(selector.rows().map((r) => r.id), [A, B]);
    assert.equal(inUse(selector), A);
    selector.stop();
  });

  test('a relay that stops answering is marked unreachable and the next lowest takes over; it comes back when it answers', async () => {
    const behaviour: Record<string, Behaviour> = { [A]: [10], [B]: [20] };
    const { clock, selector } = setup(behaviour);
    selector.update([offer(A, 1), offer(B, 2)]);
    await clock.advance(1_000);
    assert.equal(inUse(selector), A);

    behaviour[A] = 'down';
    await clock.advance(REMEASURE_INTERVAL_MS);
    // Its probes time out one after another; until then the last measurement stands.
    assert.equal(inUse(selector), A);
    await clock.advance(PROBES_PER_MEASUREMENT * PROBE_TIMEOUT_MS);
    assert.deepEqual(
      selector.rows().map((r) => [r.id, r.state, r.rttMs, r.inUse]),
      [
        [B, 'ok', 20, true],
        [A, 'unreachable', undefined, false],
      ],
    );
    assert.deepEqual(selector.iceServers().at(-1)?.urls, offer(B, 2).urls);

    behaviour[A] = [10];
    await clock.advance(REMEASURE_INTERVAL_MS);
    assert.equal(inUse(selector), A, 'clearly faster again');
    selector.stop();
  });

  test('refused probes count as failures too; with every relay unreachable only the static servers remain', async () => {
    const { clock, selector } = setup({ [A]: 'refuse', [B]: 'refuse' });
    selector.update([offer(A, 1), offer(B, 2)]);
    await clock.advance(1_000);
    assert.deepEqual(selector.rows().map((r) => r.state), ['unreachable', 'unreachable']);
    assert.equal(inUse(selector), undefined);
    assert.deepEqual(selector.iceServers(), STATIC);
    selector.stop();
  });

  test('two relays with about equal RTTs do not swap back and forth', async () => {
    const behaviour: Record<string, Behaviour> = { [A]: [10], [B]: [10.5] };
    const { clock, selector } = setup(behaviour);
    selector.update([offer(A, 1), offer(B, 2)]);
    await clock.advance(1_000);
    assert.equal(inUse(selector), A);
    behaviour[A] = [10.6];
    behaviour[B] = [10.2];
    await clock.advance(REMEASURE_INTERVAL_MS);
    assert.equal(selector.rows()[0]?.id, B, 'B ranks first');
    assert.equal(inUse(selector), A, 'but A stays in use: B is not clearly faster');
    behaviour[B] = [5];
    await clock.advance(REMEASURE_INTERVAL_MS);
    assert.equal(inUse(selector), B);
    selector.stop();
  });

  test('credentials are fetched again at half their lifetime; the new ones are used', async () => {
    const ttl = 400; // half of it comes before the periodic list refresh
    let generation = 0;
    const refreshes: number[] = [];
    const clockRef: { clock?: VirtualClock } = {};
    const { clock, selector } = setup(
      { [A]: [10] },
      {
        refresh: async () => {
          refreshes.push(clockRef.clock!.now());
          generation += 1;
          return [offer(A, 1, `c${generation}`, ttl)];
        },
      },
    );
    clockRef.clock = clock;
    const start = clock.now();
    selector.update([offer(A, 1, 'c0', ttl)]);
    await clock.advance((ttl * 1000) / 2 - 1);
    assert.deepEqual(refreshes, []);
    await clock.advance(1);
    assert.deepEqual(refreshes, [start + (ttl * 1000) / 2]);
    assert.equal(selector.iceServers().at(-1)?.credential, 'c1');
    await clock.advance((ttl * 1000) / 2);
    assert.equal(refreshes.length, 2);
    assert.equal(selector.iceServers().at(-1)?.credential, 'c2');
    assert.equal(inUse(selector), A);
    selector.stop();
    assert.equal(clock.pending, 0);
  });

  test('a failed refresh is retried; credentials that expire unrefreshed are dropped', async () => {
    const ttl = 100;
    let fail = true;
    let attempts = 0;
    const { clock, selector } = setup(
      { [A]: [10] },
      {
        refresh: async () => {
          attempts += 1;
          if (fail) throw new Error('signaling down');
          return [offer(A, 1, 'fresh', ttl)];
        },
      },
    );
    selector.update([offer(A, 1, 'c0', ttl)]);
    await clock.advance((ttl * 1000) / 2);
    assert.equal(attempts, 1);
    await clock.advance(REFRESH_RETRY_MS);
    assert.equal(attempts, 2, 'retried');
    await clock.advance((ttl * 1000) / 2 - REFRESH_RETRY_MS);
    assert.deepEqual(selector.rows(), [], 'expired credentials are useless: dropped');
    assert.deepEqual(selector.iceServers(), STATIC);
    fail = false;
    await clock.advance(REFRESH_RETRY_MS);
    assert.equal(selector.iceServers().at(-1)?.credential, 'fresh', 'back once the server answers');
    selector.stop();
  });

  test('without offers the list is still refreshed now and then (new relays), never in a tight loop', async () => {
    let calls = 0;
    const { clock, selector } = setup(
      {},
      {
        refresh: async () => {
          calls += 1;
          // A server handing out the same short-lived credentials every time.
          return [offer(A, 1, 'same', 1)];
        },
      },
    );
    await clock.advance(RELAY_LIST_REFRESH_MS);
    assert.equal(calls, 1);
    await clock.advance(60_000);
    assert.ok(calls <= 60_000 / MIN_REFRESH_GAP_MS + 1, `${calls} refreshes in a minute`);
    selector.stop();
  });

  test('new connections wait briefly for the first choice, not for a dead relay', async () => {
    const { clock, selector } = setup({ [A]: 'down', [B]: [40] });
    assert.deepEqual(selector.iceServersWhenChosen(), STATIC, 'nothing offered: at once');
    selector.update([offer(A, 1), offer(B, 2)]);
    let servers: IceServer[] | undefined;
    const got = (): IceServer[] | undefined => servers;
    void Promise.resolve(selector.iceServersWhenChosen()).then((s) => (servers = s));
    await clock.advance(100);
    assert.equal(got(), undefined, 'B has answered only two probes');
    await clock.advance(20);
    assert.deepEqual(got()?.slice(1).map((s) => s.urls), [offer(B, 2).urls], 'B chosen after its three probes; A, still hanging, left out');
    assert.ok(Array.isArray(selector.iceServersWhenChosen()), 'decided: at once');

    // Nothing reachable within the bound: every relay still being measured, after FIRST_CHOICE_WAIT_MS.
    const slow = setup({ [A]: 'down', [C]: 'down' });
    slow.selector.update([offer(A, 1), offer(C, 3)]);
    let fallback: IceServer[] | undefined;
    const fell = (): IceServer[] | undefined => fallback;
    void Promise.resolve(slow.selector.iceServersWhenChosen()).then((s) => (fallback = s));
    await slow.clock.advance(FIRST_CHOICE_WAIT_MS - 1);
    assert.equal(fell(), undefined);
    await slow.clock.advance(1);
    assert.equal(fell()?.length, 3);
    let stopped: IceServer[] | undefined;
    void Promise.resolve(slow.selector.iceServersWhenChosen()).then((s) => (stopped = s));
    slow.selector.stop();
    await slow.clock.advance(0);
    assert.ok(stopped !== undefined, 'stop() releases waiters');
    assert.equal(slow.clock.pending, 0);
    selector.stop();
  });

  test('stop() ends probes in flight and every timer', async () => {
    const { clock, selector, probes } = setup({ [A]: 'down' }, { refresh: async () => [] });
    selector.update([offer(A, 1)]);
    await clock.advance(100);
    assert.equal(probes.length, 1);
    selector.stop();
    assert.equal(clock.pending, 0);
    await clock.advance(10 * REMEASURE_INTERVAL_MS);
    assert.equal(probes.length, 1);
    selector.update([offer(B, 2)]);
    assert.deepEqual(selector.rows().map((r) => r.id), [A], 'a stopped selector ignores updates');
  });
});
