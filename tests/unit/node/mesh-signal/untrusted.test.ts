/**
 * What a neighbour hands over is untrusted: garbage and oversized messages are dropped and
 * reported to the link, the work per link is bounded, forged envelopes are not flooded, and one
 * carried to its target along a known route is refused there by the connector.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type SimplePeer from 'simple-peer';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import { peerIdBytes } from '../../../../web/src/node/base/peer-id.ts';
import { MESH_SIGNAL_BURST, MESH_SIGNAL_PER_SECOND } from '../../../../web/src/node/mesh-signal/channel.ts';
import { SIGNALING_LIMITS } from '../../../../web/src/node/signaling/protocol.ts';
import { WebRtcConnector } from '../../../../web/src/webrtc/webrtc-connector.ts';
import { TRANSPORT_LIMITS } from '../../../../web/src/node/transport/types.ts';
import { MESSAGE_TYPE } from '../../../../web/src/node/wire/constants.ts';
import { MAX_MESH_SIGNAL_BYTES } from '../../../../web/src/node/mesh-signal/messages.ts';
import { encodeFrame } from '../../../../web/src/node/wire/frame.ts';

import { buildMesh, handled, signed, type MeshMember } from './helpers.ts';
import { encodeMeshMessage } from '../../../support/mesh-registries.ts';

function rawSend(from: MeshMember, to: MeshMember, target: string, envelope: string, ttl = 4): void {
  const sent = from.node.manager.link(to.node.id)!.send(encodeMeshMessage({ kind: 'meshSignal', target, ttl, envelope }));
  assert.equal(sent.ok, true);
}

test('garbage is dropped and reported to the link; a neighbour that keeps sending it is disconnected', async () => {
  const { clock, members, stop } = await buildMesh(2, [[0, 1]]);
  const [a, b] = members as [MeshMember, MeshMember];
  const good = signed(a.identity, b.node.id, clock.now());
  rawSend(a, b, b.node.id, 'not json');
  rawSend(a, b, b.node.id, JSON.stringify({ ...good, session: 'xyz' })); // shape check fails
  await clock.advance(20);
  assert.equal(b.mesh.stats.dropped.malformed, 2);
  assert.equal(b.received.length, 0);
  assert.ok(b.node.manager.link(a.node.id), 'still linked below the malformed-frame limit');
  assert.equal(TRANSPORT_LIMITS.maxMalformedFrames, 3);
  rawSend(a, b, Identity.generate().id, JSON.stringify(good)); // target differs from envelope.to
  await clock.advance(20);
  assert.equal(b.mesh.stats.dropped.malformed, 3);
  assert.equal(b.node.manager.link(a.node.id), undefined, 'the link is closed after too many malformed messages');
  stop();
});

test('oversized messages never reach the channel: the decoder refuses them, the sender cannot build them', async () => {
  const { clock, members, stop } = await buildMesh(2, [[0, 1]]);
  const [a, b] = members as [MeshMember, MeshMember];
  // A frame whose envelope string is longer than the declaration allows: target, ttl, u16 length, bytes.
  const length = MAX_MESH_SIGNAL_BYTES + 1;
  const body = new Uint8Array(32 + 1 + 2 + length);
  body.set(peerIdBytes(b.node.id), 0);
  body[32] = 4;
  new DataView(body.buffer).setUint16(33, length);
  body.fill(0x61, 35);
  a.node.manager.link(b.node.id)!.send(encodeFrame(MESSAGE_TYPE.meshSignal, body));
  // An envelope within the wire limit whose SDP is over the signaling limit.
  const longSdp = signed(a.identity, b.node.id, clock.now(), 'offer', 'a'.repeat(SIGNALING_LIMITS.maxSdpChars + 1));
  rawSend(a, b, b.node.id, JSON.stringify(longSdp));
  await clock.advance(20);
  assert.equal(handled(b), 1, 'the oversized frame never got to the channel');
  assert.equal(b.mesh.stats.dropped.malformed, 1);
  assert.equal(b.received.length, 0);

  const tooBig = signed(a.identity, b.node.id, clock.now(), 'offer', 'a'.repeat(MAX_MESH_SIGNAL_BYTES));
  const result = await a.mesh.send(tooBig);
  assert.equal(!result.ok && result.code, 'oversized');
  stop();
});

test(`work per link is bounded: ${MESH_SIGNAL_BURST} messages at once, then ${MESH_SIGNAL_PER_SECOND} a second`, async () => {
  const { clock, members, stop } = await buildMesh(2, [[0, 1]]);
  const [a, b] = members as [MeshMember, MeshMember];
  const json = JSON.stringify(signed(a.identity, b.node.id, clock.now()));
  for (let i = 0; i < MESH_SIGNAL_BURST + 36; i++) rawSend(a, b, b.node.id, json);
  await clock.advance(20);
  const { dropped } = b.mesh.stats;
  assert.equal(b.received.length, 1);
  assert.equal(dropped.duplicate, MESH_SIGNAL_BURST - 1, 'the same signal again is handled once');
  assert.equal(dropped['rate-limited'], 36);
  await clock.advance(1_000);
  for (let i = 0; i < MESH_SIGNAL_PER_SECOND + 5; i++) rawSend(a, b, b.node.id, json);
  await clock.advance(20);
  assert.equal(dropped['rate-limited'], 36 + 5);
  assert.ok(b.node.manager.link(a.node.id), 'rate limiting does not cost the link');
  stop();
});

test('an intermediate hop floods only signals whose signature holds, and only fresh ones', async () => {
  // a line 0 — 1 — 2 — 3 — 4: from 0, 4 is reached by flood through 1.
  const { clock, members, stop } = await buildMesh(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
  const [a, b, , , e] = members as MeshMember[];
  const mallory = Identity.generate();
  const forged = { ...signed(mallory, e!.node.id, clock.now()), from: a!.node.id };
  assert.equal((await a!.mesh.send(forged)).ok, true);
  const stale = signed(a!.identity, e!.node.id, clock.now() - SIGNALING_LIMITS.signalMaxAgeMs - 1_000);
  assert.equal((await a!.mesh.send(stale)).ok, true);
  await clock.advance(100);
  assert.equal(b!.mesh.stats.dropped['bad-signature'], 1);
  assert.equal(b!.mesh.stats.dropped.expired, 1);
  assert.equal(b!.mesh.stats.forwarded, 0);
  assert.equal(e!.received.length, 0);
  stop();
});

/** A simple-peer stand-in that records being created and never connects. */
function stubPeers(): { Stub: typeof SimplePeer; created: () => number } {
  let created = 0;
  class StubPeer extends EventEmitter {
    constructor() {
      super();
      created += 1;
    }
    signal(): void {}
    destroy(): void {
      queueMicrotask(() => this.emit('close'));
    }
  }
  return { Stub: StubPeer as unknown as typeof SimplePeer, created: () => created };
}

test("a forged envelope carried through the mesh is refused by the target's connector; the genuine one is answered back through the mesh", async () => {
  // a — b — c: b lists c, so a's signals reach c through b without any check on the way.
  const { clock, members, stop } = await buildMesh(3, [[0, 1], [1, 2]]);
  const [a, b, c] = members as [MeshMember, MeshMember, MeshMember];
  const { Stub, created } = stubPeers();
  const connector = new WebRtcConnector({
    identity: c.identity,
    clock,
    signaling: { send: (e) => c.mesh.send(e), onSignal: (l) => void c.mesh.onSignal(l), iceServers: () => [] },
    SimplePeer: Stub,
  });
  connector.listen(() => ({ ok: false, code: 'at-capacity' }), () => undefined);
  const mallory = Identity.generate();
  const genuine = signed(a.identity, c.node.id, clock.now());
  const forgeries = [
    { ...signed(mallory, c.node.id, clock.now()), from: a.node.id }, // signed by another key than `from`
    { ...genuine, sdp: 'v=0\r\na=fingerprint:sha-256 00\r\n' }, // SDP swapped after signing, same session
    { ...genuine, signature: '0x' + '00'.repeat(65) },
  ];
  for (const forged of forgeries) assert.equal((await a.mesh.send(forged)).ok, true);
  await clock.advance(50);
  assert.equal(b.mesh.stats.forwarded, 3, 'a known route forwards without checking signatures');
  assert.equal(c.mesh.stats.delivered, 3);
  const refusals = { 'id-mismatch': 2, 'bad-signature': 1 };
  assert.deepEqual(Object.fromEntries(connector.rejected), refusals);
  assert.equal(created(), 0, 'no peer connection for a forged offer');

  // The genuine offer arrives after forged ones with the same session: not shadowed by them.
  assert.equal((await a.mesh.send(genuine)).ok, true);
  await clock.advance(50);
  assert.equal(c.mesh.stats.delivered, 4, 'the forged copies did not shadow it');
  const reject = a.received.find((r) => r.envelope.kind === 'reject');
  assert.ok(reject, 'the refusal came back to a through the mesh');
  assert.equal(reject.envelope.session, genuine.session);
  assert.equal(reject.via, b.node.id);
  assert.deepEqual(Object.fromEntries(connector.rejected), refusals, 'the genuine offer passed every check');
  connector.close();
  stop();
});
