/**
 * TabmeshNodes in Node against the REAL signaling server: register, bootstrap, open real WebRTC
 * data channels (simple-peer + @roamhq/wrtc), ping; survive a server restart on the same port.
 * The connector's own checks on incoming signals are in connector-checks.test.ts.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSignalingServer } from '../../../../signaling-server/src/server.ts';
import { quietLogger, startNode, waitFor, type NodeUnderTest } from './helpers.ts';

/** Loopback WebRTC with host candidates only connects in well under a second; this is generous. */
const MESH_MS = 20_000;
/** What a refused signature, id, timestamp or replay is counted as. */
const FORGERY_CODES = ['bad-id', 'id-mismatch', 'bad-signature', 'expired', 'replayed'] as const;

function neighbours(n: NodeUnderTest): string[] {
  return n.node.manager.links().map((l) => l.remoteId).sort();
}

test('three nodes register, bootstrap and connect over real WebRTC data channels, and ping each other', async (t) => {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', iceServers: [], logger: quietLogger });
  t.after(() => server.close());
  const nodes: NodeUnderTest[] = [];
  for (let i = 0; i < 3; i++) {
    const started = await startNode(t, server.url);
    await waitFor(`node ${i} to register`, () => started.signaling.state === 'registered', 5_000);
    nodes.push(started);
  }
  assert.equal(server.metrics().nodesTotal, 3);
  await waitFor('a full mesh of three', () => nodes.every((n) => n.node.manager.degree === 2), MESH_MS);
  const [a, b, c] = nodes as [NodeUnderTest, NodeUnderTest, NodeUnderTest];
  assert.deepEqual(neighbours(a), [b.node.id, c.node.id].sort());
  assert.deepEqual(neighbours(b), [a.node.id, c.node.id].sort());
  assert.deepEqual(neighbours(c), [a.node.id, b.node.id].sort());

  for (const [from, to] of [[a, b], [b, c], [c, a]] as const) {
    const rtt = await from.node.ping(to.node.id);
    assert.ok(rtt >= 0 && rtt < 1_000, `rtt ${rtt} ms`);
    const row = from.node.peers().find((p) => p.id === to.node.id);
    assert.equal(row?.link, 'open');
    assert.equal(row?.source, 'measured');
    assert.ok(row?.latencyMs !== undefined && row.srttMs !== undefined);
  }
  // Every link went through the server as a signed offer and answer, and every check passed on
  // both sides. ('unknown-peer' may legitimately count a reject arriving after a glare was settled.)
  const metrics = server.metrics();
  assert.ok(metrics.signalsForwarded >= 6, `${metrics.signalsForwarded} signals forwarded`);
  for (const code of FORGERY_CODES) {
    assert.equal(metrics.rejects[code] ?? 0, 0, `server: ${code}`);
    for (const n of nodes) assert.equal(n.connector.rejected.get(code) ?? 0, 0, `connector: ${code}`);
  }

  // A payload crosses a real data channel as hash-verified chunks.
  const payload = new Uint8Array(100_000).map((_, i) => (i * 5) & 0xff);
  let got: Uint8Array | undefined;
  c.node.onPayload((from, kind, bytes) => {
    if (from === a.node.id && kind === 3) got = bytes;
  });
  await a.node.sendPayload(c.node.id, 3, payload);
  await waitFor('the payload to arrive', () => got, 5_000);
  assert.deepEqual(got, payload);
});

test('a node re-registers after the server restarts on the same port, without being recreated', async (t) => {
  const first = await startSignalingServer({ port: 0, host: '127.0.0.1', iceServers: [], logger: quietLogger });
  const port = first.port;
  let second: Awaited<ReturnType<typeof startSignalingServer>> | undefined;
  t.after(async () => {
    await first.close();
    await second?.close();
  });
  const a = await startNode(t, first.url, { targetDegree: 1 });
  const b = await startNode(t, first.url, { targetDegree: 1 });
  await waitFor('a and b to link', () => a.node.manager.link(b.node.id) && b.node.manager.link(a.node.id), MESH_MS);
  const nodeBefore = a.node;

  await first.close();
  await waitFor('both to notice the server is gone', () => a.signaling.state !== 'registered' && b.signaling.state !== 'registered', 5_000);
  assert.equal(a.node.status().signaling, 'connecting');

  second = await startSignalingServer({ port, host: '127.0.0.1', iceServers: [], logger: quietLogger });
  const server = second;
  // The server counts a registration before its ack reaches the client: wait for both views.
  const registered = (): boolean => a.signaling.state === 'registered' && b.signaling.state === 'registered';
  await waitFor('both to register with the new server', () => registered() && server.metrics().nodesTotal === 2, 10_000);
  assert.equal(a.node.status().signaling, 'registered');
  assert.equal(a.node, nodeBefore, 'the same node object');
  assert.equal(a.signaling.lastError, undefined);

  // The data channel never needed the server; it is still up.
  assert.ok((await a.node.ping(b.node.id)) >= 0);
  // And the new server can broker new links to the old nodes: a newcomer reaches one of them.
  const c = await startNode(t, server.url, { targetDegree: 1 });
  await waitFor('a newcomer to link to a re-registered node', () => c.node.manager.degree >= 1, MESH_MS);
  const linkedTo = c.node.manager.links()[0]!.remoteId;
  assert.ok([a.node.id, b.node.id].includes(linkedTo));
  assert.ok(server.metrics().signalsForwarded >= 2);
});

// @roamhq/wrtc keeps the process alive for ~12 s after its peers are destroyed; end promptly.
after(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
