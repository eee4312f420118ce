/**
 * TabmeshNodes in Node the way a tab builds one: a real socket.io client, SignalingClient,
 * WebRtcConnector over simple-peer with @roamhq/wrtc. Plus a bounded real-time poll.
 */
import type { TestContext } from 'node:test';
import wrtc from '@roamhq/wrtc';
import SimplePeer from 'simple-peer';
import { io } from 'socket.io-client';
import { systemClock } from '../../../../web/src/node/base/clock.ts';
import { TabmeshNode } from '../../../../web/src/node/node.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import type { Role } from '../../../../web/src/node/peers/roles.ts';
import { SignalingClient, type SignalingSocket } from '../../../../web/src/node/signaling/signaling-client.ts';
import { WebRtcConnector } from '../../../../web/src/webrtc/webrtc-connector.ts';
import type { SignalingServerOptions } from '../../../../signaling-server/src/server.ts';

export { wrtc };

export interface NodeUnderTest {
  node: TabmeshNode;
  signaling: SignalingClient;
  connector: WebRtcConnector;
  socket: SignalingSocket;
}

export const quietLogger: NonNullable<SignalingServerOptions['logger']> = { info: () => {}, warn: (m, e) => console.warn(m, e ?? '') };

export async function startNode(t: TestContext, url: string, options: { targetDegree?: number } = {}): Promise<NodeUnderTest> {
  const identity = Identity.generate();
  let roles: Role[] = ['interface'];
  // Short reconnection delays keep the restart test quick; the browser uses socket.io's defaults.
  const socket: SignalingSocket = io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500 });
  const signaling = new SignalingClient({ socket, identity, roles: () => roles, capabilities: ['webrtc'] });
  const connector = new WebRtcConnector({
    identity,
    clock: systemClock,
    signaling: { send: (e) => signaling.sendSignal(e), onSignal: (l) => signaling.onSignal(l), iceServers: () => signaling.iceServers() },
    SimplePeer,
    wrtc,
  });
  const node = new TabmeshNode({ identity, connector, discovery: signaling, periodicThroughput: false, targetDegree: options.targetDegree ?? 2 });
  node.subscribe(() => {
    roles = node.roles();
  });
  t.after(() => node.stop());
  await node.start();
  return { node, signaling, connector, socket };
}

/** Polls `check` until truthy; throws naming `what` after `timeoutMs` of real time. */
export async function waitFor<T>(what: string, check: () => T, timeoutMs: number, everyMs = 25): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
