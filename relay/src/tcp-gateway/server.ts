/**
 * The TCP side every course gateway shares: a server that listens, admits each connection within
 * the per-address and total limits (an extra one is closed at once, and counted by reason), hands
 * it to a client of the gateway's own, keeps the clients it has and closes them all on close.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { ConnectionLimits, type RefusalReason } from './connection-limits.ts';
import type { TcpGatewayLogger } from './reason-log.ts';

export type { TcpGatewayLogger };

/** An admitted connection, as the gateway's client gets it. */
export interface AdmittedConnection {
  readonly socket: Socket;
  /** The remote address as the limits count it (an IPv4-mapped IPv6 address as IPv4). */
  readonly address: string;
  /** Unique among the gateway's connections over its whole life. */
  readonly id: number;
  /** Must be called once when the client goes: gives its place back. */
  readonly onClosed: () => void;
}

/** One connection as the server sees it. */
export interface TcpGatewayClient {
  /** Closes the connection; idempotent. The client calls its onClosed once when it goes. */
  close(): void;
}

export interface TcpGatewayOptions<C extends TcpGatewayClient> {
  /** Names the gateway in the log: 'gossip gateway', 'dht gateway'. */
  readonly name: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly maxClients: number;
  readonly maxClientsPerAddress: number;
  /** Keep the gateway's side writable after the client's FIN (default false: end it with the client's). */
  readonly allowHalfOpen?: boolean;
  /** Makes the client of an admitted connection. */
  readonly createClient: (connection: AdmittedConnection) => C;
  /** A connection refused by the limits, and which. */
  readonly onRefused: (reason: RefusalReason) => void;
  readonly logger?: TcpGatewayLogger | undefined;
}

export interface TcpGatewayServer<C extends TcpGatewayClient> {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  /** The clients connected now. */
  readonly clients: ReadonlySet<C>;
  /** Stops listening and closes every client. Idempotent. */
  close(): Promise<void>;
}

export async function startTcpGateway<C extends TcpGatewayClient>(options: TcpGatewayOptions<C>): Promise<TcpGatewayServer<C>> {
  const clients = new Set<C>();
  const limits = new ConnectionLimits(options.maxClients, options.maxClientsPerAddress);
  let serial = 0;

  const accept = (socket: Socket): void => {
    socket.on('error', () => {});
    const admission = limits.admit(socket.remoteAddress);
    if (admission === undefined || 'refused' in admission) {
      if (admission !== undefined) options.onRefused(admission.refused);
      socket.destroy();
      return;
    }
    const { address } = admission;
    // Each message leaves in its own segment instead of waiting behind the previous one.
    socket.setNoDelay(true);
    const client = options.createClient({
      socket,
      address,
      id: serial++,
      onClosed: () => {
        clients.delete(client);
        limits.release(address);
      },
    });
    clients.add(client);
  };

  const server = createServer({ allowHalfOpen: options.allowHalfOpen ?? false }, accept);
  await listen(server, options.host, options.port);
  server.on('error', (error) => options.logger?.warn(`${options.name}: server error`, error));
  const port = (server.address() as { port: number }).port;

  let closing: Promise<void> | undefined;
  return {
    port,
    clients,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const client of [...clients]) client.close();
      });
      return closing;
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ host, port }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
