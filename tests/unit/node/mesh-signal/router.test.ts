/**
 * Which way each signal takes: the mesh for peers it knows a route to, the server for the rest
 * while registered, a mesh flood when the server is gone or refuses; replies follow their offer;
 * nothing waits for an absent server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SignalingState } from '../../../../web/src/node/api.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import type { AckResult, SignalEnvelope } from '../../../../web/src/node/signaling/protocol.ts';
import { signSignal } from '../../../../web/src/node/signaling/signal-auth.ts';
import { SignalRouter } from '../../../../web/src/node/signaling/signal-router.ts';
import { buildMesh, signed, type MeshMember } from './helpers.ts';
import type { VirtualClock } from '../../../support/virtual-clock.ts';

interface FakeServer {
  state: SignalingState;
  sent: SignalEnvelope[];
  answer: AckResult;
  listeners: ((e: SignalEnvelope) => void)[];
  sendSignal(e: SignalEnvelope): Promise<AckResult>;
  onSignal(l: (e: SignalEnvelope) => void): void;
}

function fakeServer(): FakeServer {
  const server: FakeServer = {
    state: 'registered',
    sent: [],
    answer: { ok: true },
    listeners: [],
    sendSignal: async (e) => (server.sent.push(e), server.answer),
    onSignal: (l) => void server.listeners.push(l),
  };
  return server;
}

function routerFor(member: MeshMember, clock: VirtualClock): { router: SignalRouter; server: FakeServer; got: SignalEnvelope[] } {
  const server = fakeServer();
  const router = new SignalRouter({ server, mesh: member.mesh, clock, iceServers: () => [] });
  const got: SignalEnvelope[] = [];
  router.onSignal((e) => got.push(e));
  return { router, server, got };
}

test('offers: through the mesh to a known route, through the server otherwise, a flood when the server is gone', async () => {
  // a — b — c — d — e
  const { clock, members, stop } = await buildMesh(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
  const [a, , c, d] = members as MeshMember[];
  const { router, server } = routerFor(a!, clock);

  assert.deepEqual(await router.send(signed(a!.identity, c!.node.id, clock.now())), { ok: true });
  assert.equal(server.sent.length, 0, 'two hops away: the mesh, though the server is up');
  assert.equal(router.stats.sent.mesh.offer, 1);

  assert.deepEqual(await router.send(signed(a!.identity, d!.node.id, clock.now())), { ok: true });
  assert.equal(server.sent.length, 1, 'no known route: the server');
  assert.equal(router.stats.sent.server.offer, 1);

  server.answer = { ok: false, code: 'unknown-peer', message: 'target is not registered' };
  const refused = signed(a!.identity, d!.node.id, clock.now());
  assert.deepEqual(await router.send(refused), { ok: true });
  assert.equal(router.stats.fallbacks, 1, 'a refusal by the server falls back to a mesh flood');
  await clock.advance(100);
  assert.deepEqual(d!.received.map((r) => r.envelope), [refused]);

  server.state = 'connecting';
  const flooded = signed(a!.identity, d!.node.id, clock.now());
  assert.deepEqual(await router.send(flooded), { ok: true });
  assert.equal(server.sent.length, 2, 'the server is not asked while it is gone');
  await clock.advance(100);
  assert.deepEqual(d!.received.at(-1)?.envelope, flooded);
  assert.equal(router.stats.sent.mesh.offer, 3);
  stop();
});

test('with neither a neighbour nor the server, send fails at once', async () => {
  const { clock, members, stop } = await buildMesh(2, []);
  const [a, b] = members as MeshMember[];
  const { router, server } = routerFor(a!, clock);
  server.state = 'connecting';
  const result = await router.send(signed(a!.identity, b!.node.id, clock.now()));
  assert.equal(!result.ok && result.code, 'not-registered');
  assert.equal(server.sent.length, 0);
  assert.equal(router.stats.unroutable, 1);
  stop();
});

test('an answer goes back the way its offer came', async () => {
  // a — b — c; c answers a.
  const { clock, members, stop } = await buildMesh(3, [[0, 1], [1, 2]]);
  const [a, , c] = members as MeshMember[];
  const { router, server, got } = routerFor(c!, clock);
  const answerTo = (offer: SignalEnvelope): SignalEnvelope =>
    signSignal(c!.identity, { to: a!.node.id, kind: 'answer', session: offer.session, sdp: 'v=0\r\n', ts: clock.now() });

  // An offer through the server is answered through the server, though a is two hops away.
  const viaServer = signed(a!.identity, c!.node.id, clock.now());
  for (const l of server.listeners) l(viaServer);
  assert.deepEqual(got, [viaServer]);
  await router.send(answerTo(viaServer));
  assert.equal(server.sent.length, 1);
  assert.equal(router.stats.sent.server.answer, 1);

  // An offer through the mesh is answered through the mesh, even with the server up.
  const viaMesh = signed(a!.identity, c!.node.id, clock.now());
  await a!.mesh.send(viaMesh);
  await clock.advance(50);
  assert.deepEqual(got.at(-1), viaMesh);
  const answer = answerTo(viaMesh);
  await router.send(answer);
  assert.equal(server.sent.length, 1);
  assert.equal(router.stats.sent.mesh.answer, 1);
  await clock.advance(50);
  assert.deepEqual(a!.received.at(-1)?.envelope, answer);

  // With the server gone, a server offer's answer takes the mesh.
  const late = signed(a!.identity, c!.node.id, clock.now());
  for (const l of server.listeners) l(late);
  server.state = 'connecting';
  await router.send(answerTo(late));
  assert.equal(server.sent.length, 1);
  assert.equal(router.stats.sent.mesh.answer, 2);
  stop();
});

test('an unknown peer of the server with no mesh route keeps the server refusal', async () => {
  const { clock, members, stop } = await buildMesh(1, []);
  const { router, server } = routerFor(members[0]!, clock);
  server.answer = { ok: false, code: 'unknown-peer', message: 'target is not registered' };
  const result = await router.send(signed(members[0]!.identity, Identity.generate().id, clock.now()));
  assert.equal(!result.ok && result.code, 'unknown-peer');
  assert.equal(router.stats.fallbacks, 0);
  stop();
});
