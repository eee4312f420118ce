/**
 * Real WebRTC (simple-peer over @roamhq/wrtc) signaled through the mesh: three Node nodes assembled
 * the way a tab is (SignalingClient + MeshSignalChannel + SignalRouter + WebRtcConnector) link up
 * through the real signaling server, the server goes away, and two of them open a new data
 * channel with the offer and answer carried by their common neighbour. The server comes back on
 * the same port and every node registers again without being recreated.
 */
import { after, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import SimplePeer from 'simple-peer';
import { io } from 'socket.io-client';
import { startSignalingServer, type SignalingServer } from '../../../../signaling-server/src/server.ts';
import { systemClock } from '../../../../web/src/node/base/clock.ts';
import { TabmeshNode } from '../../../../web/src/node/node.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import { MeshSignalChannel } from '../../../../web/src/node/mesh-signal/channel.ts';
import { SignalRouter } from '../../../../web/src/node/signaling/signal-router.ts';
import { SignalingClient, type SignalingSocket } from '../../../../web/src/node/signaling/signaling-client.ts';
import { WebRtcConnector } from '../../../../web/src/webrtc/webrtc-connector.ts';
import { quietLogger, waitFor, wrtc } from '../signaling/helpers.ts';

/** Loopback WebRTC with host candidates connects in well under a second; this is generous. */
const LINK_MS = 20_000;

interface MeshNodeUnderTest {
  node: TabmeshNode;
  signaling: SignalingClient;
  connector: WebRtcConnector;
  router: SignalRouter;
  mesh: MeshSignalChannel;
}

/** Dials nobody on its own (target 0): the test chooses every link. */
async function startNode(t: TestContext, url: string): Promise<MeshNodeUnderTest> {
  const identity = Identity.generate();
  const socket: SignalingSocket = io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500 });
  const signaling = new SignalingClient({ socket, identity, roles: () => ['interface'], capabilities: ['webrtc'] });
  const mesh = new MeshSignalChannel();
  const router = new SignalRouter({ server: signaling, mesh, clock: systemClock, iceServers: () => signaling.iceServers() });
  const connector = new WebRtcConnector({ identity, clock: systemClock, signaling: router, SimplePeer, wrtc });
  const node = new TabmeshNode({ identity, connector, discovery: signaling, periodicThroughput: false, targetDegree: 0 });
  node.use(mesh);
  t.after(() => node.stop());
  await node.start();
  return { node, signaling, connector, router, mesh };
}

test('with the server down, a new data channel is signaled through a common neighbour; the server returns and all re-register', async (t) => {
  const first = await startSignalingServer({ port: 0, host: '127.0.0.1', iceServers: [], logger: quietLogger });
  let second: SignalingServer | undefined;
  t.after(async () => {
    await first.close();
    await second?.close();
  });
  const nodes: MeshNodeUnderTest[] = [];
  for (let i = 0; i < 3; i++) nodes.push(await startNode(t, first.url));
  const [a, b, c] = nodes as [MeshNodeUnderTest, MeshNodeUnderTest, MeshNodeUnderTest];
  await waitFor('all to register', () => nodes.every((n) => n.signaling.state === 'registered'), 5_000);

  // a — b — c, signaled through the server (no neighbours yet, or no route known).
  await a.node.connect(b.node.id);
  await b.node.connect(c.node.id);
  assert.equal(a.router.stats.sent.server.offer, 1);
  assert.equal(b.router.stats.sent.server.offer, 1);
  const forwardedBefore = first.metrics().signalsForwarded;

  await first.close();
  await waitFor('every node to notice the server is gone', () => nodes.every((n) => n.signaling.state !== 'registered'), 5_000);
  assert.ok(a.node.manager.link(b.node.id) && b.node.manager.link(c.node.id), 'the data channels never needed the server');

  // a → c: offer and answer through b.
  const started = Date.now();
  await a.node.connect(c.node.id);
  await waitFor('c to adopt the link', () => c.node.manager.link(a.node.id), LINK_MS);
  const ms = Date.now() - started;
  assert.equal(a.router.stats.sent.mesh.offer, 1);
  assert.equal(c.router.stats.sent.mesh.answer, 1);
  assert.equal(b.mesh.stats.forwarded, 2, 'b carried the offer and the answer');
  assert.equal(a.router.stats.sent.server.offer, 1, 'nothing more went to the server');
  for (const n of nodes) assert.deepEqual(Object.fromEntries(n.connector.rejected), {}, 'every check passed');
  assert.ok((await a.node.ping(c.node.id)) >= 0);
  console.log(`a ↔ c linked through the mesh in ${ms} ms`);

  second = await startSignalingServer({ port: first.port, host: '127.0.0.1', iceServers: [], logger: quietLogger });
  const server = second;
  await waitFor('every node to register with the new server', () => nodes.every((n) => n.signaling.state === 'registered') && server.metrics().nodesTotal === 3, 10_000);
  assert.equal(a.node.status().signaling, 'registered');
  assert.ok(forwardedBefore >= 4);
});

// @roamhq/wrtc keeps the process alive for ~12 s after its peers are destroyed; end promptly.
after(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
