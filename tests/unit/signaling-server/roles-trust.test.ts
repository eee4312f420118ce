/**
 * Roles that make other nodes trust or route through a node (relay, seed) are vouched for by the
 * operator: a proof of the shared TURN secret over the registration challenge, or an allow-listed
 * peer id. Self-declared claims of them earn nothing, and a role change cannot take them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { operatorRoleProof } from '../../../web/src/host-node/role-proof.ts';
import { Identity, SIGNING_NAMESPACE } from '../../../web/src/node/peers/identity.ts';
import type { Role } from '../../../web/src/node/peers/roles.ts';
import { registerPayload, type AckResult, type BootstrapResult, type RegisterRequest, type RelaysResult } from '../../../web/src/node/signaling/protocol.ts';
import {
  connect,
  connectRegistered,
  connectVouched,
  reasonCount,
  rejects,
  scrape,
  sendRegister,
  signedRegister,
  startServer,
  WAIT_MS,
  type TestClient,
} from './harness.ts';

const SECRET = 'roles-trust-test-secret';
const TURN = ['turn:10.0.0.7:3478?transport=udp'];
const CLAIMS = 'tabmesh_role_claims_refused_total';

function relaysOf(client: TestClient): Promise<string[]> {
  return client.socket
    .timeout(WAIT_MS)
    .emitWithAck('relays', {})
    .then((r: RelaysResult) => (r.ok ? r.relays.map((o) => o.id) : [`refused: ${r.code}`]));
}

function setRoles(client: TestClient, roles: Role[]): Promise<string> {
  return client.socket
    .timeout(WAIT_MS)
    .emitWithAck('roles', roles)
    .then((r: AckResult) => (r.ok ? 'ok' : r.code));
}

function signedRelay(identity: Identity, nonce: string, proof?: string): RegisterRequest {
  const unsigned: Omit<RegisterRequest, 'signature'> = { id: identity.id, roles: ['relay'], capabilities: ['turn'], turn: TURN };
  const request: RegisterRequest = { ...unsigned, signature: identity.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, unsigned)) };
  if (proof !== undefined) request.roleProof = proof;
  return request;
}

describe('relay is vouched for by the operator', () => {
  test('a fresh key claiming relay with TURN URLs is registered without the role and offered to nobody', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const tab = await connectRegistered(t, server);
    const rogue = await connect(t, server);
    const identity = Identity.generate();
    const result = await sendRegister(rogue, signedRelay(identity, rogue.challenge().nonce));
    assert.ok(result.ok, 'the registration itself stands');
    assert.deepEqual(result.roles, [], 'relay is not granted');
    assert.deepEqual(await relaysOf(tab), [], 'no tab is handed its TURN URLs');
    const samples = await scrape(server);
    assert.equal(samples.get('tabmesh_nodes{role="relay"}'), 0);
    assert.equal(reasonCount(samples, CLAIMS, 'unvouched'), 1);
  });

  test('a relay proving the TURN secret is granted relay and offered; a proof with another secret is not', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const tab = await connectRegistered(t, server);

    const wrong = await connect(t, server);
    const impostor = Identity.generate();
    const forged = await sendRegister(wrong, signedRelay(impostor, wrong.challenge().nonce, operatorRoleProof('another secret', wrong.challenge().nonce, impostor.id)));
    assert.ok(forged.ok);
    assert.deepEqual(forged.roles, []);

    // A proof is bound to the challenge and the id: one made for another nonce or id does not count.
    const replay = await connect(t, server);
    const other = Identity.generate();
    const stolen = await sendRegister(replay, signedRelay(other, replay.challenge().nonce, operatorRoleProof(SECRET, replay.challenge().nonce, impostor.id)));
    assert.ok(stolen.ok);
    assert.deepEqual(stolen.roles, []);

    const relay = await connect(t, server);
    const identity = Identity.generate();
    const granted = await sendRegister(relay, signedRelay(identity, relay.challenge().nonce, operatorRoleProof(SECRET, relay.challenge().nonce, identity.id)));
    assert.ok(granted.ok);
    assert.deepEqual(granted.roles, ['relay']);
    assert.deepEqual(await relaysOf(tab), [identity.id]);

    const samples = await scrape(server);
    assert.equal(reasonCount(samples, CLAIMS, 'bad-proof'), 2);
    assert.equal(samples.get('tabmesh_nodes{role="relay"}'), 1);
  });

  test('a malformed proof is refused as malformed', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const client = await connect(t, server);
    const identity = Identity.generate();
    for (const proof of ['xyz', 'AB'.repeat(32), 'ab'.repeat(33), 42]) {
      const request = { ...signedRelay(identity, client.challenge().nonce), roleProof: proof } as RegisterRequest;
      const result = await sendRegister(client, request);
      assert.equal(result.ok ? 'ok' : result.code, 'malformed', JSON.stringify(proof));
    }
  });

  test('a registered node cannot switch itself to relay or seed; a vouched one may drop and take them back', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const tab = await connectRegistered(t, server, ['interface']);
    assert.equal(await setRoles(tab, ['interface', 'relay']), 'not-allowed');
    assert.equal(await setRoles(tab, ['seed']), 'not-allowed');
    assert.equal(await setRoles(tab, ['interface', 'broker']), 'ok', 'self-declared roles stay free');

    const relay = await connectVouched(t, server, SECRET, ['relay'], TURN);
    assert.equal(await setRoles(relay, ['interface']), 'ok');
    assert.deepEqual(await relaysOf(tab), []);
    assert.equal(await setRoles(relay, ['relay', 'seed']), 'ok');
    assert.deepEqual(await relaysOf(tab), [relay.id]);

    const samples = await scrape(server);
    assert.equal(rejects(samples, 'not-allowed'), 2);
    assert.equal(reasonCount(samples, CLAIMS, 'unvouched'), 2);
    assert.equal(samples.get('tabmesh_nodes{role="relay"}'), 1);
    assert.equal(samples.get('tabmesh_nodes{role="seed"}'), 1);
  });

  test('SIGNALING_TRUSTED_IDS: an allow-listed id holds relay and seed without a proof', async (t) => {
    const trusted = Identity.generate();
    const server = await startServer(t, { trustedIds: [trusted.id] });
    const client = await connect(t, server);
    const result = await sendRegister(client, signedRegister(trusted, client.challenge().nonce, ['seed', 'relay']));
    assert.ok(result.ok);
    assert.deepEqual(result.roles, ['seed', 'relay']);
    const stranger = await connectRegistered(t, server, ['interface']);
    assert.equal(await setRoles(stranger, ['seed']), 'not-allowed');
  });
});

describe('the bootstrap sample', () => {
  test('self-declared seeds get no preference: with every draw at 0 the sample is the oldest registrations', async (t) => {
    const server = await startServer(t, { random: () => 0 });
    const honest = [];
    for (let i = 0; i < 3; i++) honest.push(await connectRegistered(t, server));
    for (let i = 0; i < 3; i++) await connectRegistered(t, server, ['seed']);
    const newcomer = await connectRegistered(t, server);
    const result: BootstrapResult = await newcomer.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 3 });
    assert.ok(result.ok);
    assert.deepEqual(new Set(result.peers.map((p) => p.id)), new Set(honest.map((h) => h.id)));
    assert.ok(result.peers.every((p) => !p.roles.includes('seed')));
  });

  test('vouched seeds come first', async (t) => {
    const server = await startServer(t, { random: () => 0, turnSecret: SECRET });
    for (let i = 0; i < 3; i++) await connectRegistered(t, server);
    const seed = await connectVouched(t, server, SECRET, ['seed']);
    const newcomer = await connectRegistered(t, server);
    const result: BootstrapResult = await newcomer.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 2 });
    assert.ok(result.ok);
    assert.equal(result.peers[0]?.id, seed.id);
    assert.deepEqual(result.peers[0]?.roles, ['seed']);
  });
});
