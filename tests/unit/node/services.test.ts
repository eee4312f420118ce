/**
 * The service seam on a real TabmeshNode (in-memory transport, virtual clock): services start in
 * order before the first link, stop in reverse before the byes and within a bound, their
 * registries get exactly their own type numbers, and a type nobody claimed costs the link nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SERVICE_STOP_BOUND_MS } from '../../../web/src/node/node.ts';
import { Lifecycle, type Service, type ServiceChannel, type ServicePort, type ServiceState } from '../../../web/src/node/service.ts';
import { defineRegistry, type RegistryMessage } from '../../../web/src/node/wire/registry.ts';
import { defineMessage, str, u32 } from '../../../web/src/node/wire/schema.ts';
import { encodeFrame } from '../../../web/src/node/wire/frame.ts';
import { MESSAGE_TYPE } from '../../../web/src/node/wire/constants.ts';
import { createSwarm } from '../../support/swarm.ts';

/** A registry at numbers no real layer uses (the one table stops at 1210). */
const echo = defineMessage({ type: 64_000, name: 'echo', fields: [['n', u32]] });
const note = defineMessage({ type: 64_001, name: 'note', fields: [['text', str(100)]] });
const ECHO = defineRegistry('echo', { echo, note });
type EchoMessage = RegistryMessage<typeof ECHO>;

/** Records its lifecycle in `log`; answers echo with note. */
class EchoService implements Service {
  readonly name: string;
  readonly received: string[] = [];
  readonly #life = new Lifecycle<true>();
  readonly #log: string[];
  readonly #stop: () => Promise<void> | void;
  channel: ServiceChannel<EchoMessage> | undefined;
  port: ServicePort | undefined;

  constructor(name: string, log: string[], stop: () => Promise<void> | void = () => undefined) {
    this.name = name;
    this.#log = log;
    this.#stop = stop;
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  attach(port: ServicePort): void {
    this.port = port;
    this.#log.push(`${this.name} attach`);
    this.channel = port.register(ECHO, {
      echo: (msg, link) => this.channel?.send(link.remoteId, { kind: 'note', text: `echo ${msg.n}` }),
      note: (msg) => void this.received.push(msg.text),
    });
  }

  start(): void {
    this.#log.push(`${this.name} start (links ${this.port?.links().length})`);
    this.#life.start(() => true);
  }

  stop(): Promise<void> | void {
    this.#log.push(`${this.name} stop (links ${this.port?.links().length})`);
    this.#life.stop();
    return this.#stop();
  }
}

/** Claims nothing: only watches the lifecycle. */
class Watcher implements Service {
  readonly name: string;
  readonly #life = new Lifecycle<true>();
  readonly #log: string[];
  readonly #stop: () => Promise<void> | void;

  constructor(name: string, log: string[], stop: () => Promise<void> | void = () => undefined) {
    this.name = name;
    this.#log = log;
    this.#stop = stop;
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  attach(): void {
    this.#log.push(`${this.name} attach`);
  }

  start(): void {
    this.#log.push(`${this.name} start`);
    this.#life.start(() => true);
  }

  stop(): Promise<void> | void {
    this.#log.push(`${this.name} stop`);
    this.#life.stop();
    return this.#stop();
  }
}

test('services attach on use, start in order before any link, stop in reverse while the links are up', async () => {
  const log: string[] = [];
  const swarm = await createSwarm(0, { node: { targetDegree: 1 } });
  const other = await swarm.add(['interface'], [new EchoService('remote', [])]);
  const first = new EchoService('first', log);
  const second = new Watcher('second', log);
  const node = await swarm.add(['interface'], [first, second]);
  assert.deepEqual(log, ['first attach', 'second attach', 'first start (links 0)', 'second start']);
  assert.equal(node.lifecycle, 'running');
  await swarm.clock.runUntil(() => node.manager.link(other.id) !== undefined, 10_000, 10);

  first.channel?.send(other.id, { kind: 'echo', n: 7 });
  await swarm.clock.runUntil(() => first.received.length === 1, 1_000, 10);
  assert.deepEqual(first.received, ['echo 7']);

  log.length = 0;
  await swarm.stopAll();
  assert.deepEqual(log, ['second stop', 'first stop (links 1)'], 'reverse order, before the byes close the links');
  assert.deepEqual([node.lifecycle, first.state, second.state], ['stopped', 'stopped', 'stopped']);
  assert.throws(() => node.use(new Watcher('late', log)), /before the node starts/);
});

test('a service that hangs or throws on stop costs the node at most the bound, and is reported', async () => {
  const log: string[] = [];
  const errors: string[] = [];
  const swarm = await createSwarm(0, { node: { onServiceError: (name, error) => errors.push(`${name}: ${String(error)}`) } });
  const hanging = new Watcher('hanging', log, () => new Promise<void>(() => {}));
  const failing = new Watcher('failing', log, () => Promise.reject(new Error('boom')));
  const node = await swarm.add(['interface'], [hanging, failing]);
  let stopped = false;
  void node.stop().then(() => (stopped = true));
  await swarm.clock.advance(SERVICE_STOP_BOUND_MS - 1);
  assert.equal(stopped, false, 'the hanging service gets its bound');
  await swarm.clock.advance(2);
  assert.equal(stopped, true);
  assert.equal(node.lifecycle, 'stopped');
  assert.equal(errors.length, 2);
  assert.match(errors[0]!, /^failing: Error: boom/);
  assert.match(errors[1]!, /^hanging: .*longer than 3000 ms/);
});

test('stop with a zero bound stops every service synchronously (a closing page)', async () => {
  const log: string[] = [];
  const swarm = await createSwarm(0);
  const node = await swarm.add(['interface'], [new Watcher('a', log, () => new Promise<void>(() => {})), new Watcher('b', log)]);
  log.length = 0;
  void node.stop({ serviceBoundMs: 0 });
  assert.deepEqual(log, ['b stop', 'a stop']);
  assert.equal(node.lifecycle, 'stopped', 'the byes went out in the same turn');
});

test('a type claimed twice is refused; an unclaimed type is counted and the link survives', async () => {
  const swarm = await createSwarm(0, { node: { targetDegree: 1 } });
  await assert.rejects(swarm.add(['interface'], [new EchoService('one', []), new EchoService('two', [])]), /type 64000 is held by echo/);
  const gossipLike = defineRegistry('clash', { hello: defineMessage({ type: MESSAGE_TYPE.hello, name: 'hello', fields: [] }) });
  const clashing: Service = {
    name: 'clash',
    state: 'created',
    attach: (port) => void port.register(gossipLike, { hello: () => undefined }),
    start: () => undefined,
    stop: () => undefined,
  };
  await assert.rejects(swarm.add(['interface'], [clashing]), /type 1000 is held by peers/);

  const a = await swarm.add(['interface'], []);
  const listener = new EchoService('listener', []);
  const b = await swarm.add(['interface'], [listener]);
  await swarm.clock.runUntil(() => a.manager.link(b.id) !== undefined, 10_000, 10);
  const link = a.manager.link(b.id)!;
  for (let i = 0; i < 50; i++) link.send(encodeFrame(63_999, new Uint8Array([i])));
  link.send(ECHO.encode({ kind: 'note', text: 'still here' }));
  await swarm.clock.runUntil(() => listener.received.length === 1, 1_000, 10);
  assert.equal(b.protocolStats().unclaimed, 50);
  assert.equal(b.manager.link(a.id)?.closed, false, 'unclaimed types are no offence');
  await swarm.stopAll();
});

test('a role change the server refuses (not-allowed) is taken back; neighbours hear the roles again', async () => {
  const swarm = await createSwarm(0, { node: { targetDegree: 1 } });
  const a = await swarm.add(['interface']);
  const b = await swarm.add(['interface']);
  await swarm.clock.runUntil(() => b.table.get(a.id) !== undefined && a.manager.link(b.id) !== undefined, 10_000, 10);
  // The in-memory directory stands in for the server; it refuses as the real one does.
  swarm.directory.refuseRoles = (roles) => roles.includes('relay');
  await assert.rejects(a.setRoles(['interface', 'relay']), /operator has not vouched/);
  assert.deepEqual(a.roles(), ['interface']);
  await swarm.clock.runUntil(() => (b.table.get(a.id)?.roles ?? []).join() === 'interface', 1_000, 10);
  await swarm.stopAll();
});
