/**
 * An attacker in Node, speaking socket.io to the same signaling server the tabs use, tries to
 * take over a live tab's id, to send signals in its name, and to feed the server garbage. Each
 * attempt is refused with its code and counted in /metrics, and the tabs' mesh does not notice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { io, type Socket } from 'socket.io-client';
import { Identity, SIGNING_NAMESPACE } from '../../web/src/node/peers/identity.ts';
import {
  registerPayload,
  SIGNALING_LIMITS,
  type AckResult,
  type Challenge,
  type RegisterRequest,
  type ServerErrorEvent,
} from '../../web/src/node/signaling/protocol.ts';
import { newSessionId, signSignal } from '../../web/src/node/signaling/signal-auth.ts';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { registerRelay } from '../support/fake-relay.ts';
import { metricsText, metricValue, useServerAndBrowser } from './fixture.ts';
import { openTabs, swarmReport, tabInfo, waitFor } from './harness.ts';

const TABS = 4;
const ACK_MS = 5_000;
const fixture = useServerAndBrowser();

/** A raw socket.io client that remembers the latest challenge. */
async function attackerSocket(url: string): Promise<{ socket: Socket; nonce: () => string }> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  let latest: Challenge | undefined;
  socket.on('challenge', (c: Challenge) => (latest = c));
  await waitFor('a challenge', () => latest, ACK_MS, 20);
  return { socket, nonce: () => latest!.nonce };
}

function signedRegistration(signer: Identity, id: string, nonce: string): RegisterRequest {
  const unsigned = { id, roles: ['interface' as const], capabilities: [] };
  return { ...unsigned, signature: signer.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, unsigned)) };
}

async function ack(socket: Socket, event: string, ...args: unknown[]): Promise<string> {
  const result = (await socket.timeout(ACK_MS).emitWithAck(event, ...args)) as AckResult;
  return result.ok ? 'ok' : result.code;
}

function nextServerError(socket: Socket): Promise<ServerErrorEvent> {
  return new Promise((resolve) => socket.once('server-error', resolve));
}

async function rejectCounts(server: SignalingServer): Promise<Record<string, number>> {
  const text = await metricsText(server);
  const reasons = ['id-mismatch', 'bad-signature', 'not-registered', 'malformed', 'bad-id', 'oversized', 'expired'];
  return Object.fromEntries(reasons.map((r) => [r, metricValue(text, 'tabmesh_rejects_total', `{reason="${r}"}`)]));
}

test(`forged registrations and signals against ${TABS} live tabs are refused and counted; the mesh is undisturbed`, async () => {
  const { server, browser } = fixture();
  const context = await browser.newContext();
  const sockets: Socket[] = [];
  try {
    const pages = await openTabs(context, server.url, TABS);
    const formed = await waitFor(
      'a full mesh of tabs',
      async () => {
        const report = await swarmReport(pages);
        return report.degree.min === TABS - 1 && report.components === 1 ? report : undefined;
      },
      60_000,
      250,
    );
    const before = new Map(formed.infos.map((i) => [i.id, [...i.neighbours].sort()]));
    const [victim, target] = formed.infos.map((i) => i.id) as [string, string];
    const baseline = await rejectCounts(server);
    const registeredBefore = server.metrics().nodesTotal;
    assert.equal(registeredBefore, TABS);

    const mallory = Identity.generate();
    const attacker = await attackerSocket(server.url);
    sockets.push(attacker.socket);

    // 1. Take over a live tab's id with a registration signed by another key.
    assert.equal(await ack(attacker.socket, 'register', signedRegistration(mallory, victim, attacker.nonce())), 'id-mismatch');
    // The same with a signature over a guessed nonce, and one answering the challenge under the signal namespace.
    assert.equal(await ack(attacker.socket, 'register', signedRegistration(mallory, mallory.id, 'ab'.repeat(32))), 'id-mismatch');
    const unsigned = { id: mallory.id, roles: ['interface' as const], capabilities: [] };
    const wrongNamespace = { ...unsigned, signature: mallory.sign(SIGNING_NAMESPACE.signal, registerPayload(attacker.nonce(), unsigned)) };
    assert.equal(await ack(attacker.socket, 'register', wrongNamespace), 'id-mismatch');

    // 2. Signals in a tab's name: unregistered, then registered as itself.
    const forged = signSignal(mallory, { to: target, kind: 'offer', session: newSessionId(), sdp: 'v=0\r\n', ts: Date.now() });
    assert.equal(await ack(attacker.socket, 'signal', { ...forged, from: victim }), 'not-registered');
    assert.equal(await ack(attacker.socket, 'register', signedRegistration(mallory, mallory.id, attacker.nonce())), 'ok');
    assert.equal(await ack(attacker.socket, 'signal', { ...forged, from: victim }), 'id-mismatch', 'from is not the id this socket holds');
    const otherKey = Identity.generate();
    const notByFrom = { ...signSignal(otherKey, { to: target, kind: 'offer', session: newSessionId(), sdp: 'v=0\r\n', ts: Date.now() }), from: mallory.id };
    assert.equal(await ack(attacker.socket, 'signal', notByFrom), 'bad-signature');
    const stale = signSignal(mallory, { to: target, kind: 'offer', session: newSessionId(), sdp: 'v=0\r\n', ts: Date.now() - 2 * SIGNALING_LIMITS.signalMaxAgeMs });
    assert.equal(await ack(attacker.socket, 'signal', stale), 'expired');

    // 3. Malformed payloads: without an ack they get a server-error event, with one a typed code.
    const noAck = nextServerError(attacker.socket);
    attacker.socket.emit('signal', 'not an object');
    assert.equal((await noAck).code, 'malformed');
    const unknownEvent = nextServerError(attacker.socket);
    attacker.socket.emit('become-victim', { id: victim });
    assert.equal((await unknownEvent).code, 'malformed');
    assert.equal(await ack(attacker.socket, 'register', 42), 'malformed');
    assert.equal(await ack(attacker.socket, 'bootstrap', { k: 'all of them' }), 'malformed');
    assert.equal(await ack(attacker.socket, 'roles', ['interface', 'root']), 'malformed');
    assert.equal(await ack(attacker.socket, 'signal', { ...forged, from: 'x'.repeat(64) }), 'bad-id');
    const huge = signSignal(mallory, { to: target, kind: 'offer', session: newSessionId(), sdp: 'a'.repeat(SIGNALING_LIMITS.maxSdpChars + 1), ts: Date.now() });
    assert.equal(await ack(attacker.socket, 'signal', huge), 'oversized');

    // 4. A packet above the server's limit costs the attacker its socket, no one else.
    const dropped = new Promise((resolve) => attacker.socket.once('disconnect', resolve));
    attacker.socket.emit('register', 'x'.repeat(2 * SIGNALING_LIMITS.maxPacketBytes));
    await dropped;

    // Every refusal is in /metrics under its reason.
    const after = await rejectCounts(server);
    const delta = Object.fromEntries(Object.entries(after).map(([r, n]) => [r, n - (baseline[r] ?? 0)]));
    assert.deepEqual(delta, { 'id-mismatch': 4, 'bad-signature': 1, 'not-registered': 1, malformed: 5, 'bad-id': 1, oversized: 1, expired: 1 });

    // The tabs: still registered, same neighbours, links alive, and not one forged signal reached them.
    await waitFor('the attacker to be gone', () => server.metrics().nodesTotal === TABS, ACK_MS, 50);
    const now = await Promise.all(pages.map(tabInfo));
    for (const info of now) {
      assert.equal(info.signaling, 'registered', `${info.id.slice(0, 8)} registered`);
      assert.deepEqual([...info.neighbours].sort(), before.get(info.id), `${info.id.slice(0, 8)} kept its neighbours`);
    }
    for (const page of pages) {
      const state = await page.evaluate(async () => {
        const api = window.tabmesh!;
        const neighbour = api.peers().find((p) => p.link === 'open')!;
        return { rtt: await api.ping(neighbour.id), debug: api.debug() };
      });
      assert.ok(state.rtt >= 0, 'a neighbour still answers');
      // ('unknown-peer' may count a late reject after a settled glare; forgeries have other codes.)
      for (const code of ['bad-id', 'id-mismatch', 'bad-signature', 'expired', 'replayed']) {
        assert.equal(state.debug.rejectedSignals[code] ?? 0, 0, `nothing forged reached a tab (${code})`);
      }
    }
  } finally {
    for (const socket of sockets) socket.disconnect();
    await context.close();
  }
});

test('a fresh key cannot make itself a relay or a seed, and a foreign page cannot open a socket', async () => {
  const { browser } = fixture();
  const secret = 'e2e-security-turn-secret';
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', iceServers: [], turnSecret: secret });
  const context = await browser.newContext();
  const sockets: Socket[] = [];
  try {
    // A key with no vouching claims relay (with TURN URLs of its choosing) and seed.
    const mallory = Identity.generate();
    const rogue = await attackerSocket(server.url);
    sockets.push(rogue.socket);
    const unsigned = { id: mallory.id, roles: ['relay' as const, 'seed' as const, 'interface' as const], capabilities: [], turn: ['turn:127.0.0.1:9?transport=udp'] };
    const claim = { ...unsigned, signature: mallory.sign(SIGNING_NAMESPACE.register, registerPayload(rogue.nonce(), unsigned)) };
    const registered = (await rogue.socket.timeout(ACK_MS).emitWithAck('register', claim)) as { ok: boolean; roles?: string[] };
    assert.deepEqual([registered.ok, registered.roles], [true, ['interface']], 'registered, but relay and seed are not granted');
    assert.equal(await ack(rogue.socket, 'roles', ['interface', 'seed']), 'not-allowed', 'nor taken by a role change');

    // A relay that proves the operator's secret is granted the role.
    const genuine = await registerRelay(server.url, ['turn:127.0.0.1:10?transport=udp'], secret);
    sockets.push(genuine.socket);

    const [page] = await openTabs(context, server.url, 1);
    await waitFor('the tab to register', async () => (await tabInfo(page!)).signaling === 'registered', 30_000, 100);
    const offered = await page!.evaluate(() => window.tabmesh!.relays().map((r) => r.id));
    assert.deepEqual(offered, [genuine.identity.id], 'the tab is offered the vouched relay only');

    // A socket opened by a page of another origin (a browser sends its Origin) is refused.
    const foreign = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { origin: 'http://evil.example' } });
    sockets.push(foreign);
    await new Promise<void>((resolve) => foreign.once('connect_error', () => resolve()));

    const text = await metricsText(server);
    assert.equal(metricValue(text, 'tabmesh_role_claims_refused_total', '{reason="unvouched"}'), 2);
    assert.equal(metricValue(text, 'tabmesh_sockets_refused_total', '{reason="origin"}'), 1);
    assert.equal(metricValue(text, 'tabmesh_nodes', '{role="relay"}'), 1);
    assert.equal(metricValue(text, 'tabmesh_nodes', '{role="seed"}'), 0);
  } finally {
    for (const socket of sockets) socket.disconnect();
    await context.close();
    await server.close();
  }
});
