/**
 * What the request handlers and the data path share with the server: the client endpoint a
 * message came from, the reply a handler gives back, counters, and the server's settings.
 */
import type { StunAttribute, DecodedStunMessage } from './stun-message.ts';
import type { IpFamily, TransportAddress } from './ip-address.ts';
import { ALLOCATION_REFUSAL_REASONS, type AllocationRefusal, type AllocationTable } from './allocations.ts';
import { PEER_REFUSAL_REASONS, type PeerPolicy, type PeerRefusal } from './peer-policy.ts';
import { ATTR, ERROR_REASON } from './constants.ts';
import { attribute, encodeErrorCode } from './stun-attributes.ts';

export type ClientTransport = 'udp' | 'tcp';

/** The client side of a 5-tuple (the server side is fixed per transport). */
export interface ClientEndpoint {
  /** Identifies the 5-tuple: transport, client address and port (and the TCP connection). */
  readonly key: string;
  readonly transport: ClientTransport;
  readonly address: TransportAddress;
  /** Sends the parts as one datagram (UDP) or back to back (TCP); false when dropped. */
  send(parts: readonly Uint8Array[]): boolean;
}

export interface Reply {
  readonly cls: 'success' | 'error';
  readonly attributes: readonly StunAttribute[];
}

export interface AuthInfo {
  readonly username: string;
  readonly peerId: string;
  /** The long-term key: MESSAGE-INTEGRITY of the response is computed with it. */
  readonly key: Uint8Array;
}

export interface RequestContext {
  readonly message: DecodedStunMessage;
  readonly client: ClientEndpoint;
  readonly now: number;
}

export interface AuthenticatedRequest extends RequestContext {
  readonly auth: AuthInfo;
}

export interface TurnCounters {
  relayedBytes: number;
  relayedPackets: number;
  authFailures: number;
  /** Relayed data dropped: no permission, no channel, no allocation, or a full TCP backlog. */
  droppedPackets: number;
  /** Input that did not decode (malformed STUN or ChannelData, out-of-step TCP streams). */
  malformedMessages: number;
  /** Handlers that threw: answered 500, logged, and the server kept running. */
  internalErrors: number;
  /** CreatePermission and ChannelBind answered 403, by why the peer was refused. */
  readonly permissionsRefused: Record<PeerRefusal, number>;
  /** Allocate answered 486 (per address, per user) or 508 (capacity). */
  readonly allocationsRefused: Record<AllocationRefusal, number>;
  /** TCP connections closed on arrival: too many from that address, or in all. */
  readonly tcpRefused: Record<TcpRefusal, number>;
  /** TCP connections closed for a message half sent past its deadline, or for idling without an allocation. */
  readonly tcpDropped: Record<TcpDrop, number>;
}

export function newTurnCounters(): TurnCounters {
  const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return {
    relayedBytes: 0,
    relayedPackets: 0,
    authFailures: 0,
    droppedPackets: 0,
    malformedMessages: 0,
    internalErrors: 0,
    permissionsRefused: zeros(PEER_REFUSAL_REASONS),
    allocationsRefused: zeros(ALLOCATION_REFUSAL_REASONS),
    tcpRefused: zeros(TCP_REFUSAL_REASONS),
    tcpDropped: zeros(TCP_DROP_REASONS),
  };
}

export const TCP_REFUSAL_REASONS = ['per-address', 'capacity'] as const;
export type TcpRefusal = (typeof TCP_REFUSAL_REASONS)[number];
export const TCP_DROP_REASONS = ['partial-message', 'idle'] as const;
export type TcpDrop = (typeof TCP_DROP_REASONS)[number];

export interface ServerContext {
  readonly table: AllocationTable;
  readonly counters: TurnCounters;
  /** Where the relay may send: checked on CreatePermission, ChannelBind and every Send indication. */
  readonly peerPolicy: PeerPolicy;
  /** The family of the relay address: peers must share it (else 443). */
  readonly relayFamily: IpFamily;
}

export const success = (attributes: readonly StunAttribute[] = []): Reply => ({ cls: 'success', attributes });

export function failure(code: number, attributes: readonly StunAttribute[] = []): Reply {
  const reason = ERROR_REASON[code] ?? 'Error';
  return { cls: 'error', attributes: [attribute(ATTR.errorCode, encodeErrorCode(code, reason)), ...attributes] };
}
