/**
 * The relay process as a library against real parts: the signaling server (with the TURN secret),
 * the dev SMTP sink, and Node nodes over real WebRTC (@roamhq/wrtc) — registration as a relay,
 * mail through the mesh, refusals with their codes, pings, /healthz and /metrics, TURN relaying
 * for a relay-only node, restart with the same peer id, prompt and idempotent close.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { startSignalingServer, type SignalingServer } from '../../../signaling-server/src/server.ts';
import { startSmtpSink } from '../../../scripts/dev/mail-sink/index.ts';
import { PortInUseError, RELAY_ROLES } from '../../../relay/src/relay.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import {
  TEST_SECRET,
  getJson,
  getText,
  metric,
  relayConfig,
  startTestNode,
  startTestRelay,
  tempDir,
  waitFor,
  within,
} from './helpers.ts';

/** Loopback WebRTC connects in well under a second; generous bounds for a loaded machine. */
const LINK_MS = 20_000;
const REGISTER_MS = 5_000;
/** close() frees sockets and sends byes; it has nothing to wait for that takes long. */
const CLOSE_BOUND_MS = 5_000;

const quietLogger = { info: () => {}, warn: (m: string, e?: unknown) => console.warn(m, e ?? '') };

async function signalingServer(t: { after(fn: () => unknown): void }): Promise<SignalingServer> {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', turnSecret: TEST_SECRET, logger: quietLogger });
  t.after(() => server.close());
  return server;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof TabmeshError ? error.code : `not a TabmeshError: ${String(error)}`;
  }
}

test('a relay registers, carries mail for translation nodes, refuses the rest, answers pings and reports it', async (t) => {
  const server = await signalingServer(t);
  const sink = await startSmtpSink({ dir: await tempDir(t, 'tabmesh-sink-'), port: 0 });
  t.after(() => sink.close());
  const config = relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t), smtpPort: sink.port });
  const relay = await startTestRelay(config);
  t.after(() => relay.close());
  await waitFor('the relay to register', () => relay.signaling.state === 'registered', REGISTER_MS);

  const translator = await startTestNode(t, server.url, { roles: ['translation'] });
  const visitor = await startTestNode(t, server.url, { roles: ['interface'] });
  for (const n of [translator, visitor]) await waitFor('a node to register', () => n.signaling.state === 'registered', REGISTER_MS);

  await t.test('it appears in bootstrap with role relay, and its TURN service is offered with real ports', async () => {
    const peers = await translator.signaling.bootstrap(16);
    assert.deepEqual(peers.find((p) => p.id === relay.id)?.roles, [...RELAY_ROLES], 'relay, and seed and full of the chain');
    const offer = translator.signaling.relays().find((o) => o.id === relay.id);
    assert.ok(offer, 'an offer for the relay');
    assert.deepEqual(offer.urls, [`turn:127.0.0.1:${relay.turnPort}?transport=udp`, `turn:127.0.0.1:${relay.turnTcpPort}?transport=tcp`]);
    assert.deepEqual(relay.turnUrls, offer.urls);
    assert.match(offer.username, new RegExp(`^\\d+:${translator.node.id}$`));
  });

  await t.test('nodes dial the relay over real WebRTC and it learns their roles from their hello', async () => {
    await within('both nodes to link to the relay', Promise.all([translator.node.connect(relay.id), visitor.node.connect(relay.id)]), LINK_MS);
    // The relay may dial them too; glare resolution can briefly close one of two crossing links.
    await waitFor('the relay to hold one link to each and know their roles', () => {
      const roles = (id: string): string[] | undefined => relay.node.table.get(id)?.roles;
      const linked = (id: string): boolean => relay.node.manager.link(id)?.closed === false;
      return linked(translator.node.id) && linked(visitor.node.id) &&
        roles(translator.node.id)?.includes('translation') && roles(visitor.node.id)?.includes('interface');
    }, LINK_MS);
    assert.equal(relay.node.manager.degree, 2);
  });

  await t.test('ping frames cross the link both ways', async () => {
    const there = await translator.node.ping(relay.id);
    const back = await relay.node.ping(translator.node.id);
    assert.ok(there >= 0 && back >= 0, `rtt ${there} / ${back} ms`);
    assert.equal(translator.node.peers().find((p) => p.id === relay.id)?.source, 'measured');
  });

  await t.test('a translation node mails through the relay: the sink gets it from MAIL_FROM to the one recipient', async () => {
    await translator.mail.send({ to: 'user@example.com', subject: 'Your translation', text: 'Bonjour → Hello' });
    const [entry] = await sink.list();
    assert.ok(entry, 'a message in the sink');
    assert.deepEqual(entry.envelope, { from: 'relay@tabmesh.test', to: ['user@example.com'] });
    assert.equal(entry.subject, 'Your translation');
    assert.equal((await sink.read(entry.id))?.text?.trim(), 'Bonjour → Hello');
  });

  await t.test('a node without the role gets not-allowed; a bad address gets bad-address; nothing reaches the sink', async () => {
    assert.equal(await codeOf(visitor.mail.send({ to: 'user@example.com', subject: 's', text: 't' })), 'not-allowed');
    assert.equal(await codeOf(translator.mail.send({ to: 'not an address', subject: 's', text: 't' })), 'bad-address');
    assert.equal(await codeOf(translator.mail.send({ to: 'a@example.com, b@example.com', subject: 's', text: 't' })), 'bad-address');
    assert.equal((await sink.list()).length, 1);
  });

  await t.test('/healthz and /metrics report the peer id, peers, allocations and mail counts', async () => {
    const base = `http://127.0.0.1:${relay.httpPort}`;
    const health = await getJson(`${base}/healthz`);
    assert.equal(health.status, 200);
    const { allocations, uptimeSeconds, ...rest } = health.body as Record<string, unknown>;
    assert.deepEqual(rest, { status: 'ok', id: relay.id, signaling: 'registered', peers: 2, chainHeight: 0 });
    assert.ok(typeof uptimeSeconds === 'number' && uptimeSeconds >= 0);
    // The nodes take the offered TURN service into their ICE servers, so gathering allocated.
    assert.ok(typeof allocations === 'number' && allocations > 0, `${String(allocations)} allocations`);
    const metrics = await getText(`${base}/metrics`);
    assert.equal(metrics.status, 200);
    assert.match(metrics.type ?? '', /^text\/plain; version=0\.0\.4/);
    const m = (sample: string): number | undefined => metric(metrics.body, sample);
    assert.equal(m('tabmesh_relay_mails_sent_total'), 1);
    assert.equal(m('tabmesh_relay_mails_refused_total{reason="not-allowed"}'), 1);
    assert.equal(m('tabmesh_relay_mails_refused_total{reason="bad-address"}'), 2);
    assert.equal(m('tabmesh_relay_mails_refused_total{reason="rate-limited"}'), 0);
    assert.equal(m('tabmesh_relay_peers'), 2);
    assert.equal(m('tabmesh_relay_allocations'), relay.snapshot().turn.allocations);
    assert.equal(m('tabmesh_relay_signaling_registered'), 1);
    assert.equal(m('tabmesh_relay_turn_auth_failures_total'), 0);
    for (const name of ['relayed_bytes_total', 'relayed_packets_total']) assert.ok((m(`tabmesh_relay_${name}`) ?? -1) >= 0, name);
    for (const family of ['allocations', 'peers', 'mails_sent_total', 'mails_refused_total', 'relayed_bytes_total']) {
      assert.match(metrics.body, new RegExp(`^# HELP tabmesh_relay_${family} .+$`, 'm'));
      assert.match(metrics.body, new RegExp(`^# TYPE tabmesh_relay_${family} (gauge|counter)$`, 'm'));
    }
    assert.equal((await getText(`${base}/`)).status, 404);
    assert.equal((await fetch(`${base}/healthz`, { method: 'POST' })).status, 405);
  });
});

test("a relay-only node reaches the relay through the relay's own TURN server", async (t) => {
  const server = await signalingServer(t);
  const relay = await startTestRelay(relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }));
  t.after(() => relay.close());
  await waitFor('the relay to register', () => relay.signaling.state === 'registered', REGISTER_MS);
  const node = await startTestNode(t, server.url, { relayOnly: true });
  await waitFor('a relay offer', () => node.signaling.relays().length === 1, REGISTER_MS);
  await within('a link through TURN', node.node.connect(relay.id), LINK_MS);
  assert.ok((await node.node.ping(relay.id)) >= 0);

  const stats = relay.snapshot().turn;
  assert.ok(stats.allocations >= 1, `${stats.allocations} allocations`);
  assert.ok(stats.relayedPackets > 0 && stats.relayedBytes > 0, `${stats.relayedPackets} packets, ${stats.relayedBytes} bytes`);
  assert.equal(stats.authFailures, 0);
  const health = (await getJson(`http://127.0.0.1:${relay.httpPort}/healthz`)).body as { allocations: number };
  assert.ok(health.allocations >= 1);

  await within('close', relay.close(), CLOSE_BOUND_MS);
  assert.equal(relay.snapshot().turn.allocations, 0, 'allocations freed');
});

test('close() is prompt and idempotent, neighbours see the relay go, and a restart keeps the peer id', async (t) => {
  const server = await signalingServer(t);
  const dataDir = await tempDir(t);
  const config = relayConfig({ signalingUrl: server.url, dataDir });
  const first = await startTestRelay(config);
  await waitFor('the relay to register', () => first.signaling.state === 'registered', REGISTER_MS);
  const node = await startTestNode(t, server.url);
  await within('a link to the relay', node.node.connect(first.id), LINK_MS);

  const closing = first.close();
  assert.equal(first.close(), closing, 'a second close is the same close');
  await within('close', closing, CLOSE_BOUND_MS);
  await within('a close after close', first.close(), CLOSE_BOUND_MS);
  assert.equal(first.node.status().state, 'stopped');
  assert.equal(first.signaling.state, 'disconnected');
  await waitFor('the node to drop the relay', () => node.node.manager.link(first.id) === undefined && node.node.table.get(first.id) === undefined, LINK_MS);
  await waitFor('the server to forget the relay', () => server.metrics().nodesTotal === 1, REGISTER_MS);
  await assert.rejects(fetch(`http://127.0.0.1:${first.httpPort}/healthz`), 'HTTP closed');

  const second = await startTestRelay(config);
  t.after(() => second.close());
  assert.equal(second.id, first.id, 'the same peer id from the same data dir');
  await waitFor('the restarted relay to register', () => second.signaling.state === 'registered', REGISTER_MS);
  // The offer names the new TURN ports (port 0 picks new ones); a stale TURN server in the ICE
  // configuration would hold up candidate gathering, so take fresh offers first, as tabs do.
  await waitFor('an offer for the restarted relay', async () => (await node.signaling.refreshRelays()).some((o) => o.urls.includes(second.turnUrls[0]!)), REGISTER_MS);
  await within('a link to the restarted relay', node.node.connect(second.id), LINK_MS);
  assert.ok((await node.node.ping(second.id)) >= 0);
});

test('a taken TURN or HTTP port fails the start with PortInUseError naming the variable, leaving nothing running', async (t) => {
  const server = await signalingServer(t);
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => holder.close(() => resolve())));
  const taken = (holder.address() as { port: number }).port;

  // The TCP listener needs the same number as UDP; a held TCP port makes the TURN start fail.
  const turnConfig = relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }, { TURN_PORT: String(taken) });
  await assert.rejects(startTestRelay(turnConfig), (error: unknown) => {
    assert.ok(error instanceof PortInUseError);
    assert.match(error.message, new RegExp(`TURN \\(udp/tcp\\) port ${taken} is already in use.*TURN_PORT`));
    return true;
  });

  const httpConfig = relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }, { RELAY_HTTP_PORT: String(taken) });
  await assert.rejects(startTestRelay(httpConfig), (error: unknown) => {
    assert.ok(error instanceof PortInUseError);
    assert.match(error.message, /RELAY_HTTP_PORT/);
    return true;
  });
  // The mesh peer had started and was stopped again: the server never keeps a relay registered.
  await waitFor('no relay left registered', () => server.metrics().nodesTotal === 0, REGISTER_MS);
});

// @roamhq/wrtc keeps the process alive for ~12 s after its peers are destroyed; end promptly.
after(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
