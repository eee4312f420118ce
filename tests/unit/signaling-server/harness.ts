/**
 * Test helpers for the signaling server: a real server on port 0, real socket.io clients, and
 * bounded waits. Everything opened is closed through the test context, also on failure.
 */
import type { TestContext } from 'node:test';
import { io, type Socket } from 'socket.io-client';
import { Identity, SIGNING_NAMESPACE } from '../../../web/src/node/peers/identity.ts';
import { type PeerId } from '../../../web/src/node/base/peer-id.ts';
import type { Role } from '../../../web/src/node/peers/roles.ts';
import {
  registerPayload,
  type Challenge,
  type ClientToServerEvents,
  type RegisterRequest,
  type RegisterResult,
  type ServerToClientEvents,
} from '../../../web/src/node/signaling/protocol.ts';
import { startSignalingServer, type SignalingServer, type SignalingServerOptions } from '../../../signaling-server/src/server.ts';
import { operatorRoleProof } from '../../../web/src/host-node/role-proof.ts';

/** Generous bound for anything that happens over loopback. */
export const WAIT_MS = 3_000;

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** For sending what the typed event maps forbid. */
export type RawSocket = Socket;

export interface TestClient {
  socket: ClientSocket;
  raw: RawSocket;
  /** The latest challenge received. */
  challenge(): Challenge;
}

/** A manual clock; starts at the real time so that signals signed with Date.now() are fresh. */
export class ManualClock {
  nowMs = Date.now();
  readonly now = (): number => this.nowMs;
  advance(ms: number): void {
    this.nowMs += ms;
  }
}

export async function startServer(t: TestContext, options: SignalingServerOptions = {}): Promise<SignalingServer> {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', logger: quietLogger(), ...options });
  t.after(() => server.close());
  return server;
}

function quietLogger(): NonNullable<SignalingServerOptions['logger']> {
  return { info: () => {}, warn: (message, error) => console.warn(message, error) };
}

/** Connects a client and waits for its first challenge. */
export async function connect(t: TestContext, server: SignalingServer): Promise<TestClient> {
  const socket: ClientSocket = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true });
  t.after(() => {
    socket.disconnect();
  });
  let latest: Challenge | undefined;
  socket.on('challenge', (c) => {
    latest = c;
  });
  const first = await waitForEvent<Challenge>(socket, 'challenge');
  latest ??= first;
  return {
    socket,
    raw: socket as unknown as RawSocket,
    challenge: () => {
      if (latest === undefined) throw new Error('no challenge received');
      return latest;
    },
  };
}

export function signedRegister(
  identity: Identity,
  nonce: string,
  roles: Role[] = ['interface'],
  capabilities: string[] = [],
): RegisterRequest {
  const unsigned = { id: identity.id, roles, capabilities };
  return { ...unsigned, signature: identity.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, unsigned)) };
}

/**
 * A registration that also proves the operator's secret (the TURN secret the relays hold), so the
 * server grants the roles it vouches for (relay, seed).
 */
export function vouchedRegister(
  identity: Identity,
  nonce: string,
  secret: string,
  roles: Role[],
  turn?: string[],
): RegisterRequest {
  const unsigned: Omit<RegisterRequest, 'signature'> = { id: identity.id, roles, capabilities: [] };
  if (turn !== undefined) unsigned.turn = turn;
  const signature = identity.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, unsigned));
  return { ...unsigned, roleProof: operatorRoleProof(secret, nonce, identity.id), signature };
}

export function sendRegister(client: TestClient, request: RegisterRequest): Promise<RegisterResult> {
  return client.socket.timeout(WAIT_MS).emitWithAck('register', request);
}

/** Connects and registers a fresh (or given) identity; fails the test unless accepted. */
export async function connectRegistered(
  t: TestContext,
  server: SignalingServer,
  roles: Role[] = ['interface'],
  identity: Identity = Identity.generate(),
): Promise<TestClient & { identity: Identity; id: PeerId }> {
  const client = await connect(t, server);
  const result = await sendRegister(client, signedRegister(identity, client.challenge().nonce, roles));
  if (!result.ok) throw new Error(`registration refused: ${result.code} ${result.message}`);
  return { ...client, identity, id: identity.id };
}

/** Connects and registers with a proof of the operator's secret; fails the test unless accepted. */
export async function connectVouched(
  t: TestContext,
  server: SignalingServer,
  secret: string,
  roles: Role[],
  turn?: string[],
): Promise<TestClient & { identity: Identity; id: PeerId; result: Extract<RegisterResult, { ok: true }> }> {
  const client = await connect(t, server);
  const identity = Identity.generate();
  const result = await sendRegister(client, vouchedRegister(identity, client.challenge().nonce, secret, roles, turn));
  if (!result.ok) throw new Error(`registration refused: ${result.code} ${result.message}`);
  return { ...client, identity, id: identity.id, result };
}

interface Listenable {
  once(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
}

/** Resolves with the first argument of the next `event`, or rejects after `timeoutMs`. */
export function waitForEvent<T = unknown>(emitter: unknown, event: string, timeoutMs = WAIT_MS): Promise<T> {
  const target = emitter as Listenable;
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T): void => {
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      target.off(event, onEvent);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${event}`));
    }, timeoutMs);
    target.once(event, onEvent);
  });
}

/** GET /metrics as a map from sample name (with labels) to value. */
export async function scrape(server: SignalingServer): Promise<Map<string, number>> {
  const text = await (await fetch(new URL('/metrics', server.url))).text();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    samples.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return samples;
}

export function rejects(samples: Map<string, number>, reason: string): number {
  return samples.get(`tabmesh_rejects_total{reason="${reason}"}`) ?? 0;
}

/** A sample of a family with one `reason` label (0 when absent). */
export function reasonCount(samples: Map<string, number>, family: string, reason: string): number {
  return samples.get(`${family}{reason="${reason}"}`) ?? 0;
}
