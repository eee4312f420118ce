/**
 * ICE servers that are still being chosen (the relay measurement): the connector's dials and
 * answers wait for them, count against the answer bound meanwhile, and can be abandoned.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import type SimplePeer from 'simple-peer';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import type { IceServer, SignalEnvelope } from '../../../web/src/node/signaling/protocol.ts';
import { newSessionId, signSignal } from '../../../web/src/node/signaling/signal-auth.ts';
import { MAX_PENDING_ANSWERS, WebRtcConnector } from '../../../web/src/webrtc/webrtc-connector.ts';
import { VirtualClock } from '../../support/virtual-clock.ts';

const TURN: IceServer[] = [{ urls: ['turn:10.0.0.1:3478'], username: 'u', credential: 'c' }];

interface Deferred {
  promise: Promise<IceServer[]>;
  resolve(servers: IceServer[]): void;
}

function deferred(): Deferred {
  let resolve!: (servers: IceServer[]) => void;
  const promise = new Promise<IceServer[]>((r) => (resolve = r));
  return { promise, resolve };
}

function setup() {
  const configs: (RTCConfiguration | undefined)[] = [];
  const peers: { destroyed: boolean }[] = [];
  class StubPeer extends EventEmitter {
    destroyed = false;
    constructor(options: SimplePeer.Options) {
      super();
      configs.push(options.config);
      peers.push(this);
    }
    signal(): void {}
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      queueMicrotask(() => this.emit('close'));
    }
  }
  const clock = new VirtualClock();
  const me = Identity.generate();
  const listeners: ((e: SignalEnvelope) => void)[] = [];
  const sent: SignalEnvelope[] = [];
  let pending = deferred();
  const connector = new WebRtcConnector({
    identity: me,
    clock,
    SimplePeer: StubPeer as unknown as typeof SimplePeer,
    signaling: {
      send: async (e) => (sent.push(e), { ok: true }),
      onSignal: (l) => void listeners.push(l),
      iceServers: () => pending.promise,
    },
  });
  connector.listen(() => ({ ok: true }), () => undefined);
  const offerFrom = (from: Identity): void => {
    const e = signSignal(from, { to: me.id, kind: 'offer', session: newSessionId(), sdp: 'v=0\r\n', ts: clock.now() });
    for (const l of listeners) l(e);
  };
  return {
    clock,
    connector,
    configs,
    peers,
    sent,
    offerFrom,
    settle: (servers: IceServer[]) => {
      pending.resolve(servers);
      pending = deferred();
    },
  };
}

test('a dial waits for the ICE servers and uses them; an abort while waiting rejects at once', async () => {
  const { clock, connector, configs, settle } = setup();
  const controller = new AbortController();
  void connector.dial(Identity.generate().id, controller.signal).catch(() => undefined);
  await clock.advance(1);
  assert.equal(configs.length, 0, 'no peer connection before the servers are known');
  settle(TURN);
  await clock.advance(1);
  assert.deepEqual(configs, [{ iceServers: TURN }]);

  const aborted = new AbortController();
  const dial = connector.dial(Identity.generate().id, aborted.signal);
  aborted.abort(new TabmeshError('timeout', 'dial timed out'));
  await assert.rejects(dial, { code: 'timeout' });
  settle(TURN);
  await clock.advance(1);
  assert.equal(configs.length, 1, 'the abandoned dial never makes a peer connection');
  controller.abort();
  connector.close();
});

test('answers waiting for ICE servers count against the bound; a superseded or closed one makes no peer connection', async () => {
  const { clock, connector, configs, peers, sent, offerFrom, settle } = setup();
  const alice = Identity.generate();
  offerFrom(alice);
  offerFrom(alice); // supersedes the first while both wait
  for (let i = 1; i < MAX_PENDING_ANSWERS; i++) offerFrom(Identity.generate());
  const extra = Identity.generate();
  offerFrom(extra);
  await clock.advance(1);
  assert.deepEqual(sent.map((e) => [e.kind, e.sdp, e.to]), [['reject', 'at-capacity', extra.id]], 'waiting answers fill the bound');
  settle(TURN);
  await clock.advance(1);
  assert.equal(configs.length, MAX_PENDING_ANSWERS, 'one peer connection per waiting answer, none for the superseded one');
  assert.ok(configs.every((c) => c?.iceServers === TURN));

  offerFrom(Identity.generate());
  connector.close();
  assert.ok(peers.every((p) => p.destroyed));
  settle(TURN);
  await clock.advance(1);
  assert.equal(configs.length, MAX_PENDING_ANSWERS, 'nothing created after close()');
});
