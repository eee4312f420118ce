/**
 * How a signal finds its target through the mesh: straight to a neighbour, via the neighbour
 * that lists the target, by flood with a ttl; back along the reverse path; each signal handled
 * once per node.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESH_FLOOD_FANOUT, MESH_SIGNAL_TTL } from '../../../../web/src/node/mesh-signal/channel.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import { signSignal } from '../../../../web/src/node/signaling/signal-auth.ts';
import { buildMesh, handled, signed } from './helpers.ts';

test('to a neighbour: one message, straight to it', async () => {
  const { clock, members, stop } = await buildMesh(3, [[0, 1], [0, 2]]);
  const [a, b, c] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
  assert.equal(a.mesh.reach(b.node.id), 'neighbour');
  const envelope = signed(a.identity, b.node.id, clock.now());
  assert.deepEqual(await a.mesh.send(envelope), { ok: true });
  await clock.advance(20);
  assert.deepEqual(b.received, [{ envelope, via: a.node.id }]);
  assert.equal(handled(c), 0, 'nobody else sees it');
  assert.deepEqual(a.mesh.stats.sent, { neighbour: 1, routed: 0, flood: 0 });
  stop();
});

test('to a neighbour of a neighbour: through the neighbour whose table lists it, and no one else', async () => {
  // a — b — c, and a — d (d knows nothing of c)
  const { clock, members, stop } = await buildMesh(4, [[0, 1], [1, 2], [0, 3]]);
  const [a, b, c, d] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0], (typeof members)[0]];
  assert.ok(a.node.table.get(b.node.id)?.neighbours.has(c.node.id), "b's table entry lists c");
  assert.equal(a.mesh.reach(c.node.id), 'routed');
  const offer = signed(a.identity, c.node.id, clock.now());
  assert.equal((await a.mesh.send(offer)).ok, true);
  await clock.advance(50);
  assert.deepEqual(c.received, [{ envelope: offer, via: b.node.id }]);
  assert.equal(b.mesh.stats.forwarded, 1);
  assert.equal(handled(d), 0);
  assert.deepEqual(a.mesh.stats.sent, { neighbour: 0, routed: 1, flood: 0 });

  // The answer goes back the way the offer came (c does not know a is b's neighbour from its own routing alone).
  const answer = signSignal(c.identity, { to: a.node.id, kind: 'answer', session: offer.session, sdp: 'v=0\r\n', ts: clock.now() });
  assert.equal(c.mesh.reach(a.node.id, offer.session), 'routed');
  assert.equal((await c.mesh.send(answer)).ok, true);
  await clock.advance(50);
  assert.deepEqual(a.received, [{ envelope: answer, via: b.node.id }]);
  assert.equal(handled(d), 0);
  stop();
});

test(`beyond what the tables show: a flood, ${MESH_SIGNAL_TTL} hops at most`, async () => {
  // a line: 0 — 1 — 2 — 3 — 4 — 5
  const { clock, members, stop } = await buildMesh(6, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
  const [a] = members;
  assert.equal(a!.mesh.reach(members[4]!.node.id), 'flood');

  const four = signed(a!.identity, members[4]!.node.id, clock.now());
  assert.equal((await a!.mesh.send(four)).ok, true);
  await clock.advance(100);
  assert.equal(members[4]!.received.length, 1, 'four hops away: reached');
  assert.deepEqual(a!.mesh.stats.sent.flood, 1);

  const five = signed(a!.identity, members[5]!.node.id, clock.now());
  assert.equal((await a!.mesh.send(five)).ok, true);
  await clock.advance(100);
  assert.equal(members[5]!.received.length, 0, 'five hops away: the ttl ran out');
  assert.equal(members[4]!.mesh.stats.dropped.ttl, 1, 'dropped where the ttl reached 1');
  stop();
});

test(`a flood goes to at most ${MESH_FLOOD_FANOUT} neighbours and dies where there is nowhere left to go`, async () => {
  const leaves = MESH_FLOOD_FANOUT + 2;
  const { clock, members, stop } = await buildMesh(1 + leaves, Array.from({ length: leaves }, (_, i) => [0, i + 1] as const));
  const hub = members[0]!;
  const nowhere = Identity.generate().id;
  assert.equal((await hub.mesh.send(signed(hub.identity, nowhere, clock.now()))).ok, true);
  await clock.advance(50);
  const reached = members.slice(1).filter((m) => handled(m) > 0);
  assert.equal(reached.length, MESH_FLOOD_FANOUT);
  for (const leaf of reached) assert.equal(leaf.mesh.stats.dropped['no-route'], 1);
  stop();
});

test('a flood is handled once per node: copies over other paths are dropped as duplicates', async () => {
  // a diamond a — b — d, a — c — d, then d — e: e is beyond what a's tables show.
  const { clock, members, stop } = await buildMesh(5, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4]]);
  const [a, , , d, e] = members;
  const envelope = signed(a!.identity, e!.node.id, clock.now());
  assert.equal(a!.mesh.reach(e!.node.id), 'flood');
  assert.equal((await a!.mesh.send(envelope)).ok, true);
  await clock.advance(100);
  assert.equal(e!.received.length, 1, 'delivered once');
  assert.equal(d!.mesh.stats.forwarded, 1);
  assert.equal(d!.mesh.stats.dropped.duplicate, 1, 'the second copy dies at d');
  stop();
});

test('with no neighbours the mesh cannot carry anything', async () => {
  const { clock, members, stop } = await buildMesh(2, []);
  const [a, b] = members;
  assert.equal(a!.mesh.reach(b!.node.id), 'none');
  const result = await a!.mesh.send(signed(a!.identity, b!.node.id, clock.now()));
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.code, 'unknown-peer');
  stop();
});
