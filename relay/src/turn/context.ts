/**
 * What the request handlers and the data path share with the server: the client endpoint a
 * message came from, the reply a handler gives back, counters, and the server's settings.
 */
import type { StunAttribute, DecodedStunMessage } from './stun-message.ts';
import type { IpFamily, TransportAddress } from './ip-address.ts';
import type { AllocationTable } from './allocations.ts';
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
}

export interface ServerContext {
  readonly table: AllocationTable;
  readonly counters: TurnCounters;
  readonly allowLoopbackPeers: boolean;
  /** The family of the relay address: peers must share it (else 443). */
  readonly relayFamily: IpFamily;
  /** True for the server's own listening addresses, which are never peers (no relay loops). */
  isOwnAddress(address: TransportAddress): boolean;
}

export const success = (attributes: readonly StunAttribute[] = []): Reply => ({ cls: 'success', attributes });

export function failure(code: number, attributes: readonly StunAttribute[] = []): Reply {
  const reason = ERROR_REASON[code] ?? 'Error';
  return { cls: 'error', attributes: [attribute(ATTR.errorCode, encodeErrorCode(code, reason)), ...attributes] };
}
