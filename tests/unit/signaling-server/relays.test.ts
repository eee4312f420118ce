/**
 * Relay offers: relays announce TURN URLs when they register, and every other registered node is
 * handed them with TURN REST credentials minted for that node by the server's secret.
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { operatorRoleProof } from '../../../web/src/host-node/role-proof.ts';
import { checkTurnUsername, verifyTurnCredential } from '../../../web/src/host-node/turn-credentials.ts';
import { Identity, SIGNING_NAMESPACE } from '../../../web/src/node/peers/identity.ts';
import type { Role } from '../../../web/src/node/peers/roles.ts';
import { registerPayload, type RegisterRequest, type RelayOffer, type RelaysResult } from '../../../web/src/node/signaling/protocol.ts';
import { EVENT_LIMITS } from '../../../signaling-server/src/rate-limit.ts';
import type { SignalingServer } from '../../../signaling-server/src/server.ts';
import { connect, connectRegistered, ManualClock, rejects, scrape, sendRegister, startServer, WAIT_MS, type TestClient } from './harness.ts';

const SECRET = 'relay-offer-test-secret';
const TTL = 600;
const TURN_A = ['turn:10.0.0.1:3478?transport=udp', 'turn:10.0.0.1:3478?transport=tcp'];
const TURN_B = ['turns:relay-b.example.org:5349'];

/** Signed, and with a proof of the TURN secret: the server vouches for relays that hold it. */
function signedRelayRegister(identity: Identity, nonce: string, turn: string[] | undefined, roles: Role[] = ['relay']): RegisterRequest {
  const unsigned: Omit<RegisterRequest, 'signature'> = { id: identity.id, roles, capabilities: ['turn'] };
  if (turn !== undefined) unsigned.turn = turn;
  const signature = identity.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, unsigned));
  return { ...unsigned, roleProof: operatorRoleProof(SECRET, nonce, identity.id), signature };
}

async function registerRelay(t: TestContext, server: SignalingServer, turn: string[]): Promise<TestClient & { identity: Identity }> {
  const client = await connect(t, server);
  const identity = Identity.generate();
  const result = await sendRegister(client, signedRelayRegister(identity, client.challenge().nonce, turn));
  if (!result.ok) throw new Error(`relay registration refused: ${result.code} ${result.message}`);
  return { ...client, identity };
}

function refresh(client: TestClient): Promise<RelaysResult> {
  return client.socket.timeout(WAIT_MS).emitWithAck('relays', {});
}

async function offersOf(client: TestClient): Promise<RelayOffer[]> {
  const result = await refresh(client);
  if (!result.ok) throw new Error(`relays refused: ${result.code}`);
  return result.relays;
}

describe('relay offers', () => {
  test('a relay announcing TURN URLs is offered to other nodes with credentials minted for each of them', async (t) => {
    const clock = new ManualClock();
    const server = await startServer(t, { clock: clock.now, turnSecret: SECRET, turnCredentialTtlSeconds: TTL });
    const relay = await registerRelay(t, server, TURN_A);

    const tab = await connect(t, server);
    const tabIdentity = Identity.generate();
    const registered = await sendRegister(tab, signedRelayRegister(tabIdentity, tab.challenge().nonce, undefined, ['interface']));
    assert.ok(registered.ok);
    assert.equal(registered.relays.length, 1);
    const [offer] = registered.relays as [RelayOffer];
    assert.equal(offer.id, relay.identity.id);
    assert.deepEqual(offer.urls, TURN_A);
    assert.equal(offer.ttlSeconds, TTL);
    const expiry = Math.floor(clock.nowMs / 1000) + TTL;
    assert.equal(offer.username, `${expiry}:${tabIdentity.id}`, 'REST username "<expiry>:<requester id>"');
    const verified = verifyTurnCredential(SECRET, offer.username, offer.credential, clock.nowMs);
    assert.ok(verified.ok, 'the TURN server accepts it');
    assert.equal(verified.value.peerId, tabIdentity.id);
    assert.equal(verifyTurnCredential('another secret', offer.username, offer.credential, clock.nowMs).ok, false);
    const user = checkTurnUsername(SECRET, offer.username, (expiry + 1) * 1000);
    assert.equal(user.ok ? 'ok' : user.error.code, 'expired', 'time-limited');

    // Another node gets its own credential for the same relay.
    const other = await connectRegistered(t, server);
    const [otherOffer] = (await offersOf(other)) as [RelayOffer];
    assert.equal(otherOffer.username, `${expiry}:${other.id}`);
    assert.notEqual(otherOffer.credential, offer.credential);

    // The relay is not offered to itself.
    assert.deepEqual(await offersOf(relay), []);
  });

  test('without a TURN secret nobody is offered relays', async (t) => {
    const server = await startServer(t);
    await registerRelay(t, server, TURN_A);
    const tab = await connect(t, server);
    const result = await sendRegister(tab, signedRelayRegister(Identity.generate(), tab.challenge().nonce, undefined, ['interface']));
    assert.ok(result.ok);
    assert.deepEqual(result.relays, []);
    const registered = await connectRegistered(t, server);
    assert.deepEqual(await refresh(registered), { ok: true, relays: [] });
  });

  test('refresh: relays that register later show up, relays that leave or drop the role disappear', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const tab = await connectRegistered(t, server);
    assert.deepEqual(await offersOf(tab), []);
    const a = await registerRelay(t, server, TURN_A);
    const b = await registerRelay(t, server, TURN_B);
    assert.deepEqual((await offersOf(tab)).map((o) => [o.id, o.urls]), [
      [a.identity.id, TURN_A],
      [b.identity.id, TURN_B],
    ]);
    // A relay is offered the other relays.
    assert.deepEqual((await offersOf(a)).map((o) => o.id), [b.identity.id]);

    assert.deepEqual(await a.socket.timeout(WAIT_MS).emitWithAck('roles', ['interface']), { ok: true });
    assert.deepEqual((await offersOf(tab)).map((o) => o.id), [b.identity.id], 'without role relay its TURN URLs are not offered');
    const gone = new Promise((resolve) => b.socket.once('disconnect', resolve));
    b.socket.disconnect();
    await gone;
    for (let i = 0; i < 50 && (await offersOf(tab)).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(await offersOf(tab), []);
  });

  test('a node without role relay announcing TURN URLs is refused; bad URLs are refused', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const client = await connect(t, server);
    const identity = Identity.generate();
    const code = async (turn: unknown, roles: Role[] = ['relay']): Promise<string> => {
      const request = signedRelayRegister(identity, client.challenge().nonce, undefined, roles);
      const result = await sendRegister(client, { ...request, turn } as RegisterRequest);
      return result.ok ? 'ok' : result.code;
    };
    assert.equal(await code(TURN_A, ['interface']), 'malformed');
    assert.equal(await code(['http://10.0.0.1:3478']), 'malformed');
    assert.equal(await code(['turn:a', 'turn:b', 'turn:c', 'turn:d', 'turn:e']), 'malformed');
    assert.equal(await code(['turn:' + 'x'.repeat(201)]), 'malformed');
    assert.equal(await code([]), 'malformed');
    assert.equal(await code('turn:10.0.0.1'), 'malformed');
    // TURN URLs are signed: a registration whose list was changed after signing fails.
    const signed = signedRelayRegister(identity, client.challenge().nonce, TURN_A);
    const swapped = await sendRegister(client, { ...signed, turn: TURN_B });
    assert.equal(swapped.ok ? 'ok' : swapped.code, 'id-mismatch');
    const stripped = signedRelayRegister(identity, client.challenge().nonce, TURN_A);
    delete stripped.turn;
    const strippedResult = await sendRegister(client, stripped);
    assert.equal(strippedResult.ok ? 'ok' : strippedResult.code, 'id-mismatch');
    assert.equal(rejects(await scrape(server), 'malformed'), 6);
    const fine = await sendRegister(client, signedRelayRegister(identity, client.challenge().nonce, TURN_A));
    assert.ok(fine.ok);
  });

  test('relays needs a registration and an empty request, and is rate-limited', async (t) => {
    const clock = new ManualClock();
    const server = await startServer(t, { clock: clock.now, turnSecret: SECRET });
    const stranger = await connect(t, server);
    const refused = await refresh(stranger);
    assert.equal(refused.ok ? 'ok' : refused.code, 'not-registered');

    const tab = await connectRegistered(t, server);
    const odd = (await tab.raw.timeout(WAIT_MS).emitWithAck('relays', { all: true })) as RelaysResult;
    assert.equal(odd.ok ? 'ok' : odd.code, 'malformed');
    // The malformed one above used a token too.
    for (let i = 1; i < EVENT_LIMITS.relays.capacity; i++) assert.equal((await refresh(tab)).ok, true, `request ${i}`);
    const limited = await refresh(tab);
    assert.equal(limited.ok ? 'ok' : limited.code, 'rate-limited');
    clock.advance(1_000 / EVENT_LIMITS.relays.refillPerSecond);
    assert.equal((await refresh(tab)).ok, true);
  });

  test('at most 16 relays are offered, oldest registration first', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const relays: string[] = [];
    for (let i = 0; i < 18; i++) relays.push((await registerRelay(t, server, [`turn:10.0.1.${i}:3478`])).identity.id);
    const tab = await connectRegistered(t, server);
    assert.deepEqual((await offersOf(tab)).map((o) => o.id), relays.slice(0, 16));
  });
});
