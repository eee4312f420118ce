import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import type { BootstrapResult, ServerErrorEvent } from '../../../web/src/node/signaling/protocol.ts';
import { connect, connectRegistered, rejects, scrape, sendRegister, signedRegister, startServer, waitForEvent } from './harness.ts';

const ICE = [{ urls: 'turn:turn.test.invalid:3478', username: 'u', credential: 'secret' }];

describe('register', () => {
  test('a signed registration is acknowledged with the configured ICE servers and the server time', async (t) => {
    const server = await startServer(t, { iceServers: ICE, clock: () => 1_234_567 });
    const client = await connect(t, server);
    const first = client.challenge();
    assert.match(first.nonce, /^[0-9a-f]{64}$/);
    assert.equal(first.expiresAt > 1_234_567, true);
    const result = await sendRegister(client, signedRegister(Identity.generate(), first.nonce, ['interface', 'broker']));
    assert.deepEqual(result, { ok: true, iceServers: ICE, serverTime: 1_234_567, relays: [], roles: ['interface', 'broker'] });
    assert.notEqual(client.challenge().nonce, first.nonce, 'a fresh challenge arrived before the ack');
    const samples = await scrape(server);
    assert.equal(samples.get('tabmesh_registrations_total'), 1);
    assert.equal(samples.get('tabmesh_nodes_total'), 1);
    assert.equal(samples.get('tabmesh_nodes{role="broker"}'), 1);
  });

  test('without configuration the ICE server list is empty', async (t) => {
    const server = await startServer(t);
    const client = await connect(t, server);
    const result = await sendRegister(client, signedRegister(Identity.generate(), client.challenge().nonce));
    assert.ok(result.ok);
    assert.deepEqual(result.iceServers, []);
  });

  test('forged registrations are refused with their code and counted', async (t) => {
    const server = await startServer(t);
    const client = await connect(t, server);
    const victim = Identity.generate();
    const attacker = Identity.generate();

    const byOtherKey = await sendRegister(client, { ...signedRegister(attacker, client.challenge().nonce), id: victim.id });
    assert.equal(byOtherKey.ok ? 'ok' : byOtherKey.code, 'id-mismatch');

    const otherNonce = await sendRegister(client, signedRegister(victim, 'ab'.repeat(32)));
    assert.equal(otherNonce.ok ? 'ok' : otherNonce.code, 'id-mismatch');

    const request = signedRegister(victim, client.challenge().nonce);
    assert.equal((await sendRegister(client, request)).ok, true);
    const reused = await sendRegister(client, request);
    assert.equal(reused.ok ? 'ok' : reused.code, 'replayed');

    const badShape = await sendRegister(client, { ...request, signature: '0x1234' });
    assert.equal(badShape.ok ? 'ok' : badShape.code, 'bad-signature');
    const badId = await sendRegister(client, { ...request, id: 'not-an-id' });
    assert.equal(badId.ok ? 'ok' : badId.code, 'bad-id');

    const samples = await scrape(server);
    assert.equal(rejects(samples, 'id-mismatch'), 2);
    assert.equal(rejects(samples, 'replayed'), 1);
    assert.equal(rejects(samples, 'bad-signature'), 1);
    assert.equal(rejects(samples, 'bad-id'), 1);
    assert.equal(samples.get('tabmesh_registrations_total'), 1);
  });

  test('a challenge from another socket cannot be answered here', async (t) => {
    const server = await startServer(t);
    const a = await connect(t, server);
    const b = await connect(t, server);
    const result = await sendRegister(b, signedRegister(Identity.generate(), a.challenge().nonce));
    assert.equal(result.ok ? 'ok' : result.code, 'id-mismatch');
  });

  test('an expired challenge is refused and replaced', async (t) => {
    let now = Date.now();
    const server = await startServer(t, { clock: () => now });
    const client = await connect(t, server);
    const stale = client.challenge();
    now = stale.expiresAt + 1;
    const identity = Identity.generate();
    const result = await sendRegister(client, signedRegister(identity, stale.nonce));
    assert.equal(result.ok ? 'ok' : result.code, 'expired');
    assert.ok((await sendRegister(client, signedRegister(identity, client.challenge().nonce))).ok);
  });

  test('a second socket claiming a registered id needs the key, and with it replaces the old socket', async (t) => {
    const server = await startServer(t);
    const original = await connectRegistered(t, server);

    const impostor = await connect(t, server);
    const forged = { ...signedRegister(Identity.generate(), impostor.challenge().nonce), id: original.id };
    const refused = await sendRegister(impostor, forged);
    assert.equal(refused.ok ? 'ok' : refused.code, 'id-mismatch');
    assert.equal(original.socket.connected, true, 'the holder keeps its id');

    const reloaded = await connect(t, server);
    const kicked = waitForEvent<ServerErrorEvent>(original.socket, 'server-error');
    const gone = waitForEvent(original.socket, 'disconnect');
    const accepted = await sendRegister(reloaded, signedRegister(original.identity, reloaded.challenge().nonce));
    assert.ok(accepted.ok);
    assert.equal((await kicked).code, 'closed');
    await gone;

    // The id now routes to the reloaded tab: a bootstrap from a third peer still finds it once.
    const third = await connectRegistered(t, server);
    const boot: BootstrapResult = await third.socket.timeout(3_000).emitWithAck('bootstrap', { k: 10 });
    assert.ok(boot.ok);
    assert.deepEqual(boot.peers.map((p) => p.id).sort(), [original.id]);
    const samples = await scrape(server);
    assert.equal(samples.get('tabmesh_nodes_total'), 2);
  });
});
