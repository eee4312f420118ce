/**
 * Relays as the signaling server sees them, for tests that bring their own TURN server (ours on
 * its own, or coturn): a registration with role relay and the TURN URLs it announces.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { io, type Socket } from 'socket.io-client';
import { operatorRoleProof } from '../../web/src/host-node/role-proof.ts';
import { Identity, SIGNING_NAMESPACE } from '../../web/src/node/peers/identity.ts';
import { registerPayload, type Challenge, type RegisterRequest, type RegisterResult } from '../../web/src/node/signaling/protocol.ts';

const ACK_MS = 5_000;

export interface FakeRelay {
  identity: Identity;
  socket: Socket;
  close(): void;
}

/**
 * `secret`: the signaling server's TURN secret. The server grants role relay only with a proof of it
 * (or to an id in SIGNALING_TRUSTED_IDS); without it the relay registers but is offered to no one.
 */
export async function registerRelay(signalingUrl: string, turnUrls: string[], secret?: string): Promise<FakeRelay> {
  const identity = Identity.generate();
  const socket = io(signalingUrl, { transports: ['websocket'], reconnection: false, forceNew: true });
  const challenge = await new Promise<Challenge>((resolve) => socket.once('challenge', resolve));
  const unsigned: Omit<RegisterRequest, 'signature'> = { id: identity.id, roles: ['relay'], capabilities: ['turn'], turn: turnUrls };
  const signature = identity.sign(SIGNING_NAMESPACE.register, registerPayload(challenge.nonce, unsigned));
  const proof = secret === undefined ? {} : { roleProof: operatorRoleProof(secret, challenge.nonce, identity.id) };
  const request: RegisterRequest = { ...unsigned, ...proof, signature };
  const result = (await socket.timeout(ACK_MS).emitWithAck('register', request)) as RegisterResult;
  if (!result.ok) {
    socket.disconnect();
    throw new Error(`relay registration refused: ${result.code} ${result.message}`);
  }
  if (result.roles !== undefined && !result.roles.includes('relay')) {
    socket.disconnect();
    throw new Error('role relay not granted: pass the signaling server\'s TURN secret to registerRelay');
  }
  return { identity, socket, close: () => void socket.disconnect() };
}

/** A free UDP port (TURN listens on UDP and TCP with one number; coturn needs it given). */
export async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

export interface Coturn {
  port: number;
  minPort: number;
  maxPort: number;
  stop(): Promise<void>;
}

/** coturn (Debian `coturn`) with TURN REST credentials from `secret` — the drop-in the README documents. */
export async function startCoturn(options: { secret: string; address: string; minPort: number; maxPort: number }): Promise<Coturn> {
  const port = await freeUdpPort();
  const args = [
    '-n', `--listening-ip=${options.address}`, `--relay-ip=${options.address}`, `--listening-port=${port}`,
    `--min-port=${options.minPort}`, `--max-port=${options.maxPort}`, '--use-auth-secret', `--static-auth-secret=${options.secret}`,
    '--realm=tabmesh', '--no-tls', '--no-dtls', '--fingerprint', '--no-cli', '--allow-loopback-peers', '--no-multicast-peers',
    '--log-file=stdout', '--simple-log',
  ];
  const child: ChildProcess = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await answersStunBinding(options.address, port))) {
    if (child.exitCode !== null) throw new Error(`turnserver exited: ${output.slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`turnserver did not answer on ${port}: ${output.slice(-2000)}`);
    }
  }
  return {
    port,
    minPort: options.minPort,
    maxPort: options.maxPort,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Sends one STUN Binding request (RFC 5389) and waits up to 200 ms for any answer. */
export async function answersStunBinding(host: string, port: number): Promise<boolean> {
  const socket = createSocket('udp4');
  const request = Buffer.alloc(20);
  request.writeUInt16BE(0x0001, 0);
  request.writeUInt32BE(0x2112a442, 4);
  randomFillSync(request, 8, 12);
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once('message', () => {
        clearTimeout(timer);
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.send(request, port, host);
    });
  } finally {
    socket.close();
  }
}
