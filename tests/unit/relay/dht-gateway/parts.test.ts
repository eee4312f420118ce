/**
 * The DHT gateway's parts without sockets: the per-client request queue, the deadline, the
 * connection limits and the mapping of a course PUT onto DhtApi options.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { addressKey, ConnectionLimits } from '../../../../relay/src/tcp-gateway/connection-limits.ts';
import { RequestQueue } from '../../../../relay/src/dht-gateway/request-queue.ts';
import { keyHex, putOptions } from '../../../../relay/src/dht-gateway/requests.ts';

/** A job the test finishes by hand; `log` records starts and ends. */
function manualJobs() {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
  const job = (name: string) => () =>
    new Promise<void>((resolve) => {
      log.push(`start ${name}`);
      finish.set(name, () => {
        log.push(`end ${name}`);
        resolve();
      });
    });
  const end = async (name: string): Promise<void> => {
    const f = finish.get(name);
    if (!f) throw new Error(`${name} has not started`);
    finish.delete(name);
    f();
    for (let i = 0; i < 5; i++) await Promise.resolve(); // let the queue see it
  };
  return { log, job, end };
}

test('RequestQueue: at most maxInFlight run; the rest wait in order; backlog is signalled once each way', async () => {
  const backlog: boolean[] = [];
  const queue = new RequestQueue(2, (waiting) => backlog.push(waiting));
  const { log, job, end } = manualJobs();
  for (const name of ['a', 'b', 'c', 'd']) queue.add(name, job(name));
  assert.deepEqual(log, ['start a', 'start b']);
  assert.deepEqual([queue.inFlight, queue.waiting], [2, 2]);
  assert.deepEqual(backlog, [true]);
  await end('b');
  assert.deepEqual(log.slice(2), ['end b', 'start c']);
  assert.deepEqual(backlog, [true]);
  await end('a');
  assert.deepEqual(log.slice(4), ['end a', 'start d']);
  assert.deepEqual(backlog, [true, false]);
  const idle = queue.whenIdle();
  await end('c');
  await end('d');
  await idle;
  assert.ok(queue.idle);
});

test('RequestQueue: one key runs in arrival order, other keys pass it', async () => {
  const queue = new RequestQueue(10, () => {});
  const { log, job, end } = manualJobs();
  queue.add('k', job('k1'));
  queue.add('k', job('k2'));
  queue.add('x', job('x1'));
  queue.add('k', job('k3'));
  assert.deepEqual(log, ['start k1', 'start x1']);
  assert.equal(queue.inFlight, 4, 'requests behind their key hold a place');
  await end('x1');
  await end('k1');
  assert.deepEqual(log.slice(2), ['end x1', 'end k1', 'start k2']);
  await end('k2');
  await end('k3');
  assert.deepEqual(log.slice(5), ['end k2', 'start k3', 'end k3']);
  assert.ok(queue.idle);
});

test('RequestQueue: a failing job does not stop its key; clear() drops the waiting and refuses new ones', async () => {
  const queue = new RequestQueue(1, () => {});
  const ran: string[] = [];
  queue.add('k', () => Promise.reject(new Error('boom')));
  queue.add('k', async () => {
    ran.push('after the failure');
  });
  await queue.whenIdle();
  assert.deepEqual(ran, ['after the failure']);

  const { log, job, end } = manualJobs();
  queue.add('a', job('a'));
  queue.add('b', job('b'));
  queue.clear();
  queue.add('c', job('c'));
  await end('a');
  await queue.whenIdle();
  assert.deepEqual(log, ['start a', 'end a']);
  assert.throws(() => new RequestQueue(0, () => {}), (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field');
});

test('ConnectionLimits: per address (IPv4-mapped counts as IPv4) and in total, each refusal with its reason', () => {
  const limits = new ConnectionLimits(3, 2);
  const a1 = limits.admit('10.0.0.1');
  const a2 = limits.admit('::ffff:10.0.0.1');
  assert.deepEqual([a1, a2], [{ address: '10.0.0.1' }, { address: '10.0.0.1' }]);
  assert.deepEqual(limits.admit('10.0.0.1'), { refused: 'per-address' }, 'third from one address');
  assert.deepEqual(limits.admit('FE80::1'), { address: 'fe80::1' });
  assert.deepEqual(limits.admit('10.0.0.2'), { refused: 'capacity' }, 'total reached');
  assert.equal(limits.admit(undefined), undefined, 'no address: the connection is already gone');
  limits.release('10.0.0.1');
  assert.equal(limits.total, 2);
  assert.deepEqual(limits.admit('10.0.0.2'), { address: '10.0.0.2' });
  assert.equal(addressKey('::FFFF:1.2.3.4'), '1.2.3.4');
  assert.equal(addressKey('::ffff:a00:1'), '::ffff:a00:1', 'hex-written mapped addresses stay as they are');
  assert.throws(() => new ConnectionLimits(0, 1), (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field');
});

test('a course PUT maps onto DhtApi options: 0 means the default, never re-published', () => {
  assert.deepEqual(putOptions({ ttl: 0, replication: 0 }), { republish: false });
  assert.deepEqual(putOptions({ ttl: 600, replication: 0 }), { ttl: 600, republish: false });
  assert.deepEqual(putOptions({ ttl: 0, replication: 5 }), { replication: 5, republish: false });
  const signal = new AbortController().signal;
  assert.deepEqual(putOptions({ ttl: 65_535, replication: 255 }, signal), { ttl: 65_535, replication: 255, republish: false, signal });
  const key = Uint8Array.from({ length: 40 }, (_, i) => i);
  assert.equal(keyHex(key.subarray(4, 36)), Buffer.from(key.subarray(4, 36)).toString('hex'));
  assert.match(keyHex(new Uint8Array(32).fill(0xab)), /^(ab){32}$/);
});
