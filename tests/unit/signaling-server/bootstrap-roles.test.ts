import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AckResult, BootstrapResult } from '../../../web/src/node/signaling/protocol.ts';
import { connect, connectRegistered, connectVouched, scrape, startServer, WAIT_MS, type TestClient } from './harness.ts';

const SECRET = 'bootstrap-test-secret';

function bootstrap(client: TestClient, k: number): Promise<BootstrapResult> {
  return client.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k });
}

describe('bootstrap', () => {
  test('returns at most k other peers, vouched seeds first, never the caller', async (t) => {
    const server = await startServer(t, { turnSecret: SECRET });
    const caller = await connectRegistered(t, server, ['interface']);
    const seeds = [await connectVouched(t, server, SECRET, ['seed']), await connectVouched(t, server, SECRET, ['seed', 'relay'])];
    const others = [];
    for (let i = 0; i < 4; i++) others.push(await connectRegistered(t, server));

    for (let round = 0; round < 5; round++) {
      const result = await bootstrap(caller, 3);
      assert.ok(result.ok);
      assert.equal(result.peers.length, 3);
      assert.deepEqual(new Set(result.peers.slice(0, 2).map((p) => p.id)), new Set(seeds.map((s) => s.id)));
      assert.ok(result.peers.every((p) => p.id !== caller.id));
      assert.ok(others.some((o) => o.id === result.peers[2]?.id));
    }
    const all = await bootstrap(caller, 32);
    assert.ok(all.ok);
    assert.equal(all.peers.length, 6);
    assert.ok(all.peers.every((p) => p.id !== caller.id));
    assert.deepEqual(all.peers.find((p) => p.id === seeds[1]?.id)?.roles, ['seed', 'relay']);
  });

  test('alone in the network the answer is empty', async (t) => {
    const server = await startServer(t);
    const only = await connectRegistered(t, server);
    assert.deepEqual(await bootstrap(only, 5), { ok: true, peers: [] });
  });

  test('needs a registration and a sane k', async (t) => {
    const server = await startServer(t);
    const stranger = await connect(t, server);
    const refused = await bootstrap(stranger, 3);
    assert.equal(refused.ok ? 'ok' : refused.code, 'not-registered');
    const member = await connectRegistered(t, server);
    for (const k of [0, -1, 1.5, 33]) {
      const bad = await bootstrap(member, k);
      assert.equal(bad.ok ? 'ok' : bad.code, 'malformed', `k=${k}`);
    }
  });
});

describe('roles', () => {
  test('a registered socket updates its roles; metrics and bootstrap follow', async (t) => {
    const server = await startServer(t);
    const node = await connectRegistered(t, server, ['interface']);
    const peer = await connectRegistered(t, server, ['interface']);
    const before = await scrape(server);
    assert.equal(before.get('tabmesh_nodes{role="interface"}'), 2);
    assert.equal(before.get('tabmesh_nodes{role="broker"}'), 0);

    const updated: AckResult = await node.socket.timeout(WAIT_MS).emitWithAck('roles', ['broker', 'miner', 'broker']);
    assert.deepEqual(updated, { ok: true });
    const after = await scrape(server);
    assert.equal(after.get('tabmesh_nodes{role="interface"}'), 1);
    assert.equal(after.get('tabmesh_nodes{role="broker"}'), 1);
    assert.equal(after.get('tabmesh_nodes{role="miner"}'), 1);
    const seen = await bootstrap(peer, 1);
    assert.ok(seen.ok);
    assert.deepEqual(seen.peers, [{ id: node.id, roles: ['broker', 'miner'] }]);
  });

  test('unknown roles and unregistered sockets are refused', async (t) => {
    const server = await startServer(t);
    const stranger = await connect(t, server);
    const refused: AckResult = await stranger.socket.timeout(WAIT_MS).emitWithAck('roles', ['seed']);
    assert.equal(refused.ok ? 'ok' : refused.code, 'not-registered');
    const member = await connectRegistered(t, server);
    const raw = (await member.raw.timeout(WAIT_MS).emitWithAck('roles', ['king'])) as AckResult;
    assert.equal(raw.ok ? 'ok' : raw.code, 'malformed');
  });
});
