import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import type { TabmeshNode } from '../../../../web/src/node/node.ts';
import { THROUGHPUT_BUDGET_BYTES_PER_MINUTE, THROUGHPUT_MAX_REQUEST_BYTES, TABLE_EXCHANGE_INTERVAL_MS } from '../../../../web/src/node/peers/constants.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import { type PeerId } from '../../../../web/src/node/base/peer-id.ts';
import type { Discovery } from '../../../../web/src/node/peers/ports.ts';
import { rolesToMask } from '../../../../web/src/node/peers/roles.ts';
import { TRANSPORT_LIMITS, type Link } from '../../../../web/src/node/transport/types.ts';
import { ChunkAssembler, chunkPayload } from '../../../../web/src/node/wire/chunks.ts';
import { MESSAGE_TYPE, PROTOCOL_VERSION } from '../../../../web/src/node/wire/constants.ts';
import { encodeFrame } from '../../../../web/src/node/wire/frame.ts';

import { createSwarm, type Swarm } from '../../../support/swarm.ts';
import { decodeMeshMessage, encodeMeshMessage, type MeshMessage } from '../../../support/mesh-registries.ts';

/** No signaling server: topology is made by explicit connect() calls only. */
const offline: Discovery = { state: 'disconnected', bootstrap: async () => [], setRoles: async () => undefined, onStateChange: () => undefined, close: () => undefined };

interface RawPeer {
  id: PeerId;
  link: Link;
  received: MeshMessage[];
  closedWith(): ErrorCode | 'remote' | undefined;
  send(msg: MeshMessage | Uint8Array): void;
}

/** A hand-driven peer on the swarm's memory network: sends whatever frames the test wants, answers pings. */
async function rawPeer(swarm: Swarm, target: TabmeshNode): Promise<RawPeer> {
  const id = Identity.generate().id;
  const connector = swarm.network.connector(id);
  connector.listen(() => ({ ok: false, code: 'closed' }), (l) => l.close());
  let link: Link | undefined;
  void connector.dial(target.id, new AbortController().signal).then((l) => (link = l));
  await swarm.clock.runUntil(() => link !== undefined && target.manager.link(id) !== undefined, 1_000, 5);
  const opened = link as Link;
  const received: MeshMessage[] = [];
  let closed: ErrorCode | 'remote' | undefined;
  opened.attach({
    onFrame: (frame) => {
      const decoded = decodeMeshMessage(frame);
      if (!decoded.ok) return;
      received.push(decoded.value);
      // Answer probes like any peer, so the node keeps the link for as long as a test needs.
      if (decoded.value.kind === 'ping') opened.send(encodeMeshMessage({ kind: 'pong', nonce: decoded.value.nonce }));
    },
    onClose: (reason) => (closed = reason),
  });
  return {
    id,
    link: opened,
    received,
    closedWith: () => closed,
    send: (msg) => assert.ok(opened.send(msg instanceof Uint8Array ? msg : encodeMeshMessage(msg)).ok),
  };
}

/** Records how the node's end of a link gets closed (FramedLink closes itself through close()). */
function spyOnClose(link: Link): () => ErrorCode | undefined {
  let reason: ErrorCode | undefined;
  const close = link.close.bind(link);
  link.close = (r) => {
    reason ??= r;
    close(r);
  };
  return () => reason;
}

async function pingEchoed(swarm: Swarm, raw: RawPeer, nonce: number): Promise<boolean> {
  raw.send({ kind: 'ping', nonce });
  await swarm.clock.runUntil(() => raw.received.some((m) => m.kind === 'pong' && m.nonce === nonce), 1_000, 5);
  return true;
}

test(`a neighbour sending undecodable frames is disconnected after ${TRANSPORT_LIMITS.maxMalformedFrames}`, async () => {
  const swarm = await createSwarm(1);
  const node = swarm.nodes[0]!;
  const raw = await rawPeer(swarm, node);
  const reason = spyOnClose(node.manager.link(raw.id)!);
  const garbage = [
    encodeFrame(MESSAGE_TYPE.pong, new Uint8Array(9)), // trailing bytes (a type nobody claims is no offence: services.test.ts)
    encodeFrame(MESSAGE_TYPE.ping, new Uint8Array(1)), // truncated body
    encodeFrame(MESSAGE_TYPE.hello, new Uint8Array(40)), // trailing bytes
  ];
  for (const frame of garbage.slice(0, -1)) raw.send(frame);
  await swarm.clock.advance(100);
  assert.equal(raw.closedWith(), undefined, 'two bad frames are tolerated');
  assert.ok(await pingEchoed(swarm, raw, 1), 'and the node still answers');
  raw.send(garbage.at(-1)!);
  await swarm.clock.runUntil(() => raw.closedWith() !== undefined, 1_000, 5);
  assert.equal(reason(), 'protocol-violation');
  assert.equal(raw.closedWith(), 'remote');
  assert.equal(node.manager.link(raw.id), undefined);
  assert.equal(node.table.get(raw.id), undefined, 'dropped from the table');
  assert.equal(node.status().state, 'online');
  swarm.stopAll();
});

test('a hello with another protocol version closes the link', async () => {
  const swarm = await createSwarm(1);
  const node = swarm.nodes[0]!;
  const raw = await rawPeer(swarm, node);
  const reason = spyOnClose(node.manager.link(raw.id)!);
  raw.send({ kind: 'hello', roles: rolesToMask(['seed']), protocolVersion: PROTOCOL_VERSION + 1, startedAt: 0 });
  await swarm.clock.runUntil(() => raw.closedWith() !== undefined, 1_000, 5);
  assert.equal(reason(), 'protocol-violation');
  assert.equal(node.table.get(raw.id), undefined);
  swarm.stopAll();
});

test('speed tests above the request limit or the per-minute budget get a rate-limited error; the node serves on', async () => {
  const swarm = await createSwarm(1);
  const node = swarm.nodes[0]!;
  const raw = await rawPeer(swarm, node);
  const refusals = (): number[] => raw.received.flatMap((m) => (m.kind === 'error' && ERROR_CODES[m.code] === 'rate-limited' ? [m.context] : []));
  const dataFor = (testId: number): boolean => raw.received.some((m) => m.kind === 'speedData' && m.testId === testId);
  const bytesReceived = (): number => raw.received.reduce((sum, m) => sum + (m.kind === 'speedData' ? m.payload.length : 0), 0);

  raw.send({ kind: 'speedRequest', testId: 1, bytes: THROUGHPUT_MAX_REQUEST_BYTES + 1 });
  await swarm.clock.runUntil(() => refusals().includes(1), 1_000, 5);
  assert.equal(dataFor(1), false, 'not a byte sent for a refused request');

  // The whole budget in requests of the largest allowed size (served in full), then one byte more.
  const fits = THROUGHPUT_BUDGET_BYTES_PER_MINUTE / THROUGHPUT_MAX_REQUEST_BYTES;
  for (let i = 0; i < fits; i++) raw.send({ kind: 'speedRequest', testId: 10 + i, bytes: THROUGHPUT_MAX_REQUEST_BYTES });
  const servedIn = await swarm.clock.runUntil(() => bytesReceived() === THROUGHPUT_BUDGET_BYTES_PER_MINUTE, 30_000, 100);
  assert.ok(servedIn < 50_000, 'all within one minute');
  raw.send({ kind: 'speedRequest', testId: 99, bytes: 1 });
  await swarm.clock.runUntil(() => refusals().includes(99), 1_000, 5);
  assert.deepEqual(refusals(), [1, 99]);
  assert.ok(await pingEchoed(swarm, raw, 2));
  assert.equal(node.manager.link(raw.id)?.closed, false);

  await swarm.clock.advance(61_000);
  raw.received.length = 0;
  raw.send({ kind: 'speedRequest', testId: 100, bytes: 1000 });
  await swarm.clock.runUntil(() => dataFor(100), 1_000, 5);
  assert.deepEqual(refusals(), [], 'the budget refills after a minute');
  swarm.stopAll();
});

test('a payload with a tampered chunk is rejected by hash and not delivered; a good one is; a throwing listener harms no one', async () => {
  const swarm = await createSwarm(1);
  const node = swarm.nodes[0]!;
  const raw = await rawPeer(swarm, node);
  const link = node.manager.link(raw.id)!;
  let malformed = 0;
  const report = link.reportMalformed.bind(link);
  link.reportMalformed = () => {
    malformed += 1;
    report();
  };
  const delivered: { from: PeerId; kind: number; bytes: Uint8Array }[] = [];
  node.onPayload(() => {
    throw new Error('a broken listener');
  });
  node.onPayload((from, kind, bytes) => delivered.push({ from, kind, bytes }));

  const payload = new Uint8Array(150_000).map((_, i) => (i * 13) & 0xff);
  const tampered = chunkPayload(1, 7, payload);
  const victim = tampered[2] as Extract<MeshMessage, { kind: 'chunkData' }>;
  victim.data = victim.data.slice();
  victim.data[100] = (victim.data[100]! + 1) & 0xff;
  // Precondition, checked independently: the assembler calls this a hash mismatch.
  const check = new ChunkAssembler();
  const last = tampered.map((m) => check.accept(m, 0)).at(-1);
  assert.equal(last && !last.ok && last.error.code, 'hash-mismatch');

  for (const msg of tampered) raw.send(msg);
  await swarm.clock.advance(500);
  assert.equal(delivered.length, 0, 'nothing delivered');
  assert.equal(malformed, 1, 'counted against the sender');
  assert.equal(raw.closedWith(), undefined, 'one bad transfer does not cost the link');

  for (const msg of chunkPayload(2, 8, payload)) raw.send(msg);
  await swarm.clock.runUntil(() => delivered.length === 1, 2_000, 5);
  assert.equal(delivered[0]?.from, raw.id);
  assert.equal(delivered[0]?.kind, 8);
  assert.deepEqual(delivered[0]?.bytes, payload);
  assert.equal(malformed, 1);
  assert.ok(await pingEchoed(swarm, raw, 3), 'frames after the payload still arrive');
  swarm.stopAll();
});

/** a – b – c in a line, nobody dialing on their own. */
async function line(): Promise<Swarm & { a: TabmeshNode; b: TabmeshNode; c: TabmeshNode }> {
  const swarm = await createSwarm(3, { node: { targetDegree: 0, discovery: offline } });
  const [a, b, c] = swarm.nodes as [TabmeshNode, TabmeshNode, TabmeshNode];
  let linked = 0;
  void a.connect(b.id).then(() => linked++);
  void b.connect(c.id).then(() => linked++);
  await swarm.clock.runUntil(() => linked === 2, 1_000, 5);
  return { ...swarm, a, b, c };
}

const EXCHANGE_BOUND_MS = 2 * TABLE_EXCHANGE_INTERVAL_MS;

test('peer tables propagate: a node learns of a non-neighbour as hearsay, and forgets it when the neighbour does', async () => {
  const swarm = await line();
  const { a, b, c } = swarm;
  await swarm.clock.runUntil(() => a.table.get(c.id) !== undefined && c.table.get(a.id) !== undefined, EXCHANGE_BOUND_MS, 100);
  const heard = a.peers().find((p) => p.id === c.id)!;
  assert.equal(heard.source, 'hearsay');
  assert.equal(heard.via, b.id);
  assert.equal(heard.link, 'none');
  assert.equal(c.peers().find((p) => p.id === a.id)?.via, b.id);
  assert.equal(a.peers().find((p) => p.id === b.id)?.source, 'measured');
  assert.equal(a.manager.degree, 1, 'hearsay does not make a link');
  const edges = a.graph().links.map((l) => [l.a, l.b].sort().join('-'));
  assert.ok(edges.includes([b.id, c.id].sort().join('-')), 'b–c is drawn from b’s table');

  b.disconnect(c.id);
  await swarm.clock.runUntil(() => a.table.get(c.id) === undefined, EXCHANGE_BOUND_MS, 100);
  assert.ok(!a.graph().links.some((l) => l.a === c.id || l.b === c.id));
  swarm.stopAll();
});

test('setRoles reaches neighbours at once (hello) and others through tables', async () => {
  const swarm = await line();
  const { a, b, c } = swarm;
  await swarm.clock.runUntil(() => a.table.get(c.id) !== undefined, EXCHANGE_BOUND_MS, 100);
  await b.setRoles(['interface', 'broker']);
  await swarm.clock.runUntil(() => a.table.get(b.id)?.roles.includes('broker') === true && c.table.get(b.id)?.roles.includes('broker') === true, 200, 5);
  assert.deepEqual(a.peers().find((p) => p.id === b.id)?.roles, ['interface', 'broker']);
  assert.deepEqual(b.status().roles, ['interface', 'broker']);

  await c.setRoles(['translation']);
  await swarm.clock.runUntil(() => a.table.get(c.id)?.roles.includes('translation') === true, EXCHANGE_BOUND_MS, 100);
  assert.deepEqual(a.table.get(c.id)?.roles, ['translation']);
  assert.equal(a.table.get(c.id)?.source, 'hearsay');
  assert.ok(a.graph().nodes.some((n) => n.id === c.id && n.roles.includes('translation')));
  swarm.stopAll();
});
