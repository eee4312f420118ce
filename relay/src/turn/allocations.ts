/**
 * The allocation table (RFC 8656 §2.2, §5): one allocation per client 5-tuple, each with its
 * relayed UDP socket, lifetime, permissions (per peer IP, 5 min) and channel bindings (10 min).
 * Quotas: a per-user cap (486) and a global cap (508). Expiry is checked against the clock on
 * every lookup and swept periodically, so nothing depends on timers firing on time.
 */
import type { RemoteInfo, Socket } from 'node:dgram';
import {
  CHANNEL_LIFETIME_MS,
  ERROR,
  MAX_CHANNELS_PER_ALLOCATION,
  MAX_PERMISSIONS_PER_ALLOCATION,
  PERMISSION_LIFETIME_MS,
} from './constants.ts';
import type { ClientEndpoint } from './context.ts';
import type { IpFamily, TransportAddress } from './ip-address.ts';
import { bindRelaySocket, closeQuietly, ReservationTable, type PortRange } from './relay-ports.ts';

export interface ChannelBinding {
  readonly number: number;
  readonly peer: TransportAddress;
  expiresAt: number;
}

/** Channel bindings are per peer transport address (IP and port). */
export const peerKey = (ip: string, port: number): string => `${ip}#${port}`;

export class Allocation {
  readonly client: ClientEndpoint;
  readonly username: string;
  readonly peerId: string;
  readonly relayed: TransportAddress;
  readonly socket: Socket;
  expiresAt: number;
  bytesToPeers = 0;
  packetsToPeers = 0;
  bytesToClient = 0;
  packetsToClient = 0;
  /** Canonical peer IP → expiry. */
  readonly #permissions = new Map<string, number>();
  readonly #channels = new Map<number, ChannelBinding>();
  readonly #channelsByPeer = new Map<string, ChannelBinding>();

  constructor(init: {
    client: ClientEndpoint;
    username: string;
    peerId: string;
    relayed: TransportAddress;
    socket: Socket;
    expiresAt: number;
  }) {
    this.client = init.client;
    this.username = init.username;
    this.peerId = init.peerId;
    this.relayed = init.relayed;
    this.socket = init.socket;
    this.expiresAt = init.expiresAt;
  }

  get permissionCount(): number {
    return this.#permissions.size;
  }

  get channelCount(): number {
    return this.#channels.size;
  }

  hasPermission(ip: string, now: number): boolean {
    const expiresAt = this.#permissions.get(ip);
    return expiresAt !== undefined && expiresAt > now;
  }

  /** Installs or refreshes a permission; false when a new one would exceed the cap. */
  permit(ip: string, now: number): boolean {
    if (!this.#permissions.has(ip) && this.#permissions.size >= MAX_PERMISSIONS_PER_ALLOCATION) return false;
    this.#permissions.set(ip, now + PERMISSION_LIFETIME_MS);
    return true;
  }

  channel(number: number, now: number): ChannelBinding | undefined {
    const binding = this.#channels.get(number);
    return binding && binding.expiresAt > now ? binding : undefined;
  }

  channelForPeer(ip: string, port: number, now: number): ChannelBinding | undefined {
    const binding = this.#channelsByPeer.get(peerKey(ip, port));
    return binding && binding.expiresAt > now ? binding : undefined;
  }

  /**
   * Binds `number` to `peer` or refreshes that binding. 'conflict' when the number is bound to
   * another peer or the peer to another number (RFC 8656 §12.2); 'full' past the cap.
   */
  bind(number: number, peer: TransportAddress, now: number): 'bound' | 'conflict' | 'full' {
    const key = peerKey(peer.address, peer.port);
    this.#expireChannel(number, now);
    const previous = this.#channelsByPeer.get(key);
    if (previous) this.#expireChannel(previous.number, now);
    const byNumber = this.#channels.get(number);
    const byPeer = this.#channelsByPeer.get(key);
    if (byNumber !== byPeer) return 'conflict';
    if (!byNumber && this.#channels.size >= MAX_CHANNELS_PER_ALLOCATION) return 'full';
    const binding = byNumber ?? { number, peer, expiresAt: 0 };
    binding.expiresAt = now + CHANNEL_LIFETIME_MS;
    this.#channels.set(number, binding);
    this.#channelsByPeer.set(key, binding);
    return 'bound';
  }

  sweep(now: number): void {
    for (const [ip, expiresAt] of this.#permissions) if (expiresAt <= now) this.#permissions.delete(ip);
    for (const number of this.#channels.keys()) this.#expireChannel(number, now);
  }

  #expireChannel(number: number, now: number): void {
    const binding = this.#channels.get(number);
    if (!binding || binding.expiresAt > now) return;
    this.#channels.delete(number);
    this.#channelsByPeer.delete(peerKey(binding.peer.address, binding.peer.port));
  }
}

export interface AllocationTableOptions {
  readonly relayAddress: string;
  readonly relayFamily: IpFamily;
  readonly portRange?: PortRange | undefined;
  readonly maxPerUser: number;
  /** Allocations one client IP may hold, whatever identities it uses. */
  readonly maxPerAddress: number;
  readonly maxTotal: number;
  /** A datagram reached an allocation's relayed socket. */
  readonly onPeerData: (allocation: Allocation, data: Buffer, from: RemoteInfo) => void;
}

export interface CreateRequest {
  readonly client: ClientEndpoint;
  readonly username: string;
  readonly peerId: string;
  readonly lifetimeMs: number;
  /** EVEN-PORT, with its R bit. */
  readonly evenPort: { readonly reserveNext: boolean } | null;
  /** A RESERVATION-TOKEN (hex) from an earlier Allocate with EVEN-PORT R=1. */
  readonly reservationToken: string | null;
}

/** Why an Allocate was refused; the label of tabmesh_relay_turn_allocations_refused_total. */
export const ALLOCATION_REFUSAL_REASONS = ['per-address', 'per-user', 'capacity'] as const;
export type AllocationRefusal = (typeof ALLOCATION_REFUSAL_REASONS)[number];

export type CreateOutcome =
  | { readonly ok: true; readonly allocation: Allocation; readonly reservationToken: string | null }
  | { readonly ok: false; readonly code: number; readonly reason: AllocationRefusal };

export class AllocationTable {
  readonly #options: AllocationTableOptions;
  readonly #byClient = new Map<string, Allocation>();
  /** Allocations per user and per client IP, counting those still being created. */
  readonly #perUser = new Map<string, number>();
  readonly #perAddress = new Map<string, number>();
  readonly #pending = new Set<string>();
  readonly #reservations = new ReservationTable();
  #closed = false;

  constructor(options: AllocationTableOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#byClient.size;
  }

  get reservations(): number {
    return this.#reservations.size;
  }

  values(): IterableIterator<Allocation> {
    return this.#byClient.values();
  }

  /** The live allocation of a 5-tuple; an expired one is deleted on the way. */
  get(clientKey: string, now: number): Allocation | undefined {
    const allocation = this.#byClient.get(clientKey);
    if (allocation && allocation.expiresAt <= now) {
      this.delete(allocation);
      return undefined;
    }
    return allocation;
  }

  /** An Allocate for this 5-tuple is still binding its socket. */
  isPending(clientKey: string): boolean {
    return this.#pending.has(clientKey);
  }

  async create(request: CreateRequest, now: number): Promise<CreateOutcome> {
    const { client, peerId } = request;
    const address = client.address.address;
    if ((this.#perAddress.get(address) ?? 0) >= this.#options.maxPerAddress) {
      return { ok: false, code: ERROR.allocationQuotaReached, reason: 'per-address' };
    }
    if ((this.#perUser.get(peerId) ?? 0) >= this.#options.maxPerUser) {
      return { ok: false, code: ERROR.allocationQuotaReached, reason: 'per-user' };
    }
    if (this.#byClient.size + this.#pending.size >= this.#options.maxTotal) {
      return { ok: false, code: ERROR.insufficientCapacity, reason: 'capacity' };
    }
    this.#pending.add(client.key);
    increment(this.#perUser, peerId);
    increment(this.#perAddress, address);
    let socket: Socket | undefined;
    let reserved: Socket | undefined;
    if (request.reservationToken !== null) {
      socket = this.#reservations.take(request.reservationToken, now);
    } else {
      const bound = await bindRelaySocket(
        { address: this.#options.relayAddress, family: this.#options.relayFamily, portRange: this.#options.portRange },
        { even: request.evenPort !== null, reserveNext: request.evenPort?.reserveNext ?? false },
      );
      socket = bound?.socket;
      reserved = bound?.reserved;
    }
    this.#pending.delete(client.key);
    if (!socket || this.#closed) {
      if (socket) closeQuietly(socket);
      if (reserved) closeQuietly(reserved);
      this.#release(request.client, peerId);
      return { ok: false, code: ERROR.insufficientCapacity, reason: 'capacity' };
    }
    const port = socket.address().port;
    const allocation = new Allocation({
      client,
      username: request.username,
      peerId,
      relayed: { family: this.#options.relayFamily, address: this.#options.relayAddress, port },
      socket,
      expiresAt: now + request.lifetimeMs,
    });
    socket.on('message', (data, from) => this.#options.onPeerData(allocation, data, from));
    this.#byClient.set(client.key, allocation);
    const reservationToken = reserved ? this.#reservations.add(reserved, now) : null;
    return { ok: true, allocation, reservationToken };
  }

  delete(allocation: Allocation): void {
    if (this.#byClient.get(allocation.client.key) !== allocation) return;
    this.#byClient.delete(allocation.client.key);
    this.#release(allocation.client, allocation.peerId);
    closeQuietly(allocation.socket);
  }

  /** Drops expired allocations, permissions, channels and reservations. */
  sweep(now: number): void {
    for (const allocation of this.#byClient.values()) {
      if (allocation.expiresAt <= now) this.delete(allocation);
      else allocation.sweep(now);
    }
    this.#reservations.sweep(now);
  }

  closeAll(): void {
    this.#closed = true;
    for (const allocation of [...this.#byClient.values()]) this.delete(allocation);
    this.#reservations.closeAll();
  }

  #release(client: ClientEndpoint, peerId: string): void {
    decrement(this.#perUser, peerId);
    decrement(this.#perAddress, client.address.address);
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function decrement(counts: Map<string, number>, key: string): void {
  const count = (counts.get(key) ?? 1) - 1;
  if (count <= 0) counts.delete(key);
  else counts.set(key, count);
}
