/** SignalingClient and relay offers against a real server: announcing TURN URLs, receiving and refreshing offers. */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { io } from 'socket.io-client';
import { operatorRoleProof } from '../../../../web/src/host-node/role-proof.ts';
import { verifyTurnCredential } from '../../../../web/src/host-node/turn-credentials.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import type { Role } from '../../../../web/src/node/peers/roles.ts';
import type { RelayOffer } from '../../../../web/src/node/signaling/protocol.ts';
import { SignalingClient, type SignalingSocket } from '../../../../web/src/node/signaling/signaling-client.ts';
import { startSignalingServer, type SignalingServer } from '../../../../signaling-server/src/server.ts';
import { quietLogger, waitFor } from './helpers.ts';

const SECRET = 'client-relay-offers-secret';
const TURN = ['turn:10.0.0.9:3478?transport=udp', 'turn:10.0.0.9:3478?transport=tcp'];

async function server(t: TestContext): Promise<SignalingServer> {
  const s = await startSignalingServer({ port: 0, host: '127.0.0.1', logger: quietLogger, turnSecret: SECRET });
  t.after(() => s.close());
  return s;
}

/** A client; `secret` makes it prove the operator's secret, as a relay does. */
function client(t: TestContext, url: string, roles: Role[], turn?: string[], secret?: string): SignalingClient {
  const socket: SignalingSocket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const roleProof = secret === undefined ? undefined : (nonce: string, id: string) => operatorRoleProof(secret, nonce, id);
  const c = new SignalingClient({ socket, identity: Identity.generate(), roles: () => roles, capabilities: [], ...(turn && { turn }), ...(roleProof && { roleProof }) });
  t.after(() => c.close());
  return c;
}

test('a relay client announces its TURN URLs; a tab receives, is told about and refreshes offers', async (t) => {
  const s = await server(t);
  const tab = client(t, s.url, ['interface']);
  const seen: RelayOffer[][] = [];
  tab.onRelays((offers) => seen.push(offers));
  await waitFor('the tab to register', () => tab.state === 'registered', 3_000);
  assert.deepEqual(tab.relays(), []);
  assert.deepEqual(seen, [], 'no change, no event');

  const relay = client(t, s.url, ['relay'], TURN, SECRET);
  await waitFor('the relay to register', () => relay.state === 'registered', 3_000);
  assert.equal(relay.lastError, undefined);

  const offers = await tab.refreshRelays();
  assert.equal(offers.length, 1);
  assert.deepEqual(offers[0]?.urls, TURN);
  assert.deepEqual(tab.relays(), offers);
  assert.deepEqual(seen, [offers], 'the change is reported');
  const verified = verifyTurnCredential(SECRET, offers[0]!.username, offers[0]!.credential, Date.now());
  assert.ok(verified.ok);
  assert.deepEqual(await relay.refreshRelays(), [], 'not offered to itself');
});

test('a relay without the operator secret registers without the role, is offered to nobody, and says why', async (t) => {
  const s = await server(t);
  const tab = client(t, s.url, ['interface']);
  const rogue = client(t, s.url, ['relay'], TURN, 'not the operator secret');
  await waitFor('both to register', () => tab.state === 'registered' && rogue.state === 'registered', 3_000);
  assert.match(rogue.lastError ?? '', /not granted: relay/);
  assert.deepEqual(await tab.refreshRelays(), []);
});

test('a non-relay announcing TURN URLs is refused and says why; refresh before registering is refused', async (t) => {
  const s = await server(t);
  const pretender = client(t, s.url, ['interface'], TURN);
  await assert.rejects(pretender.refreshRelays(), { code: 'not-registered' });
  await waitFor('a refusal', () => pretender.lastError, 3_000);
  assert.match(pretender.lastError ?? '', /^malformed: /);
  assert.notEqual(pretender.state, 'registered');
});
