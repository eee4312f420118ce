/**
 * The relay against real parts on free ports: the signaling server with a TURN secret, the dev
 * SMTP sink, temp data dirs, and Node nodes built like a tab's (socket.io client, SignalingClient,
 * simple-peer over @roamhq/wrtc) that take the relays' TURN offers as ICE servers.
 */
import type { TestContext } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import wrtc from '@roamhq/wrtc';
import SimplePeer from 'simple-peer';
import { io } from 'socket.io-client';
import { loadRelayConfig, type RelayConfig } from '../../../relay/src/config.ts';
import { startRelay, type Relay, type RelayOverrides } from '../../../relay/src/relay.ts';
import { MailClient } from '../../../web/src/node/mail/client.ts';
import { systemClock } from '../../../web/src/node/base/clock.ts';
import { TabmeshNode } from '../../../web/src/node/node.ts';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import type { Role } from '../../../web/src/node/peers/roles.ts';
import type { IceServer } from '../../../web/src/node/signaling/protocol.ts';
import { SignalingClient, type SignalingSocket } from '../../../web/src/node/signaling/signaling-client.ts';
import { WebRtcConnector } from '../../../web/src/webrtc/webrtc-connector.ts';
import type { Service } from '../../../web/src/node/service.ts';

export const TEST_SECRET = 'relay-test-secret-0123456789abcdef';
export const TEST_MAIL_FROM = 'Tabmesh Test <relay@tabmesh.test>';
/** Short reconnection delays keep restarts quick; production uses socket.io's defaults. */
export const FAST_SOCKET = { reconnectionDelay: 100, reconnectionDelayMax: 500 } as const;

export async function tempDir(t: TestContext | { after(fn: () => unknown): void }, prefix = 'tabmesh-relay-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The relay's configuration as `npm run relay` would read it, on loopback and free ports. */
export function relayConfig(env: { signalingUrl: string; dataDir: string; smtpPort?: number }, extra: Record<string, string> = {}): RelayConfig {
  return loadRelayConfig({
    SIGNALING_URL: env.signalingUrl,
    DATA_DIR: env.dataDir,
    TURN_PORT: '0',
    GOSSIP_API_PORT: '0',
    DHT_API_PORT: '0',
    BTPEER_PORT: '0',
    DHT_API_HOST: '127.0.0.1',
    TURN_HOST: '127.0.0.1',
    TURN_RELAY_IP: '127.0.0.1',
    TURN_ALLOW_LOOPBACK_PEERS: '1',
    RELAY_HTTP_HOST: '127.0.0.1',
    RELAY_HTTP_PORT: '0',
    SMTP_URL: `smtp://127.0.0.1:${env.smtpPort ?? 2525}`,
    MAIL_FROM: TEST_MAIL_FROM,
    // The test's own sink: any node announcing translation may send (as under npm start).
    MAIL_ALLOWED_SENDERS: '*',
    ...extra,
  });
}

export async function startTestRelay(config: RelayConfig, overrides: RelayOverrides = {}): Promise<Relay> {
  return startRelay({ ...config, secret: TEST_SECRET }, { socketOptions: FAST_SOCKET, ...overrides });
}

export interface TestNode {
  /** The node's key (a DHT service signs its records with it). */
  identity: Identity;
  node: TabmeshNode;
  signaling: SignalingClient;
  connector: WebRtcConnector;
  mail: MailClient;
  /** What options.services made, in order (after the mail client). */
  services: Service[];
}

export interface TestNodeOptions {
  /** Services the node runs besides its MailClient, made from its key. */
  services?: (identity: Identity) => Service[];
  roles?: Role[];
  /** Default 0: the node dials only when told to (connect), so tests know who links to whom. */
  targetDegree?: number;
  /** ICE transport policy 'relay': every link goes through a TURN server. */
  relayOnly?: boolean;
}

/** ICE servers as a tab builds them: configured ones plus every offered relay's TURN service. */
function iceServers(signaling: SignalingClient): IceServer[] {
  const offered = signaling.relays().map((o) => ({ urls: o.urls, username: o.username, credential: o.credential }));
  return [...signaling.iceServers(), ...offered];
}

export async function startTestNode(t: TestContext, url: string, options: TestNodeOptions = {}): Promise<TestNode> {
  const identity = Identity.generate();
  let roles: Role[] = options.roles ?? ['interface'];
  const socket: SignalingSocket = io(url, { transports: ['websocket'], forceNew: true, ...FAST_SOCKET });
  const signaling = new SignalingClient({ socket, identity, roles: () => roles, capabilities: ['webrtc'] });
  const connector = new WebRtcConnector({
    identity,
    clock: systemClock,
    signaling: { send: (e) => signaling.sendSignal(e), onSignal: (l) => signaling.onSignal(l), iceServers: () => iceServers(signaling) },
    SimplePeer,
    wrtc,
    ...(options.relayOnly === true && { iceTransportPolicy: 'relay' as const }),
  });
  const node = new TabmeshNode({
    identity,
    connector,
    discovery: signaling,
    roles,
    periodicThroughput: false,
    targetDegree: options.targetDegree ?? 0,
  });
  node.subscribe(() => {
    roles = node.roles();
  });
  const mail = node.use(new MailClient());
  const services = (options.services?.(identity) ?? []).map((service) => node.use(service));
  t.after(() => node.stop());
  await node.start();
  return { identity, node, signaling, connector, mail, services };
}

/** Polls `check` until truthy; throws naming `what` after `timeoutMs` of real time. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs: number, everyMs = 25): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Rejects naming `what` when `promise` has not settled within `ms` (a bound, not a measurement). */
export async function within<T>(what: string, promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

export async function getText(url: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

/** The value of one Prometheus sample, e.g. metric(text, 'tabmesh_relay_mails_refused_total{reason="not-allowed"}'). */
export function metric(text: string, sample: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${sample} `)) return Number(line.slice(sample.length + 1));
  }
  return undefined;
}
