/**
 * The independent course client (course-client.ts) against the real gateway: first over the fake
 * gossip hub, then over the real gossip service in a small simulated mesh (virtual clock for the
 * mesh, real TCP for the course clients).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { startGossipGateway, type GossipGateway } from '../../relay/src/gossip-gateway/index.ts';
import type { AnnounceOptions, GossipApi, Notification, Subscription, ViewEntry } from '../../web/src/node/gossip/api.ts';
import { GossipSim } from '../sim/gossip-sim.ts';
import { FakeGossipHub } from '../unit/relay/gossip-gateway/fake-gossip.ts';
import { CourseClient } from './course-client.ts';

/** Passes every call through to `inner` and lets the test wait for the gateway's calls. */
class ObservedGossip implements GossipApi {
  readonly calls: string[] = [];
  readonly #inner: GossipApi;
  readonly #waiters = new Set<() => void>();
  readonly #innerOf = new WeakMap<Subscription, Subscription>();

  constructor(inner: GossipApi) {
    this.#inner = inner;
  }

  subscribe(dataType: number, listener: (n: Notification) => void): Subscription {
    this.#record(`subscribe ${dataType}`);
    const inner = this.#inner.subscribe(dataType, listener);
    const outer: Subscription = {
      dataType,
      unsubscribe: () => {
        this.#record(`unsubscribe ${dataType}`);
        inner.unsubscribe();
      },
    };
    this.#innerOf.set(outer, inner);
    return outer;
  }

  announce(ttl: number, dataType: number, data: Uint8Array, options?: AnnounceOptions): string {
    this.#record(`announce ${dataType}`);
    const except = options?.except && this.#innerOf.get(options.except);
    return this.#inner.announce(ttl, dataType, data, except ? { except } : {});
  }

  validate(notificationId: number, valid: boolean): void {
    this.#record(`validate ${valid}`);
    this.#inner.validate(notificationId, valid);
  }

  view(): ViewEntry[] {
    return this.#inner.view();
  }

  /** Resolves once `call` has been made `count` times in all. */
  until(call: string, count = 1): Promise<void> {
    const done = (): boolean => this.calls.filter((c) => c === call).length >= count;
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = (): void => {
        if (!done()) return;
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  #record(call: string): void {
    this.calls.push(call);
    for (const waiter of [...this.#waiters]) waiter();
  }
}

async function gatewayOn(t: TestContext, gossip: GossipApi): Promise<GossipGateway> {
  const gateway = await startGossipGateway({ host: '127.0.0.1', port: 0, gossip });
  t.after(() => gateway.close());
  return gateway;
}

async function client(t: TestContext, gateway: GossipGateway): Promise<CourseClient> {
  const c = await CourseClient.connect('127.0.0.1', gateway.port);
  t.after(() => c.close());
  return c;
}

const text = (s: string): Buffer => Buffer.from(s, 'utf8');

test('course client ↔ gateway ↔ fake hub: subscribe, announce, notification, validation', async (t) => {
  const hub = new FakeGossipHub(2);
  const relay = new ObservedGossip(hub.node(0));
  const gateway = await gatewayOn(t, relay);
  const a = await client(t, gateway);
  const b = await client(t, gateway);
  a.notify(300);
  b.notify(300);
  await relay.until('subscribe 300', 2);

  a.announce(300, text('course says hi'), 4);
  assert.deepEqual(await b.nextNotification(), { messageId: 0, dataType: 300, data: text('course says hi') });
  hub.node(1).announce(0, 300, text('mesh says hi'));
  assert.deepEqual(await a.nextNotification(), { messageId: 0, dataType: 300, data: text('mesh says hi') }, 'A saw nothing of its own');
  assert.deepEqual(await b.nextNotification(), { messageId: 1, dataType: 300, data: text('mesh says hi') });
  b.validate(0, true);
  await relay.until('validate true');
  assert.ok(hub.node(0).events.some((e) => e.kind === 'validate' && e.valid && e.notificationId === 0));

  // A message with a bad size closes that client only.
  const c = await client(t, gateway);
  c.write(Buffer.from('0009 01f5 0000 012c 00'.replace(/ /g, ''), 'hex'));
  await c.closed;
  a.announce(300, text('still works'));
  assert.deepEqual(await b.nextNotification(), { messageId: 2, dataType: 300, data: text('still works') });
});

test('course client ↔ gateway ↔ the real gossip service: only validated rumours spread further', async (t) => {
  // origin (1) — relay (0, the gateway's node) — beyond (2)
  const sim = new GossipSim({ seed: 4, encode: true, latencyMs: () => 10 });
  const [relayNode, originNode, beyondNode] = sim.addNodes(3);
  sim.link(1, 0);
  sim.link(0, 2);
  sim.startAll();
  t.after(() => sim.nodes.forEach((n) => n.gossip.stop()));
  const seenBy = (node: typeof relayNode): string[] => {
    const seen: string[] = [];
    node!.gossip.subscribe(7, (n) => {
      seen.push(Buffer.from(n.data).toString());
      node!.gossip.validate(n.id, true);
    });
    return seen;
  };
  const atOrigin = seenBy(originNode);
  const beyond = seenBy(beyondNode);
  const relay = new ObservedGossip(relayNode!.gossip);
  const gateway = await gatewayOn(t, relay);
  const a = await client(t, gateway);
  const b = await client(t, gateway);
  a.notify(7);
  b.notify(7);
  await relay.until('subscribe 7', 2);

  // A rumour from the mesh waits at the relay for a course client's verdict.
  originNode!.gossip.announce(0, 7, text('m1'));
  await sim.clock.advance(100);
  assert.deepEqual(await a.nextNotification(), { messageId: 0, dataType: 7, data: text('m1') });
  assert.deepEqual(await b.nextNotification(), { messageId: 0, dataType: 7, data: text('m1') });
  await sim.clock.advance(5_000);
  assert.deepEqual(beyond, [], 'not spread before a verdict');
  b.validate(0, true);
  await relay.until('validate true');
  await sim.clock.advance(100);
  assert.deepEqual(beyond, ['m1'], 'spread after VALIDATION valid');

  // The first verdict false drops it.
  originNode!.gossip.announce(0, 7, text('m2'));
  await sim.clock.advance(100);
  assert.equal((await a.nextNotification()).messageId, 1);
  assert.equal((await b.nextNotification()).messageId, 1);
  a.validate(1, false);
  await relay.until('validate false');
  b.validate(1, true);
  await relay.until('validate true', 2);
  await sim.clock.advance(10_000);
  assert.deepEqual(beyond, ['m1'], 'dropped after VALIDATION not valid');

  // A course client's announce: the other client and the whole mesh get it, the sender does not.
  a.announce(7, text('m3'), 0);
  assert.deepEqual(await b.nextNotification(), { messageId: 2, dataType: 7, data: text('m3') });
  await sim.clock.advance(100);
  assert.deepEqual(beyond, ['m1', 'm3']);
  assert.deepEqual(atOrigin, ['m1', 'm2', 'm3']);
  originNode!.gossip.announce(0, 7, text('m4'));
  await sim.clock.advance(100);
  assert.deepEqual(await a.nextNotification(), { messageId: 2, dataType: 7, data: text('m4') }, 'A saw nothing of its own');
  assert.equal((await b.nextNotification()).messageId, 3);

  // A client that leaves without answering: its pending verdict counts as not validated.
  await b.close();
  await a.close();
  await relay.until('unsubscribe 7', 2);
  await sim.clock.advance(40_000);
  assert.deepEqual(beyond, ['m1', 'm3'], 'm4 was never validated');
  assert.equal(gateway.stats().clients, 0);
});
