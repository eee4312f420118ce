/** The gateway's parts on their own: local message ids and the one-message-per-write queue. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientWriter, type WriteSink } from '../../../../relay/src/tcp-gateway/client-writer.ts';
import { PendingValidations } from '../../../../relay/src/gossip-gateway/pending-validations.ts';
import { LOCAL_ID_SPACE, MIN_MAX_QUEUE_BYTES } from '../../../../relay/src/gossip-gateway/constants.ts';

test('local ids count up from 0, wrap after 65 535 and skip ids still awaited', () => {
  const pending = new PendingValidations(LOCAL_ID_SPACE - 1);
  assert.deepEqual([0, 1, 2].map((n) => pending.add(100 + n).localId), [0, 1, 2]);
  // Answer everything but id 1; then run the counter round to the wrap.
  assert.equal(pending.take(0), 100);
  assert.equal(pending.take(2), 102);
  for (let id = 3; id < LOCAL_ID_SPACE; id++) {
    assert.equal(pending.add(id).localId, id);
    pending.take(id);
  }
  assert.equal(pending.add(7).localId, 0, 'wraps to 0');
  assert.equal(pending.add(8).localId, 2, 'skips 1, still awaited');
  assert.equal(pending.take(1), 101);
  assert.equal(pending.take(1), undefined, 'an answered id is no longer awaited');
  assert.equal(pending.take(12345), undefined);
});

test('past the bound the oldest awaited notification is evicted, and its id is not reused before the wrap', () => {
  const pending = new PendingValidations(3);
  assert.deepEqual([pending.add(10), pending.add(11), pending.add(12)], [{ localId: 0 }, { localId: 1 }, { localId: 2 }]);
  assert.deepEqual(pending.add(13), { localId: 3, evicted: 10 });
  assert.deepEqual(pending.add(14), { localId: 4, evicted: 11 });
  assert.equal(pending.size, 3);
  assert.equal(pending.take(0), undefined);
  assert.equal(pending.take(2), 12);
  assert.deepEqual(pending.add(15), { localId: 5 });
  assert.throws(() => new PendingValidations(LOCAL_ID_SPACE), /not in 1\.\./);
  assert.throws(() => new PendingValidations(0), /not in 1\.\./);
});

/** A sink whose writes complete only when the test says so. */
class ManualSink implements WriteSink {
  destroyed = false;
  readonly writes: Uint8Array[] = [];
  readonly #callbacks: ((error?: Error | null) => void)[] = [];
  write(chunk: Uint8Array, callback: (error?: Error | null) => void): boolean {
    this.writes.push(chunk);
    this.#callbacks.push(callback);
    return true;
  }
  complete(error?: Error): void {
    const callback = this.#callbacks.shift();
    assert.ok(callback, 'no write in flight');
    callback(error ?? null);
  }
  get inFlight(): number {
    return this.#callbacks.length;
  }
}

const message = (n: number, fill: number): Uint8Array => new Uint8Array(n).fill(fill);

test('the writer hands over one message at a time, the next only after the last completed', () => {
  const sink = new ManualSink();
  let counted = 0;
  const writer = new ClientWriter(sink, MIN_MAX_QUEUE_BYTES, () => counted++);
  for (let i = 1; i <= 4; i++) assert.equal(writer.enqueue(message(10, i)), true);
  assert.equal(sink.writes.length, 1);
  assert.equal(sink.inFlight, 1);
  assert.equal(writer.queuedBytes, 40);
  for (let i = 2; i <= 4; i++) {
    sink.complete();
    assert.equal(sink.writes.length, i);
    assert.equal(sink.inFlight, 1);
  }
  sink.complete();
  assert.equal(sink.inFlight, 0);
  assert.equal(writer.queuedBytes, 0);
  assert.deepEqual(
    sink.writes.map((w) => [w.length, w[0]]),
    [[10, 1], [10, 2], [10, 3], [10, 4]],
  );
  assert.equal(counted, 4);
  assert.equal(writer.written, 4);
});

test('the queue bound counts the write in flight; a message that would pass it is refused', () => {
  const sink = new ManualSink();
  const writer = new ClientWriter(sink, MIN_MAX_QUEUE_BYTES);
  assert.equal(writer.enqueue(message(MIN_MAX_QUEUE_BYTES - 100, 1)), true); // in flight
  assert.equal(writer.enqueue(message(60, 2)), true);
  assert.equal(writer.enqueue(message(41, 3)), false, 'one byte over');
  assert.equal(writer.enqueue(message(40, 4)), true, 'exactly full');
  assert.equal(writer.queuedBytes, MIN_MAX_QUEUE_BYTES);
  sink.complete();
  assert.equal(writer.enqueue(message(41, 5)), true, 'room again once the write completed');
  assert.throws(() => new ClientWriter(sink, MIN_MAX_QUEUE_BYTES - 1), /below one max message/);
});

test('a failed write or a destroyed sink stops the writer', () => {
  const sink = new ManualSink();
  const writer = new ClientWriter(sink, MIN_MAX_QUEUE_BYTES);
  writer.enqueue(message(4, 1));
  writer.enqueue(message(4, 2));
  sink.complete(new Error('EPIPE'));
  assert.equal(sink.writes.length, 1);
  sink.destroyed = true;
  writer.enqueue(message(4, 3));
  assert.equal(sink.writes.length, 1);
});

test('a long queue is drained in order (the array is compacted on the way)', () => {
  const sink = new ManualSink();
  const writer = new ClientWriter(sink, 8 * MIN_MAX_QUEUE_BYTES);
  const n = 5000;
  for (let i = 0; i < n; i++) writer.enqueue(Uint8Array.of(i >> 8, i & 0xff));
  for (let i = 0; i < n; i++) sink.complete();
  assert.equal(sink.writes.length, n);
  assert.ok(sink.writes.every((w, i) => ((w[0]! << 8) | w[1]!) === i));
  assert.equal(writer.queuedBytes, 0);
});
