/**
 * Relayed UDP sockets: bound to the relay address on a free port (from a range when one is
 * configured), an even one on request (EVEN-PORT), and the odd port above it held for a later
 * Allocate carrying the RESERVATION-TOKEN (RFC 8656 §7.2).
 */
import { createSocket, type Socket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FALLBACK_EPHEMERAL_PORTS, RESERVATION_LIFETIME_MS, RESERVATION_TOKEN_BYTES } from './constants.ts';
import type { IpFamily } from './ip-address.ts';

/** Attempts before giving up on a free (even) port: ports are plenty unless the range is full. */
const BIND_ATTEMPTS = 64;

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

export interface RelayBindOptions {
  readonly address: string;
  readonly family: IpFamily;
  readonly portRange?: PortRange | undefined;
}

export interface BoundRelay {
  readonly socket: Socket;
  /** The odd port above, held when the caller asked to reserve it. */
  readonly reserved?: Socket;
}

/** Binds a relay socket; null when no port was free (the caller answers 508). */
export async function bindRelaySocket(
  options: RelayBindOptions,
  want: { readonly even: boolean; readonly reserveNext: boolean },
): Promise<BoundRelay | null> {
  const even = want.even || want.reserveNext;
  for (let attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
    const socket = await tryBind(options, candidatePort(options.portRange, even));
    if (!socket) continue;
    const port = socket.address().port;
    if (even && port % 2 !== 0) {
      closeQuietly(socket);
      continue;
    }
    if (!want.reserveNext) return { socket };
    if (options.portRange && port + 1 > options.portRange.max) {
      closeQuietly(socket);
      continue;
    }
    const reserved = await tryBind(options, port + 1);
    if (reserved) return { socket, reserved };
    closeQuietly(socket);
  }
  return null;
}

/** Linux's range of ports handed out for port 0 (IPv4 and IPv6 alike). */
const LINUX_EPHEMERAL_RANGE_FILE = '/proc/sys/net/ipv4/ip_local_port_range';

/**
 * The ports relayed sockets get when the OS picks them, and the odd port above the last that an
 * EVEN-PORT reservation may hold; the fallback where the OS's range cannot be read.
 */
export function osRelayPorts(): PortRange {
  try {
    const [min, max] = readFileSync(LINUX_EPHEMERAL_RANGE_FILE, 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(min) && Number.isInteger(max) && min! >= 1 && min! <= max! && max! <= 65_535) {
      return { min: min!, max: Math.min(65_535, max! + 1) };
    }
  } catch {
    // not Linux, or no /proc
  }
  return FALLBACK_EPHEMERAL_PORTS;
}

function candidatePort(range: PortRange | undefined, even: boolean): number {
  if (!range) return 0;
  const span = range.max - range.min + 1;
  const port = range.min + Math.floor(Math.random() * span);
  return even && port % 2 !== 0 ? (port + 1 <= range.max ? port + 1 : port - 1) : port;
}

function tryBind(options: RelayBindOptions, port: number): Promise<Socket | null> {
  return new Promise((resolve) => {
    const socket = createSocket({ type: options.family === 4 ? 'udp4' : 'udp6' });
    const onError = (): void => {
      closeQuietly(socket);
      resolve(null);
    };
    socket.once('error', onError);
    socket.bind({ port, address: options.address, exclusive: true }, () => {
      socket.off('error', onError);
      socket.on('error', () => {}); // a failed send to one peer is not the socket's end
      resolve(socket);
    });
  });
}

export function closeQuietly(socket: Socket): void {
  try {
    socket.close();
  } catch {
    // already closed, or never bound
  }
}

interface Reservation {
  readonly socket: Socket;
  readonly expiresAt: number;
}

/** Odd ports held for a RESERVATION-TOKEN, each for 30 s. */
export class ReservationTable {
  readonly #byToken = new Map<string, Reservation>();

  get size(): number {
    return this.#byToken.size;
  }

  /** Holds `socket` and returns its token (16 hex digits). */
  add(socket: Socket, now: number): string {
    const token = randomBytes(RESERVATION_TOKEN_BYTES).toString('hex');
    this.#byToken.set(token, { socket, expiresAt: now + RESERVATION_LIFETIME_MS });
    return token;
  }

  /** The held socket, handed over (and forgotten); undefined for an unknown or expired token. */
  take(token: string, now: number): Socket | undefined {
    const reservation = this.#byToken.get(token);
    if (!reservation) return undefined;
    this.#byToken.delete(token);
    if (reservation.expiresAt <= now) {
      closeQuietly(reservation.socket);
      return undefined;
    }
    return reservation.socket;
  }

  sweep(now: number): void {
    for (const [token, reservation] of this.#byToken) {
      if (reservation.expiresAt > now) continue;
      this.#byToken.delete(token);
      closeQuietly(reservation.socket);
    }
  }

  closeAll(): void {
    for (const reservation of this.#byToken.values()) closeQuietly(reservation.socket);
    this.#byToken.clear();
  }
}
