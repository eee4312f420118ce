/**
 * The receiving node's own checks on signals, independent of the server: the connector is fed
 * through a SignalChannel the test controls (standing in for a compromised or buggy server).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import SimplePeer from 'simple-peer';
import { systemClock, type Clock } from '../../../web/src/node/base/clock.ts';
import type { ErrorCode } from '../../../web/src/node/base/errors.ts';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import type { AcceptDecision } from '../../../web/src/node/transport/types.ts';
import { SIGNALING_LIMITS, type SignalEnvelope, type SignalKind } from '../../../web/src/node/signaling/protocol.ts';
import { newSessionId, signSignal, verifySignal } from '../../../web/src/node/signaling/signal-auth.ts';
import { MAX_PENDING_ANSWERS, WebRtcConnector, type SignalChannel } from '../../../web/src/webrtc/webrtc-connector.ts';
import type { Link } from '../../../web/src/node/transport/types.ts';
import { VirtualClock } from '../../support/virtual-clock.ts';
import { waitFor, wrtc } from '../node/signaling/helpers.ts';

interface FakeChannel extends SignalChannel {
  sent: SignalEnvelope[];
  deliver(envelope: SignalEnvelope): void;
}

function fakeChannel(): FakeChannel {
  const listeners: ((e: SignalEnvelope) => void)[] = [];
  const sent: SignalEnvelope[] = [];
  return {
    sent,
    send: async (e) => (sent.push(e), { ok: true }),
    onSignal: (l) => void listeners.push(l),
    iceServers: () => [],
    deliver: (e) => listeners.forEach((l) => l(e)),
  };
}

interface Setup {
  me: Identity;
  channel: FakeChannel;
  connector: WebRtcConnector;
  links: Link[];
}

function setup(SimplePeerImpl: typeof SimplePeer, clock: Clock, policy: () => AcceptDecision = () => ({ ok: true })): Setup {
  const me = Identity.generate();
  const channel = fakeChannel();
  const connector = new WebRtcConnector({ identity: me, clock, signaling: channel, SimplePeer: SimplePeerImpl, wrtc });
  const links: Link[] = [];
  connector.listen(policy, (link) => links.push(link));
  return { me, channel, connector, links };
}

function envelope(from: Identity, to: string, ts: number, kind: SignalKind = 'offer', sdp = 'v=0\r\n', session = newSessionId()): SignalEnvelope {
  return signSignal(from, { to, kind, session, sdp, ts });
}

function counts(connector: WebRtcConnector): Partial<Record<ErrorCode, number>> {
  return Object.fromEntries(connector.rejected);
}

test('forged, tampered, stale, replayed and misaddressed signals are refused and counted; no peer connection is made for them', async (t) => {
  const created: SimplePeer.Instance[] = [];
  const Counting = function (options: SimplePeer.Options) {
    const peer = new SimplePeer(options);
    created.push(peer);
    return peer;
  } as unknown as typeof SimplePeer;
  const { me, channel, connector, links } = setup(Counting, systemClock);
  const alice = Identity.generate();
  const mallory = Identity.generate();
  const alicePeer = new SimplePeer({ initiator: true, trickle: false, wrtc, config: { iceServers: [] } });
  t.after(() => {
    alicePeer.destroy();
    connector.close();
    for (const link of links) link.close();
  });
  const sdp = await new Promise<string>((resolve) => alicePeer.once('signal', (s: SimplePeer.SignalData) => resolve(s.type === 'offer' ? (s.sdp ?? '') : '')));
  const now = Date.now();
  const maxAge = SIGNALING_LIMITS.signalMaxAgeMs;
  const good = envelope(alice, me.id, now, 'offer', sdp);

  const refused: [ErrorCode, SignalEnvelope][] = [
    ['id-mismatch', { ...envelope(mallory, me.id, now, 'offer', sdp), from: alice.id }], // signed by another key than `from`
    ['id-mismatch', { ...good, sdp: sdp + 'a=fingerprint:sha-256 00\r\n' }], // SDP swapped after signing
    ['id-mismatch', { ...good, session: newSessionId() }],
    ['expired', envelope(alice, me.id, now - maxAge - 5_000, 'offer', sdp)],
    ['expired', envelope(alice, me.id, now + maxAge + 5_000, 'offer', sdp)],
    ['bad-id', envelope(alice, mallory.id, now, 'offer', sdp)], // addressed to another id
    ['bad-signature', { ...good, signature: '0x' + '00'.repeat(65) }],
    ['unknown-peer', envelope(alice, me.id, now, 'answer', sdp)], // an answer to a dial never made
  ];
  for (const [, e] of refused) channel.deliver(e);
  const expected: Partial<Record<ErrorCode, number>> = {};
  for (const [code] of refused) expected[code] = (expected[code] ?? 0) + 1;
  assert.deepEqual(counts(connector), expected);
  assert.equal(created.length, 0, 'no peer connection for a refused signal');
  assert.equal(channel.sent.length, 0, 'and no reply');

  // The genuine offer is answered, with a signed answer, and the channel opens.
  channel.deliver(good);
  assert.equal(created.length, 1);
  const answer = await waitFor('the answer', () => channel.sent.find((e) => e.kind === 'answer'), 10_000);
  assert.deepEqual([answer.from, answer.to, answer.session], [me.id, alice.id, good.session]);
  assert.equal(verifySignal(answer, Date.now()).ok, true);
  alicePeer.signal({ type: 'answer', sdp: answer.sdp });
  await waitFor('the data channel to open', () => links.length === 1, 10_000);
  assert.equal(links[0]?.remoteId, alice.id);
  assert.equal(links[0]?.direction, 'inbound');

  // The same offer again is a replay, whoever delivers it.
  channel.deliver(good);
  assert.equal(counts(connector).replayed, 1);
  assert.equal(created.length, 1);
  assert.equal(channel.sent.length, 1);
});

/** A simple-peer stand-in that never connects: it only records being created and destroyed. */
function stubPeers(): { Stub: typeof SimplePeer; peers: { destroyed: boolean }[] } {
  const peers: StubPeer[] = [];
  class StubPeer extends EventEmitter {
    destroyed = false;
    constructor() {
      super();
      peers.push(this);
    }
    signal(): void {}
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      queueMicrotask(() => this.emit('close'));
    }
  }
  return { Stub: StubPeer as unknown as typeof SimplePeer, peers };
}

test('an offer the policy refuses gets a signed reject and no peer connection', async () => {
  const { Stub, peers } = stubPeers();
  const clock = new VirtualClock();
  const { me, channel, connector } = setup(Stub, clock, () => ({ ok: false, code: 'at-capacity' }));
  const alice = Identity.generate();
  const offer = envelope(alice, me.id, clock.now());
  channel.deliver(offer);
  await clock.advance(1);
  assert.equal(peers.length, 0);
  const [reject] = channel.sent;
  assert.deepEqual([reject?.kind, reject?.sdp, reject?.session, reject?.to], ['reject', 'at-capacity', offer.session, alice.id]);
  assert.equal(reject && verifySignal(reject, clock.now()).ok, true);
  assert.equal(connector.rejected.size, 0, 'a policy refusal is not a bad signal');
});

test(`answers in progress are bounded: one per peer (a newer offer supersedes), ${MAX_PENDING_ANSWERS} in all, freed on timeout`, async () => {
  const { Stub, peers } = stubPeers();
  const clock = new VirtualClock();
  const { me, channel, connector } = setup(Stub, clock);
  const alice = Identity.generate();
  channel.deliver(envelope(alice, me.id, clock.now()));
  channel.deliver(envelope(alice, me.id, clock.now()));
  await clock.advance(1);
  assert.equal(peers.length, 2);
  assert.deepEqual(peers.map((p) => p.destroyed), [true, false], 'the older answer to alice is dropped');

  for (let i = 1; i < MAX_PENDING_ANSWERS; i++) channel.deliver(envelope(Identity.generate(), me.id, clock.now()));
  assert.equal(peers.filter((p) => !p.destroyed).length, MAX_PENDING_ANSWERS);
  const extra = Identity.generate();
  channel.deliver(envelope(extra, me.id, clock.now()));
  await clock.advance(1);
  assert.equal(peers.length, 1 + MAX_PENDING_ANSWERS, 'no peer connection beyond the bound');
  assert.deepEqual(channel.sent.map((e) => [e.kind, e.sdp, e.to]), [['reject', 'at-capacity', extra.id]]);
  channel.deliver(envelope(alice, me.id, clock.now()));
  assert.equal(peers.length, 2 + MAX_PENDING_ANSWERS, 'a peer may still replace its own answer when full');

  await clock.advance(15_001);
  assert.ok(peers.every((p) => p.destroyed), 'unanswered peers time out');
  channel.deliver(envelope(extra, me.id, clock.now()));
  await clock.advance(1);
  assert.equal(peers.at(-1)?.destroyed, false, 'room again after the timeout');
  connector.close();
  assert.ok(peers.every((p) => p.destroyed), 'close() drops answers in progress');
});

// @roamhq/wrtc keeps the process alive for ~12 s after its peers are destroyed; end promptly.
after(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
