/** Servers, credentials, clients and peer sockets for the TURN server tests; all closed after each test. */
import type { TestContext } from 'node:test';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import {
  ATTR,
  attribute,
  decodeXorAddress,
  encodeRequestedTransport,
  findAttribute,
  METHOD,
  mintTurnCredential,
  startTurnServer,
  TRANSPORT_UDP,
  type TransportAddress,
  type TurnServer,
  type TurnServerOptions,
} from '../../../../relay/src/turn/index.ts';
import { TestTurnClient, WAIT_MS, type Credentials } from './client.ts';

export const SECRET = 'test-secret';

/** A settable clock: tests move time, the server reads it. */
export class ManualClock {
  now = 1_800_000_000_000;
  read = (): number => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

export async function startServer(
  t: TestContext,
  options: Partial<TurnServerOptions> = {},
): Promise<{ server: TurnServer; clock: ManualClock }> {
  const clock = new ManualClock();
  const server = await startTurnServer({
    port: 0,
    host: '127.0.0.1',
    relayAddress: '127.0.0.1',
    secret: SECRET,
    clock: clock.read,
    allowLoopbackPeers: true,
    ...options,
  });
  t.after(() => server.close());
  return { server, clock };
}

export function credentials(peerId: string, clock: ManualClock, ttlSeconds = 3600, secret = SECRET): Credentials {
  const minted = mintTurnCredential(secret, peerId, ttlSeconds, clock.now);
  return { username: minted.username, password: minted.credential };
}

export async function client(t: TestContext, port: number, creds: Credentials | null, transport: 'udp' | 'tcp' | 'udp6' = 'udp') {
  const c =
    transport === 'tcp' ? await TestTurnClient.tcp(port) : await TestTurnClient.udp(port, transport === 'udp6' ? '::1' : '127.0.0.1');
  c.credentials = creds;
  t.after(() => c.close());
  return c;
}

/** Allocates and returns the relayed address (the answer must be a success). */
export async function allocate(c: TestTurnClient): Promise<TransportAddress> {
  const answer = await c.request(METHOD.allocate, [attribute(ATTR.requestedTransport, encodeRequestedTransport(TRANSPORT_UDP))]);
  if (answer.cls !== 'success') throw new Error(`allocate failed: ${answer.cls}`);
  const relayed = decodeXorAddress(findAttribute(answer, ATTR.xorRelayedAddress)!, answer.transactionId);
  if (!relayed.ok) throw relayed.error;
  return relayed.value;
}

export interface Peer {
  readonly socket: Socket;
  readonly address: TransportAddress;
  next(): Promise<{ data: Buffer; from: TransportAddress }>;
}

/** A plain UDP socket standing in for a peer on the Internet. */
export async function peer(t: TestContext, host = '127.0.0.1'): Promise<Peer> {
  const family = host.includes(':') ? 6 : 4;
  const socket = createSocket(family === 6 ? 'udp6' : 'udp4');
  socket.bind(0, host);
  await once(socket, 'listening');
  t.after(() => socket.close());
  const queue: { data: Buffer; from: TransportAddress }[] = [];
  socket.on('message', (data, rinfo) => queue.push({ data, from: { family, address: rinfo.address, port: rinfo.port } }));
  return {
    socket,
    address: { family, address: host, port: socket.address().port },
    async next() {
      const deadline = Date.now() + WAIT_MS;
      while (queue.length === 0) {
        if (Date.now() > deadline) throw new Error('peer received nothing');
        await once(socket, 'message', { signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) }).catch(() => {});
      }
      return queue.shift()!;
    },
  };
}

/** Resolves once `condition` holds, polling each event-loop turn, or fails after WAIT_MS. */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
