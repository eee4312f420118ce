/**
 * TURN over TCP (RFC 8656 §12.5 framing): each connection is its own 5-tuple. Its bytes are cut
 * into STUN messages and ChannelData by a TurnStreamSplitter; a stream out of step, or a message
 * that does not decode, closes that connection alone. Closing a connection ends its allocation.
 * Limits: connections per client address and in all (refused on arrival), a deadline for a
 * message half sent, and an idle deadline for a connection that holds no allocation; deadlines
 * are checked against the injected clock on every sweep.
 */
import type { Socket } from 'node:net';
import { startsChannelData } from './channel-data.ts';
import { MAX_TCP_CONNECTIONS, TCP_MAX_QUEUED_BYTES } from './constants.ts';
import type { ClientEndpoint, ServerContext, TcpDrop, TcpRefusal } from './context.ts';
import { clientAddress, type TransportAddress } from './ip-address.ts';
import { relayClientChannelData } from './relay-data.ts';
import type { StunDispatcher } from './stun-dispatcher.ts';
import { TurnStreamSplitter } from './stream-splitter.ts';

export interface TcpClientsOptions {
  readonly ctx: ServerContext;
  readonly dispatcher: StunDispatcher;
  readonly clock: () => number;
  readonly guard: (fn: () => void) => void;
  readonly maxPerAddress: number;
  /** How long the bytes of one message may take to arrive, from its first byte. */
  readonly partialMessageMs: number;
  /** How long a connection may stay open without an allocation. */
  readonly idleMs: number;
}

interface Connection {
  readonly socket: Socket;
  readonly endpoint: ClientEndpoint;
  readonly splitter: TurnStreamSplitter;
  /** When the first byte of the message in progress arrived; null between messages. */
  partialSince: number | null;
  /** When the connection was last seen holding an allocation (or opened). */
  allocatedAt: number;
  /** Left the books: closed, or dropped and closing. */
  gone: boolean;
}

export class TcpClients {
  readonly #options: TcpClientsOptions;
  readonly #connections = new Set<Connection>();
  /** Open connections per canonical client IP. */
  readonly #perAddress = new Map<string, number>();

  constructor(options: TcpClientsOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#connections.size;
  }

  accept(socket: Socket): void {
    socket.on('error', () => {}); // resets and the like end in 'close'
    const { remoteAddress, remotePort, remoteFamily } = socket;
    if (remoteAddress === undefined || remotePort === undefined) {
      socket.destroy();
      return;
    }
    const address = clientAddress(remoteAddress, remoteFamily ?? 'IPv4', remotePort);
    const refusal = this.#refusal(address.address);
    if (refusal !== null) {
      this.#options.ctx.counters.tcpRefused[refusal]++;
      socket.destroy();
      return;
    }
    const { ctx, clock, guard } = this.#options;
    const connection: Connection = {
      socket,
      endpoint: tcpEndpoint(socket, remoteAddress, address),
      splitter: new TurnStreamSplitter(),
      partialSince: null,
      allocatedAt: clock(),
      gone: false,
    };
    this.#connections.add(connection);
    this.#perAddress.set(address.address, (this.#perAddress.get(address.address) ?? 0) + 1);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => guard(() => this.#receive(connection, chunk)));
    socket.on('close', () =>
      guard(() => {
        this.#forget(connection);
        const allocation = ctx.table.get(connection.endpoint.key, clock());
        if (allocation) ctx.table.delete(allocation);
      }),
    );
  }

  /** Closes connections past a deadline: a message half sent, or no allocation for too long. */
  sweep(now: number): void {
    const { ctx, partialMessageMs, idleMs } = this.#options;
    for (const connection of this.#connections) {
      const key = connection.endpoint.key;
      if (ctx.table.get(key, now) || ctx.table.isPending(key)) connection.allocatedAt = now;
      if (connection.partialSince !== null && now - connection.partialSince >= partialMessageMs) {
        this.#drop(connection, 'partial-message');
      } else if (now - connection.allocatedAt >= idleMs) {
        this.#drop(connection, 'idle');
      }
    }
  }

  destroyAll(): void {
    for (const { socket } of this.#connections) socket.destroy();
    this.#connections.clear();
    this.#perAddress.clear();
  }

  #refusal(address: string): TcpRefusal | null {
    if (this.#connections.size >= MAX_TCP_CONNECTIONS) return 'capacity';
    if ((this.#perAddress.get(address) ?? 0) >= this.#options.maxPerAddress) return 'per-address';
    return null;
  }

  #receive(connection: Connection, chunk: Buffer): void {
    const { ctx, dispatcher, clock } = this.#options;
    const { socket, endpoint, splitter } = connection;
    const messages = splitter.push(chunk);
    if (!messages.ok) {
      ctx.counters.malformedMessages++;
      socket.destroy();
      return;
    }
    const now = clock();
    // A message begun in this chunk starts its own deadline; one still in progress keeps its own.
    if (splitter.bufferedBytes === 0) connection.partialSince = null;
    else if (connection.partialSince === null || messages.value.length > 0) connection.partialSince = now;
    for (const message of messages.value) {
      const wellFormed = startsChannelData(message[0]!)
        ? relayClientChannelData(ctx, endpoint.key, message, now)
        : dispatcher.handle(message, endpoint);
      if (!wellFormed) {
        socket.destroy();
        return;
      }
    }
  }

  #drop(connection: Connection, reason: TcpDrop): void {
    this.#options.ctx.counters.tcpDropped[reason]++;
    this.#forget(connection);
    connection.socket.destroy();
  }

  #forget(connection: Connection): void {
    if (connection.gone) return;
    connection.gone = true;
    this.#connections.delete(connection);
    const address = connection.endpoint.address.address;
    const count = (this.#perAddress.get(address) ?? 1) - 1;
    if (count <= 0) this.#perAddress.delete(address);
    else this.#perAddress.set(address, count);
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
