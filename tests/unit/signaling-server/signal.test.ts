import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import { SIGNALING_LIMITS, type AckResult, type SignalEnvelope } from '../../../web/src/node/signaling/protocol.ts';
import { newSessionId, signSignal } from '../../../web/src/node/signaling/signal-auth.ts';
import { connect, connectRegistered, rejects, scrape, startServer, waitForEvent, WAIT_MS, type TestClient } from './harness.ts';

function offer(from: Identity, to: string, overrides: Partial<{ ts: number; session: string }> = {}): SignalEnvelope {
  return signSignal(from, { to, kind: 'offer', session: overrides.session ?? newSessionId(), sdp: 'v=0\r\n', ts: overrides.ts ?? Date.now() });
}

function send(client: TestClient, envelope: unknown): Promise<AckResult> {
  return client.raw.timeout(WAIT_MS).emitWithAck('signal', envelope) as Promise<AckResult>;
}

async function pair(t: TestContext) {
  const server = await startServer(t);
  const alice = await connectRegistered(t, server);
  const bob = await connectRegistered(t, server);
  return { server, alice, bob };
}

describe('signal', () => {
  test('is forwarded unchanged between registered peers', async (t) => {
    const { server, alice, bob } = await pair(t);
    const envelope = offer(alice.identity, bob.id);
    const received = waitForEvent<SignalEnvelope>(bob.socket, 'signal');
    assert.deepEqual(await send(alice, envelope), { ok: true });
    assert.deepEqual(await received, envelope);

    const answer = signSignal(bob.identity, { to: alice.id, kind: 'answer', session: envelope.session, sdp: 'v=0\r\n', ts: Date.now() });
    const back = waitForEvent<SignalEnvelope>(alice.socket, 'signal');
    assert.deepEqual(await send(bob, answer), { ok: true });
    assert.deepEqual(await back, answer);
    assert.equal((await scrape(server)).get('tabmesh_signals_forwarded_total'), 2);
  });

  test('refused envelopes get their code, are counted, and never reach the target', async (t) => {
    const { server, alice, bob } = await pair(t);
    const mallory = Identity.generate();
    const delivered: SignalEnvelope[] = [];
    bob.socket.on('signal', (e) => delivered.push(e));

    // Forged for another id: alice sends an envelope claiming to be from someone else.
    const forgedFrom = await send(alice, offer(mallory, bob.id));
    assert.equal(forgedFrom.ok ? 'ok' : forgedFrom.code, 'id-mismatch');

    // Bad signature: from is alice, but signed by another key.
    const wrongKey = { ...offer(mallory, bob.id), from: alice.id };
    const badSig = await send(alice, wrongKey);
    assert.equal(badSig.ok ? 'ok' : badSig.code, 'bad-signature');

    // Tampered SDP after signing.
    const tampered = { ...offer(alice.identity, bob.id), sdp: 'v=0\r\na=fingerprint:evil\r\n' };
    const tamperedResult = await send(alice, tampered);
    assert.equal(tamperedResult.ok ? 'ok' : tamperedResult.code, 'bad-signature');

    // Stale.
    const stale = await send(alice, offer(alice.identity, bob.id, { ts: Date.now() - SIGNALING_LIMITS.signalMaxAgeMs - 5_000 }));
    assert.equal(stale.ok ? 'ok' : stale.code, 'expired');

    // Replayed: the same envelope twice.
    const once = offer(alice.identity, bob.id);
    assert.deepEqual(await send(alice, once), { ok: true });
    const replay = await send(alice, once);
    assert.equal(replay.ok ? 'ok' : replay.code, 'replayed');

    // Unknown target.
    const unknown = await send(alice, offer(alice.identity, mallory.id));
    assert.equal(unknown.ok ? 'ok' : unknown.code, 'unknown-peer');

    // Oversized SDP.
    const huge = signSignal(alice.identity, { to: bob.id, kind: 'offer', session: newSessionId(), sdp: 'x'.repeat(SIGNALING_LIMITS.maxSdpChars + 1), ts: Date.now() });
    const oversized = await send(alice, huge);
    assert.equal(oversized.ok ? 'ok' : oversized.code, 'oversized');

    // A final good envelope: it must be the second and last one bob sees (ordering on one socket).
    const last = offer(alice.identity, bob.id);
    const lastArrives = waitForEvent<SignalEnvelope>(bob.socket, 'signal');
    assert.deepEqual(await send(alice, last), { ok: true });
    await lastArrives;
    assert.deepEqual(delivered, [once, last]);

    const samples = await scrape(server);
    assert.equal(rejects(samples, 'id-mismatch'), 1);
    assert.equal(rejects(samples, 'bad-signature'), 2);
    assert.equal(rejects(samples, 'expired'), 1);
    assert.equal(rejects(samples, 'replayed'), 1);
    assert.equal(rejects(samples, 'unknown-peer'), 1);
    assert.equal(rejects(samples, 'oversized'), 1);
    assert.equal(samples.get('tabmesh_signals_forwarded_total'), 2);
  });

  test('an sdp that is not a string is malformed, not oversized', async (t) => {
    const { server, alice, bob } = await pair(t);
    for (const sdp of [42, null, ['v=0'], { type: 'offer' }]) {
      const result = await send(alice, { ...offer(alice.identity, bob.id), sdp });
      assert.equal(result.ok ? 'ok' : result.code, 'malformed', JSON.stringify(sdp));
    }
    const samples = await scrape(server);
    assert.equal(rejects(samples, 'malformed'), 4);
    assert.equal(rejects(samples, 'oversized'), 0);
  });

  test('an unregistered socket cannot signal', async (t) => {
    const { server, bob } = await pair(t);
    const stranger = await connect(t, server);
    const result = await send(stranger, offer(Identity.generate(), bob.id));
    assert.equal(result.ok ? 'ok' : result.code, 'not-registered');
    assert.equal(rejects(await scrape(server), 'not-registered'), 1);
  });

  test('a signal to a peer that left is refused as unknown', async (t) => {
    const { server, alice, bob } = await pair(t);
    const left = waitForEvent(bob.socket, 'disconnect');
    bob.socket.disconnect();
    await left;
    // The server notices the close asynchronously; wait on the gauge with a bound.
    for (let i = 0; ; i++) {
      const result = await send(alice, offer(alice.identity, bob.id));
      if (!result.ok && result.code === 'unknown-peer') break;
      assert.ok(i < 50, 'server forgot the departed peer');
    }
    assert.equal((await scrape(server)).get('tabmesh_nodes_total'), 1);
  });
});
