/**
 * The TURN server (RFC 5766/8656 over STUN, RFC 5389): UDP and TCP listeners on one port number,
 * REST-API long-term credentials, UDP relaying. Every input is decoded with limits and every
 * handler is wrapped: bad input is dropped (UDP) or closes its own TCP connection, never the
 * process. The clock is injected; expiry is checked against it on use and swept every second.
 */
import { createSocket, type RemoteInfo, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server, type Socket as TcpSocket } from 'node:net';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { AllocationTable } from './allocations.ts';
import { Authenticator } from './auth.ts';
import { startsChannelData } from './channel-data.ts';
import {
  DEFAULT_MAX_ALLOCATIONS,
  DEFAULT_MAX_ALLOCATIONS_PER_ADDRESS,
  DEFAULT_MAX_ALLOCATIONS_PER_USER,
  DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS,
  DEFAULT_PORT,
  DEFAULT_REALM,
  DEFAULT_SOFTWARE,
  DEFAULT_TCP_IDLE_MS,
  DEFAULT_TCP_PARTIAL_MESSAGE_MS,
  SWEEP_INTERVAL_MS,
  UDP_SOCKET_BUFFER_BYTES,
} from './constants.ts';
import { newTurnCounters, type ClientEndpoint, type ServerContext, type TurnCounters } from './context.ts';
import { clientAddress, familyOf, interfaceAddresses } from './ip-address.ts';
import { parseIpRange, type IpRange } from './ip-range.ts';
import { PeerPolicy } from './peer-policy.ts';
import { relayClientChannelData, relayFromPeer } from './relay-data.ts';
import { osRelayPorts, type PortRange } from './relay-ports.ts';
import { StunDispatcher } from './stun-dispatcher.ts';
import { TcpClients } from './tcp-clients.ts';

export interface TurnServerOptions {
  /** Default 3478; 0 picks a free port (TCP then tries the same number, else its own). */
  readonly port?: number;
  /** Listening address; default 0.0.0.0. */
  readonly host?: string;
  /** The IP relayed sockets bind to and XOR-RELAYED-ADDRESS announces. */
  readonly relayAddress: string;
  /** Relayed ports come from this range when set, else from the OS. */
  readonly relayPortRange?: PortRange;
  /** The TURN REST API shared secret (see credentials.ts). */
  readonly secret: string;
  readonly realm?: string;
  /** Milliseconds since the epoch; default Date.now. */
  readonly clock?: () => number;
  readonly maxAllocationsPerUser?: number;
  /** Allocations one client IP may hold, whatever identities it uses; default 256. */
  readonly maxAllocationsPerAddress?: number;
  readonly maxAllocations?: number;
  /** Relay to loopback peers (tests on one machine); default false. */
  readonly allowLoopbackPeers?: boolean;
  /** CIDRs opened despite the denied ranges (private, link-local, CGNAT, ULA); default none. */
  readonly allowedPeerRanges?: readonly string[];
  /** The relay host's addresses, never peers but at relayed ports; default its interfaces' addresses. */
  readonly localAddresses?: readonly string[];
  /** TCP connections one client IP may hold; default 128. */
  readonly maxTcpConnectionsPerAddress?: number;
  /** How long one message's bytes may take to arrive over TCP; default 10 s. */
  readonly tcpPartialMessageMs?: number;
  /** How long a TCP connection may stay open without an allocation; default 30 s. */
  readonly tcpIdleMs?: number;
  /** SOFTWARE in responses; '' leaves it out. */
  readonly software?: string;
  /** Told about handler failures and socket errors (the server carries on). */
  readonly onError?: (error: unknown) => void;
}

export interface TurnServerStats extends TurnCounters {
  readonly allocations: number;
  readonly permissions: number;
  readonly channels: number;
  readonly reservations: number;
  readonly tcpConnections: number;
}

export interface TurnServer {
  readonly port: number;
  readonly tcpPort: number;
  stats(): TurnServerStats;
  close(): Promise<void>;
}

export async function startTurnServer(options: TurnServerOptions): Promise<TurnServer> {
  const relayFamily = familyOf(options.relayAddress);
  if (relayFamily === null || /^(0\.0\.0\.0|::)$/.test(options.relayAddress)) {
    throw new TabmeshError('bad-field', `relayAddress ${options.relayAddress} must be a specific IP`);
  }
  if (options.secret.length === 0) throw new TabmeshError('bad-field', 'TURN secret is empty');
  const host = options.host ?? '0.0.0.0';
  const clock = options.clock ?? Date.now;
  const onError = options.onError ?? (() => {});
  const allowedRanges = (options.allowedPeerRanges ?? []).map((text): IpRange => {
    const range = parseIpRange(text);
    if (!range.ok) throw range.error;
    return range.value;
  });
  const counters = newTurnCounters();
  const guard = (fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      counters.internalErrors++;
      onError(error);
    }
  };

  const ownPorts = new Set<number>();
  const ctx: ServerContext = {
    table: new AllocationTable({
      relayAddress: options.relayAddress,
      relayFamily,
      portRange: options.relayPortRange,
      maxPerUser: options.maxAllocationsPerUser ?? DEFAULT_MAX_ALLOCATIONS_PER_USER,
      maxPerAddress: options.maxAllocationsPerAddress ?? DEFAULT_MAX_ALLOCATIONS_PER_ADDRESS,
      maxTotal: options.maxAllocations ?? DEFAULT_MAX_ALLOCATIONS,
      onPeerData: (allocation, data, from) => guard(() => relayFromPeer(ctx, allocation, data, from, clock())),
    }),
    counters,
    peerPolicy: new PeerPolicy({
      allowLoopbackPeers: options.allowLoopbackPeers ?? false,
      allowedRanges,
      ownAddresses: [options.relayAddress, host, ...(options.localAddresses ?? interfaceAddresses())],
      ownPorts,
      relayedPorts: options.relayPortRange ? [options.relayPortRange, osRelayPorts()] : [osRelayPorts()],
    }),
    relayFamily,
  };
  const dispatcher = new StunDispatcher({
    ctx,
    authenticator: new Authenticator({ secret: options.secret, realm: options.realm ?? DEFAULT_REALM }),
    software: options.software ?? DEFAULT_SOFTWARE,
    clock,
    onError,
  });

  const udp = await bindUdp(host, options.port ?? DEFAULT_PORT);
  const port = udp.address().port;
  udp.on('error', (error) => onError(error));
  udp.on('message', (msg: Buffer, rinfo: RemoteInfo) =>
    guard(() => {
      const first = msg[0];
      if (first === undefined) return;
      if (startsChannelData(first)) {
        relayClientChannelData(ctx, udpKey(rinfo.address, rinfo.port), msg, clock());
      } else {
        dispatcher.handle(msg, udpEndpoint(udp, rinfo));
      }
    }),
  );

  const tcpClients = new TcpClients({
    ctx,
    dispatcher,
    clock,
    guard,
    maxPerAddress: options.maxTcpConnectionsPerAddress ?? DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS,
    partialMessageMs: options.tcpPartialMessageMs ?? DEFAULT_TCP_PARTIAL_MESSAGE_MS,
    idleMs: options.tcpIdleMs ?? DEFAULT_TCP_IDLE_MS,
  });
  let tcp: Server;
  try {
    tcp = await listenTcp(host, port, options.port === 0, (socket) => tcpClients.accept(socket));
  } catch (error) {
    udp.close();
    throw error;
  }
  tcp.on('error', (error) => onError(error));
  const tcpPort = (tcp.address() as { port: number }).port;
  ownPorts.add(port).add(tcpPort);

  const sweep = (): void => {
    const now = clock();
    ctx.table.sweep(now);
    dispatcher.sweep(now);
    tcpClients.sweep(now);
  };
  const sweeper = setInterval(() => guard(sweep), SWEEP_INTERVAL_MS);
  sweeper.unref();

  let closing: Promise<void> | null = null;
  return {
    port,
    tcpPort,
    stats(): TurnServerStats {
      sweep();
      let permissions = 0;
      let channels = 0;
      for (const allocation of ctx.table.values()) {
        permissions += allocation.permissionCount;
        channels += allocation.channelCount;
      }
      return {
        ...counters,
        permissionsRefused: { ...counters.permissionsRefused },
        allocationsRefused: { ...counters.allocationsRefused },
        tcpRefused: { ...counters.tcpRefused },
        tcpDropped: { ...counters.tcpDropped },
        allocations: ctx.table.size,
        permissions,
        channels,
        reservations: ctx.table.reservations,
        tcpConnections: tcpClients.size,
      };
    },
    close(): Promise<void> {
      closing ??= (async () => {
        clearInterval(sweeper);
        ctx.table.closeAll();
        dispatcher.clear();
        tcpClients.destroyAll();
        await Promise.all([
          new Promise<void>((resolve) => udp.close(() => resolve())),
          new Promise<void>((resolve) => tcp.close(() => resolve())),
        ]);
      })();
      return closing;
    },
  };
}

const udpKey = (address: string, port: number): string => `u|${address}|${port}`;

function udpEndpoint(udp: UdpSocket, rinfo: RemoteInfo): ClientEndpoint {
  return {
    key: udpKey(rinfo.address, rinfo.port),
    transport: 'udp',
    address: clientAddress(rinfo.address, rinfo.family, rinfo.port),
    send(parts) {
      try {
        udp.send(parts as Uint8Array[], rinfo.port, rinfo.address);
        return true;
      } catch {
        return false; // the server closed meanwhile
      }
    },
  };
}

function bindUdp(host: string, port: number): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const udp = createSocket({
      type: host.includes(':') ? 'udp6' : 'udp4',
      recvBufferSize: UDP_SOCKET_BUFFER_BYTES,
      sendBufferSize: UDP_SOCKET_BUFFER_BYTES,
    });
    udp.once('error', reject);
    udp.bind({ port, address: host, exclusive: true }, () => {
      udp.off('error', reject);
      resolve(udp);
    });
  });
}

/** TCP on the UDP port number; when that was a free pick and it is taken over TCP, any port. */
async function listenTcp(
  host: string,
  port: number,
  anyPort: boolean,
  onConnection: (socket: TcpSocket) => void,
): Promise<Server> {
  const listen = (p: number): Promise<Server> =>
    new Promise((resolve, reject) => {
      const server = createServer({ noDelay: true }, onConnection);
      server.once('error', reject);
      server.listen({ port: p, host, exclusive: true }, () => {
        server.off('error', reject);
        resolve(server);
      });
    });
  try {
    return await listen(port);
  } catch (error) {
    if (!anyPort || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return listen(0);
  }
}
