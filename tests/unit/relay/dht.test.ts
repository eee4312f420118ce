/**
 * The relay's DHT against real parts: the relay (signaling server, real WebRTC over
 * @roamhq/wrtc) runs the Chord DHT on its mesh node with its records on disk, and serves the
 * course DHT API on TCP. A course client (tests/support/course-dht-client.ts, written from
 * PROTOCOLS.md §2 alone) and a Node node running the same DHT core read each other's values
 * through the ring; the relay leaves the ring when it closes, and finds its records again after a
 * restart. Also: the gateway switched off, and a taken DHT_API_PORT.
 */
import { after, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startSignalingServer, type SignalingServer } from '../../../signaling-server/src/server.ts';
import { DHT_STATE_DIR, PortInUseError } from '../../../relay/src/relay.ts';
import { createDht, type DhtNode } from '../../../web/src/node/dht/service.ts';
import { identitySigner, verifyWithIdentity } from '../../../web/src/node/dht/signing.ts';
import type { DhtOptions } from '../../../web/src/node/dht/types.ts';
import { CourseDhtClient } from '../../support/course-dht-client.ts';
import { TEST_SECRET, getText, metric, relayConfig, startTestNode, startTestRelay, tempDir, waitFor, within } from './helpers.ts';

/** Loopback WebRTC connects in well under a second; generous bounds for a loaded machine. */
const LINK_MS = 20_000;
const REGISTER_MS = 5_000;
/** Two nodes agree on a ring in two or three stabilise rounds; bounded generously. */
const RING_MS = 20_000;
/** One DHT request over one loopback link is milliseconds; the core's own timeout is 8 s. */
const REQUEST_MS = 10_000;
/** close() includes the DHT's leave, itself bounded by DHT_LEAVE_BOUND_MS (3 s). */
const CLOSE_BOUND_MS = 5_000;
/** Shorter rounds than production (2 s / 1 s / 10 s) so the ring forms quickly; same code paths. */
const FAST_DHT: DhtOptions = { stabilizeIntervalMs: 200, fixFingersIntervalMs: 200, repairIntervalMs: 1_000 };

const quietLogger = { info: () => {}, warn: (m: string, e?: unknown) => console.warn(m, e ?? '') };

async function signalingServer(t: TestContext): Promise<SignalingServer> {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', turnSecret: TEST_SECRET, logger: quietLogger });
  t.after(() => server.close());
  return server;
}

async function courseClient(t: TestContext, port: number | null): Promise<CourseDhtClient> {
  assert.ok(port !== null && port > 0, `the DHT API listens (port ${String(port)})`);
  const client = await CourseDhtClient.connect(port);
  t.after(() => client.close());
  return client;
}

const keyOf = (name: string): Buffer => createHash('sha256').update(name).digest();
const hex = (key: Buffer): string => key.toString('hex');
const text = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Both nodes see each other as successor and predecessor: a consistent two-node ring. */
function ringOfTwo(a: DhtNode, b: DhtNode): boolean {
  const ra = a.ring();
  const rb = b.ring();
  return ra.successors[0] === rb.self && ra.predecessor === rb.self && rb.successors[0] === ra.self && rb.predecessor === ra.self;
}

test('a course TCP client and a Node node read each other\'s values through the relay\'s DHT', async (t) => {
  const server = await signalingServer(t);
  const dataDir = await tempDir(t);
  const config = relayConfig({ signalingUrl: server.url, dataDir });
  const relay = await startTestRelay(config, { dht: FAST_DHT });
  t.after(() => relay.close());
  await waitFor('the relay to register', () => relay.signaling.state === 'registered', REGISTER_MS);
  assert.deepEqual(relay.dht.ring().successors, [], 'alone, the relay has no successor');

  // The node runs the DHT before it links, so the relay's first join request finds it running.
  const peer = await startTestNode(t, server.url, {
    services: (identity) => [createDht({ signer: identitySigner(identity), verify: verifyWithIdentity, ...FAST_DHT })],
  });
  const peerDht = peer.services[0] as DhtNode;
  await waitFor('the node to register', () => peer.signaling.state === 'registered', REGISTER_MS);
  await within('the node to link to the relay', peer.node.connect(relay.id), LINK_MS);
  await waitFor(
    'a two-node ring: the relay and the node are each other\'s successor and predecessor',
    () => relay.node.manager.link(peer.node.id)?.closed === false && ringOfTwo(relay.dht, peerDht),
    RING_MS,
  );
  assert.ok(relay.dht.ring().successors.includes(peer.node.id));

  const client = await courseClient(t, relay.dhtApiPort);
  const greeting = keyOf('course greeting');
  const fromNode = keyOf('from the node');
  const clamped = keyOf('asks for more than the DHT allows');

  await t.test('the course client PUTs through the gateway and GETs its value back', async () => {
    client.put(greeting, text('hello from TCP'), 120, 2);
    assert.deepEqual(await within('GET', client.get(greeting), REQUEST_MS), { found: true, value: text('hello from TCP') });
  });

  await t.test('the node reads the course client\'s value through the ring; the relay owns it', async () => {
    const got = await within('dht.get', peerDht.get(hex(greeting)), REQUEST_MS);
    assert.deepEqual(Buffer.from(got.value), text('hello from TCP'));
    assert.equal(got.owner, relay.id, 'the relay signs what course clients store');
  });

  await t.test('the course client reads a value the node put', async () => {
    await within('dht.put', peerDht.put(hex(fromNode), text('hello from the mesh'), { republish: false }), REQUEST_MS);
    assert.deepEqual(await within('GET', client.get(fromNode), REQUEST_MS), { found: true, value: text('hello from the mesh') });
  });

  await t.test('a missing key is FAILURE; a PUT asking for ttl 65535 and replication 255 is clamped, not refused', async () => {
    assert.deepEqual(await within('GET', client.get(keyOf('nobody stored this')), REQUEST_MS), { found: false });
    const before = Date.now();
    client.put(clamped, text('clamped'), 65_535, 255);
    assert.deepEqual(await within('GET', client.get(clamped), REQUEST_MS), { found: true, value: text('clamped') });
    const got = await within('dht.get', peerDht.get(hex(clamped)), REQUEST_MS);
    // DHT_MAX_TTL_SECONDS defaults to 600: the record expires within 600 s, not 65 535 s.
    assert.ok(got.expiresAt <= Date.now() + 600_000 && got.expiresAt > before, `expires in ${got.expiresAt - before} ms`);
    assert.equal(client.failure, null);
  });

  await t.test('/metrics and dhtApiStats() count the DHT\'s records and lookups and the gateway\'s clients, puts and gets', async () => {
    const stats = relay.dhtApiStats();
    assert.ok(stats);
    assert.deepEqual(
      { clients: stats.clients, putsStored: stats.putsStored, putsFailed: stats.putsFailed, found: stats.getsFound, notFound: stats.getsNotFound, failed: stats.getsFailed },
      { clients: 1, putsStored: 2, putsFailed: 0, found: 3, notFound: 1, failed: 0 },
    );
    const metrics = await getText(`http://127.0.0.1:${relay.httpPort}/metrics`);
    assert.equal(metrics.status, 200);
    const m = (sample: string): number | undefined => metric(metrics.body, sample);
    // Two nodes, each value on both: the primary pushed a replica to its one successor before answering.
    assert.equal(m('tabmesh_relay_dht_records'), 3);
    assert.ok((m('tabmesh_relay_dht_record_bytes') ?? 0) > 0);
    assert.equal(m('tabmesh_relay_dht_successors'), 1);
    assert.ok((m('tabmesh_relay_dht_lookups_total') ?? 0) >= 4, 'the gateway\'s two PUTs and four GETs went through lookups');
    assert.ok((m('tabmesh_relay_dht_lookup_failures_total') ?? -1) >= 1, 'the missing key counts as a failed lookup');
    assert.equal(m('tabmesh_relay_dht_api_clients'), 1);
    assert.equal(m('tabmesh_relay_dht_api_puts_total{result="stored"}'), 2);
    assert.equal(m('tabmesh_relay_dht_api_puts_total{result="failed"}'), 0);
    assert.equal(m('tabmesh_relay_dht_api_gets_total{result="found"}'), 3);
    assert.equal(m('tabmesh_relay_dht_api_gets_total{result="not-found"}'), 1);
    assert.equal(m('tabmesh_relay_dht_api_gets_total{result="failed"}'), 0);
  });

  await t.test('on close the relay leaves the ring, the node keeps every value, the records are on disk', async () => {
    await within('relay.close()', relay.close(), CLOSE_BOUND_MS);
    await waitFor('the node to drop the relay from its ring', () => {
      const ring = peerDht.ring();
      return ring.predecessor === undefined && !ring.successors.includes(relay.id);
    }, REQUEST_MS);
    for (const [key, value] of [[greeting, 'hello from TCP'], [fromNode, 'hello from the mesh'], [clamped, 'clamped']] as const) {
      const got = await within('dht.get', peerDht.get(hex(key)), REQUEST_MS);
      assert.deepEqual(Buffer.from(got.value), text(value));
    }
    const files = await readdir(join(dataDir, DHT_STATE_DIR));
    assert.deepEqual(files.sort(), [hex(greeting), hex(fromNode), hex(clamped)].sort());
  });

  await t.test('restarted on the same data dir, the relay loads its records and serves them alone', async () => {
    const again = await startTestRelay(config, { dht: FAST_DHT });
    t.after(() => again.close());
    assert.equal(again.id, relay.id);
    const held = again.dht.records();
    assert.deepEqual(held.map((r) => r.key).sort(), [hex(greeting), hex(fromNode), hex(clamped)].sort());
    assert.equal(held.find((r) => r.key === hex(greeting))?.owner, relay.id);
    const second = await courseClient(t, again.dhtApiPort);
    assert.deepEqual(await within('GET', second.get(greeting), REQUEST_MS), { found: true, value: text('hello from TCP') });
    assert.deepEqual(await within('GET', second.get(fromNode), REQUEST_MS), { found: true, value: text('hello from the mesh') });
  });
});

test('DHT_API_PORT=off: no gateway, no dht_api metrics; the relay still runs the DHT', async (t) => {
  const server = await signalingServer(t);
  const relay = await startTestRelay(relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }, { DHT_API_PORT: 'off' }));
  t.after(() => relay.close());
  assert.equal(relay.dhtApiPort, null);
  assert.equal(relay.dhtApiStats(), null);
  assert.equal(relay.snapshot().dhtApi, null);
  const metrics = await getText(`http://127.0.0.1:${relay.httpPort}/metrics`);
  assert.doesNotMatch(metrics.body, /tabmesh_relay_dht_api_/);
  assert.equal(metric(metrics.body, 'tabmesh_relay_dht_records'), 0);
  // Alone in its ring, the relay is every key's successor.
  await relay.dht.put(relay.dht.keyOf('solo'), text('v'), { republish: false });
  assert.deepEqual(Buffer.from((await relay.dht.get(relay.dht.keyOf('solo'))).value), text('v'));
});

test('a taken DHT_API_PORT fails the start with PortInUseError naming it, leaving nothing running', async (t) => {
  const server = await signalingServer(t);
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => holder.close(() => resolve())));
  const taken = (holder.address() as { port: number }).port;
  const config = relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }, { DHT_API_PORT: String(taken) });
  await assert.rejects(startTestRelay(config), (error: unknown) => {
    assert.ok(error instanceof PortInUseError);
    assert.match(error.message, new RegExp(`DHT API port ${taken} is already in use.*DHT_API_PORT`));
    return true;
  });
  await waitFor('no relay left registered', () => server.metrics().nodesTotal === 0, REGISTER_MS);
});

// @roamhq/wrtc keeps the process alive for ~12 s after its peers are destroyed; end promptly.
after(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
