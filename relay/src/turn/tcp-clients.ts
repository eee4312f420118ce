/**
 * TURN over TCP (RFC 8656 §12.5 framing): each connection is its own 5-tuple. Its bytes are cut
 * into STUN messages and ChannelData by a TurnStreamSplitter; a stream out of step, or a message
 * that does not decode, closes that connection alone. Closing a connection ends its allocation.
 */
import type { Socket } from 'node:net';
import { startsChannelData } from './channel-data.ts';
import { MAX_LIFETIME_S, MAX_TCP_CONNECTIONS, TCP_MAX_QUEUED_BYTES } from './constants.ts';
import type { ClientEndpoint, ServerContext } from './context.ts';
import { clientAddress, type TransportAddress } from './ip-address.ts';
import { relayClientChannelData } from './relay-data.ts';
import type { StunDispatcher } from './stun-dispatcher.ts';
import { TurnStreamSplitter } from './stream-splitter.ts';

/** A connection silent for longer than any allocation can live has nothing left to keep. */
const IDLE_TIMEOUT_MS = (MAX_LIFETIME_S + 60) * 1000;

export interface TcpClientsOptions {
  readonly ctx: ServerContext;
  readonly dispatcher: StunDispatcher;
  readonly clock: () => number;
  readonly guard: (fn: () => void) => void;
}

export class TcpClients {
  readonly #options: TcpClientsOptions;
  readonly #sockets = new Set<Socket>();

  constructor(options: TcpClientsOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#sockets.size;
  }

  accept(socket: Socket): void {
    socket.on('error', () => {}); // resets and the like end in 'close'
    const { remoteAddress, remotePort, remoteFamily } = socket;
    if (this.#sockets.size >= MAX_TCP_CONNECTIONS || remoteAddress === undefined || remotePort === undefined) {
      socket.destroy();
      return;
    }
    this.#sockets.add(socket);
    socket.setNoDelay(true);
    socket.setTimeout(IDLE_TIMEOUT_MS, () => socket.destroy());
    const address = clientAddress(remoteAddress, remoteFamily ?? 'IPv4', remotePort);
    const endpoint = tcpEndpoint(socket, remoteAddress, address);
    const splitter = new TurnStreamSplitter();
    const { ctx, dispatcher, clock, guard } = this.#options;
    socket.on('data', (chunk: Buffer) =>
      guard(() => {
        const messages = splitter.push(chunk);
        if (!messages.ok) {
          ctx.counters.malformedMessages++;
          socket.destroy();
          return;
        }
        for (const message of messages.value) {
          const wellFormed = startsChannelData(message[0]!)
            ? relayClientChannelData(ctx, endpoint.key, message, clock())
            : dispatcher.handle(message, endpoint);
          if (!wellFormed) {
            socket.destroy();
            return;
          }
        }
      }),
    );
    socket.on('close', () =>
      guard(() => {
        this.#sockets.delete(socket);
        const allocation = ctx.table.get(endpoint.key, clock());
        if (allocation) ctx.table.delete(allocation);
      }),
    );
  }

  destroyAll(): void {
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }
}

function tcpEndpoint(socket: Socket, rawAddress: string, address: TransportAddress): ClientEndpoint {
  return {
    key: `t|${rawAddress}|${address.port}`,
    transport: 'tcp',
    address,
    send(parts) {
      if (socket.destroyed || socket.writableLength > TCP_MAX_QUEUED_BYTES) return false;
      socket.write(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
      return true;
    },
  };
}
